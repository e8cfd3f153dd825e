package org.newsgraph.extract.role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.model.Article;
import org.newsgraph.model.RoleFact;

/** Person–post–country as the whole pipeline reads it from short sentences. */
class RoleExtractorTest {
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 24);

    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    private static List<RoleFact> roles(String text) {
        return roles("", null, text);
    }

    private static List<RoleFact> roles(String title, String source, String text) {
        return SharedPipeline.facts(RoleFact.class, SharedPipeline.article(title, PUBLISHED, source, text));
    }

    @Test
    void findsPostBeforeName() {
        String text = "Russian President Vladimir Putin met visiting officials on Monday.";
        List<RoleFact> roles = roles(text);

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key(), RoleFact::current)
                .containsExactly(tuple("Vladimir Putin", "president", "RUS", true));
        RoleFact putin = roles.get(0);
        assertThat(putin.postedTo()).isNull();
        assertThat(putin.provenance().confidence()).isGreaterThan(RoleExtractor.GUESSED_OWNER);
        assertThat(putin.provenance().evidence().of(text)).isEqualTo("Russian President Vladimir Putin");
        assertThat(putin.provenance().extractor()).isEqualTo(RoleExtractor.NAME);
    }

    @Test
    void possessiveOwnerAndPostedTo() {
        List<RoleFact> roles = roles("Russia's Ambassador to the DPRK Alexander Matsegora attended the ceremony.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key(), r -> r.postedTo().key())
                .containsExactly(tuple("Alexander Matsegora", "ambassador", "RUS", "PRK"));
    }

    @Test
    void anAmbassadorPostedToABodyIsNamedInApposition() {
        List<RoleFact> roles = roles("Ghana's Ambassador to the United Nations, Kwame Asante, said the vote was a mistake.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key(), RoleFact::postedTo)
                .containsExactly(tuple("Kwame Asante", "ambassador", "GHA", null));
    }

    @Test
    void aSignatureLineGivesItsNameBothTitlesJoinedByAndAndTheStateAfterThem() {
        List<RoleFact> roles = roles("We call on all parties to return to talks.\nKarin Holm, Federal Foreign Minister of Austria\n"
                + "Pietro Conti, Deputy Prime Minister and Minister of Foreign Affairs of Italy");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key()).containsExactlyInAnyOrder(
                tuple("Karin Holm", "foreign minister", "AUT"),
                tuple("Pietro Conti", "foreign minister", "ITA"),
                tuple("Pietro Conti", "deputy prime minister", "ITA"));
    }

    @Test
    void thePresidentsOfListedStatesAndAsManyNamesHoldThePostsInTheOrderGiven() {
        List<RoleFact> roles = roles("On Wednesday, the presidents of Peru and Chile, Ana Quispe and Diego Soto, jointly condemned the decision.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key()).containsExactlyInAnyOrder(
                tuple("Ana Quispe", "president", "PER"), tuple("Diego Soto", "president", "CHL"));
    }

    @Test
    void formerBetweenTheOwnerAndTheTitleMarksAPostLeft() {
        List<RoleFact> roles = roles("Peru's former president Ana Quispe arrived in Mexico City.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::current).containsExactly(tuple("Ana Quispe", false));
    }

    @Test
    void whoChairsAnInternationalBodyHoldsItsChairButWhoHeadsAStatesGroupHoldsAPostOfTheState() {
        List<RoleFact> roles = roles("Kenyan President Amos Otieno, who chairs the East African Community, called for talks. "
                + "Tunisian politician Salma Ben Ali, who heads the Dignity Front, rejected the verdict.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key()).contains(
                tuple("Amos Otieno", "chair", "East African Community"), tuple("Amos Otieno", "president", "KEN"))
                .doesNotContain(tuple("Salma Ben Ali", "head", "Dignity Front"));
    }

    @Test
    void thePlaceAPersonIsFromMayStandBetweenTheNameAndTheApposition() {
        List<RoleFact> roles = roles("Representative Ann Miller of Ohio, chairman of the House Rules Committee, called the motion reckless.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Ann Miller", "representative", "USA"), tuple("Ann Miller", "house rules committee chairman", "USA"));
    }

    @Test
    void anAmericanLegislatorOfGeorgiaServesTheUnitedStatesButGeorgiasPresidentGeorgia() {
        List<RoleFact> roles = roles("The bill in the United States Senate was co-sponsored by Senators Ann Ward of Utah and Bill Hart "
                + "of Georgia. Georgian President Nino Beridze said nothing.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key()).contains(
                tuple("Ann Ward", "senator", "USA"), tuple("Bill Hart", "senator", "USA"), tuple("Nino Beridze", "president", "GEO"));
    }

    @Test
    void aCommissionersPortfolioIsPartOfTheTitleNotAName() {
        List<RoleFact> roles = roles("EU Energy Commissioner Anna Lindqvist called it a step towards a cleaner grid.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Anna Lindqvist", "energy commissioner", "European Union"));
    }

    @Test
    void appositionAfterName() {
        assertThat(roles("Sergei Lavrov, Russia's foreign minister, said the talks went well."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Sergei Lavrov", "foreign minister", "RUS"));
        assertThat(roles("Annalena Baerbock, the foreign minister of Germany, said the talks went well."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Annalena Baerbock", "foreign minister", "DEU"));
    }

    @Test
    void postOfCountryAfterName() {
        assertThat(roles("President Emmanuel Macron of France arrived in Berlin on Tuesday."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Emmanuel Macron", "president", "FRA"));
    }

    @Test
    void formerPostIsNotCurrent() {
        assertThat(roles("Former Prime Minister Boris Johnson of Britain spoke at the event."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key(), RoleFact::current)
                .containsExactly(tuple("Boris Johnson", "prime minister", "GBR", false));
        assertThat(roles("Prime Minister Keir Starmer of Britain spoke at the event."))
                .extracting(r -> r.person().key(), RoleFact::current)
                .containsExactly(tuple("Keir Starmer", true));
    }

    @Test
    void pluralTitleListsPersons() {
        assertThat(roles("Presidents Bola Tinubu of Nigeria and Patrice Talon of Benin met in Abuja."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Bola Tinubu", "president", "NGA"), tuple("Patrice Talon", "president", "BEN"));
        // no owner in the sentence: both get the country the article is about
        assertThat(roles("The United States Senate received a letter. Senators Tom Carper and John Kennedy signed it."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Tom Carper", "senator", "USA"), tuple("John Kennedy", "senator", "USA"));
    }

    @Test
    void ownerCarriesOverCoordination() {
        assertThat(roles("Greek prime minister Kyriakos Mitsotakis and energy minister Kostas Skrekas opened the plant."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Kyriakos Mitsotakis", "prime minister", "GRC"),
                        tuple("Kostas Skrekas", "energy minister", "GRC"));
    }

    @Test
    void domesticBodyLabel() {
        assertThat(roles("Brazil's judges met today. President of the Supreme Court Luis Barroso opened the session."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Luis Barroso", "supreme court president", "BRA"));
        assertThat(roles("The United States Congress met today. Speaker of the House Mike Johnson scheduled a vote."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Mike Johnson", "speaker", "USA"));
    }

    @Test
    void signatureLines() {
        String text = "The two governments agree to continue the talks.\nJoseph Mensah\nPresident of the Republic of Ghana";
        List<RoleFact> roles = roles(text);

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Joseph Mensah", "president", "GHA"));
        assertThat(roles.get(0).provenance().sentence()).isEqualTo("President of the Republic of Ghana");
    }

    @Test
    void signaturesInTwoColumnsFlattenedIntoOneLine() {
        String text = "The two governments agree to continue the talks.\n\n"
                + "Kofi Mensah Tomas Ferreira Silva\n\n"
                + "Minister of Foreign Affairs of the Republic                Minister of Foreign Affairs of the Republic\n\n"
                + "of Ghana of Portugal\n\n"
                + "Ana J. Costa Luis Vidal\n\n"
                + "President of Chile Prime Minister of Portugal";
        List<RoleFact> roles = roles(text);

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("Kofi Mensah", "foreign minister", "GHA"),
                        tuple("Tomas Ferreira Silva", "foreign minister", "PRT"),
                        tuple("Ana J. Costa", "president", "CHL"), tuple("Luis Vidal", "prime minister", "PRT"));
    }

    @Test
    void noGuessGivesAStateAPostItDoesNotHave() {
        String title = "Statement by President Jane Roe";
        String text = "Today I spoke with Prime Minister Kofi Mensah about trade. Secretary of State John Doe joined us.";
        List<RoleFact> roles = roles(title, "The White House", text);

        // the White House's own officials are American; a prime minister named bare is not
        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("John Doe", "secretary of state", "USA"))
                .noneMatch(t -> t.toList().contains("Kofi Mensah"));
    }

    @Test
    void titlePersonGetsSourceCountry() {
        String title = "Statement by President Jane Roe";
        String text = "Today we mark a milestone for our nation.";
        List<RoleFact> roles = roles(title, "The White House", text);

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Jane Roe", "president", "USA"));
        assertThat(roles.get(0).provenance().inTitle()).isTrue();
        assertThat(roles.get(0).provenance().confidence()).isEqualTo(RoleExtractor.GUESSED_OWNER);
        // an independent outlet says nothing about whose president she is
        assertThat(roles(title, "Daily Courier", text)).isEmpty();
    }

    @Test
    void aBodyBeforeTheTitleBelongsToThePostAndRegnalNumbersToTheName() {
        assertThat(roles("Senate president Maria Costa of Brazil and King Harald V of Norway met Queen Margrethe II of Denmark."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Maria Costa", "senate president", "BRA"), tuple("Margrethe II", "queen", "DNK"));
    }

    @Test
    void counterpartsHoldTheSamePostForTheStatesTheirDemonymsName() {
        assertThat(roles("Chilean foreign minister Ana Rojas met her Peruvian counterpart Luis Quispe in Lima."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Ana Rojas", "foreign minister", "CHL"), tuple("Luis Quispe", "foreign minister", "PER"));
        assertThat(roles("Kenyan defense minister Amina Wako and her Ugandan and Tanzanian counterparts, John Okello and "
                + "Neema Mushi, respectively, met in Nairobi."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Amina Wako", "defense minister", "KEN"), tuple("John Okello", "defense minister", "UGA"),
                        tuple("Neema Mushi", "defense minister", "TZA"));
    }

    @Test
    void aStateHasOnePresidentAtATimeTheOneTheArticleIsAbout() {
        List<RoleFact> roles = roles("Brazilian President Ana Souza met farmers in Bahia. Souza said the drought was severe. "
                + "She recalled that President Getulio Vargas of Brazil had built the first dams. Souza promised new ones.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::current)
                .containsExactlyInAnyOrder(tuple("Ana Souza", true), tuple("Getulio Vargas", false));
    }

    @Test
    void formerMayStandBeforeAPlaceThatPrecedesTheTitle() {
        assertThat(roles("Republicans in the United States, such as former New Jersey governor Chris Christie, spoke."))
                .extracting(r -> r.person().key(), RoleFact::current)
                .containsOnly(tuple("Chris Christie", false));
    }

    @Test
    void thenAsAnAdverbDoesNotMakeAPostFormer() {
        assertThat(roles("Ana Souza met the IMF, then with Brazilian President Luiz Costa. The then president of Chile, Rosa Vidal, was absent."))
                .extracting(r -> r.person().key(), RoleFact::current)
                .contains(tuple("Luiz Costa", true), tuple("Rosa Vidal", false));
    }

    @Test
    void aStateInTheTitlesFieldIsNotItsHolder() {
        assertThat(roles("UN Special Envoy for Syria Geir Pedersen met officials in Geneva."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Geir Pedersen", "special envoy", "United Nations"));
    }

    @Test
    void aRelativeClauseInThePresentNamesThePost() {
        assertThat(roles("The talks went on. Ana Souza, who is the foreign minister of Brazil, spoke first."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Ana Souza", "foreign minister", "BRA"));
    }

    @Test
    void aGovernmentReleaseGivesItsOwnOfficialsWithoutAState() {
        String text = "The talks took place in Geneva, Switzerland. Secretary of State Mary Major met the Swiss president. "
                + "Switzerland hosted the talks, and Swiss officials praised the outcome.";
        assertThat(roles("", "The White House", text)).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Mary Major", "secretary of state", "USA"));
    }

    @Test
    void aTitleOneStateUsesGoesToThatStateWhenTheArticleNamesIt() {
        String text = "The United States refused the request. United States officials spoke to the press, and the "
                + "United Kingdom protested. Chief Constable Ann Smith wrote to the United States embassy.";
        assertThat(roles(text)).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Ann Smith", "chief constable", "GBR"));
    }

    @Test
    void ownerlessTitleGuessesHomeCountryWithLowConfidence() {
        List<RoleFact> roles = roles("Ghana hosted the summit. Minister Amina Odhiambo welcomed the guests.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Amina Odhiambo", "minister", "GHA"));
        assertThat(roles.get(0).provenance().confidence()).isEqualTo(RoleExtractor.GUESSED_OWNER);
    }

    @Test
    void guessedOwnerGivesWayToStatedOne() {
        List<RoleFact> roles = roles("Ghana hosted the summit. Minister Amina Odhiambo welcomed the guests. "
                + "Amina Odhiambo, Kenya's trade minister, spoke later.");

        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Amina Odhiambo", "trade minister", "KEN"));
    }

    @Test
    void noOwnerAnywhereIsNoFact() {
        assertThat(roles("President Jane Roe spoke on Monday.")).isEmpty();
    }

    @Test
    void aPlaceInsideAStateSaysWhosePostItIs() {
        assertThat(roles("The governor of Ohio, Mike Summers, extended the order. El Paso's police chief Greg Allen spoke later."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Mike Summers", "governor", "USA"), tuple("Greg Allen", "police chief", "USA"));
    }

    @Test
    void aVerbGivesThePost() {
        assertThat(roles("Anna Lind was sworn in as prime minister of Sweden on Monday. Jonas Berg served as foreign minister of Norway."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key(), RoleFact::current)
                .containsExactly(tuple("Anna Lind", "prime minister", "SWE", true), tuple("Jonas Berg", "foreign minister", "NOR", false));
    }

    @Test
    void aPortfolioTheTitleListDoesNotKnowIsPartOfThePost() {
        assertThat(roles("Indian Civil Aviation Minister Rahul Verma and Israeli Minister of Strategic Affairs Dan Levy met."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Rahul Verma", "civil aviation minister", "IND"), tuple("Dan Levy", "minister of strategic affairs", "ISR"));
    }

    @Test
    void anInternationalBodysPostIsTheBodysNotTheHomeStates() {
        assertThat(roles("In Poland, European Council President Charles Michel met Polish officials."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Charles Michel", "president", "European Council"));
    }

    @Test
    void partyLabelsAndRanksBeforeANameAreNotPartOfIt() {
        assertThat(roles("Democrat Chuck Summers, the Senate minority leader, spoke. Professor Ann Grey of Canada agreed."))
                .extracting(r -> r.person().key()).contains("Chuck Summers").doesNotContain("Democrat Chuck Summers");
        assertThat(roles("Prime Minister Hun Sen of Cambodia arrived."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Hun Sen", "prime minister", "KHM"));
    }

    @Test
    void theDictionaryOfOfficeHoldersGivesABareTitleItsState() {
        List<RoleFact> roles = roles("Statement on the Summit", "The White House", "President Biden thanked King Abdullah II for hosting the talks.");
        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Abdullah II", "king", "JOR"));
        assertThat(roles).filteredOn(r -> r.person().key().equals("Abdullah II")).allSatisfy(r ->
                assertThat(r.provenance().confidence()).isEqualTo(RoleExtractor.KNOWN_OWNER));
    }

    @Test
    void aLetterSignedByABareNameGivesTheSignerThePostTheyHeldThatDay() {
        List<RoleFact> roles = roles("Message to the Congress", "The White House",
                "TO THE CONGRESS OF THE UNITED STATES:\nI hereby report on the national emergency declared last year.\nJOSEPH R. BIDEN JR.");
        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Joseph R. Biden Jr.", "president", "USA"));
    }

    @Test
    void theStateALegislatorIsElectedFromStandsBetweenTitleAndName() {
        assertThat(roles("United States Senator from Vermont Anna Berg endorsed the plan."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Anna Berg", "senator", "USA"));
    }

    @Test
    void aGuessedPostTakesTheStateOfTheListItemBeforeIt() {
        List<RoleFact> roles = roles("Sanctions on Kenya", "The White House",
                "The Treasury is designating eleven individuals, including President William Ruto, Vice President Samuel Otieno, and others.");
        assertThat(roles).extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("William Ruto", "president", "KEN"), tuple("Samuel Otieno", "vice president", "KEN"));
    }

    @Test
    void aPortfolioInLowerCaseStandsBetweenTheBodyAndItsTitle() {
        assertThat(roles("In Madrid, EU trade and energy commissioner Anna Berg opened the talks."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Anna Berg", "commissioner", "European Union"));
    }

    @Test
    void aRankBetweenAPostAndTheNameIsNotThePost() {
        assertThat(roles("Indonesian Defence Minister General Prabowo Subianto said the talks would go on. "
                + "Philippine Coast Guard Commandant Admiral Elson Hermogino ordered an inquiry."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("Prabowo Subianto", "defense minister", "IDN"),
                        tuple("Elson Hermogino", "coast guard commandant", "PHL"));
        assertThat(roles("Indonesian General Prabowo Subianto said the talks would go on."))
                .extracting(r -> r.person().key(), RoleFact::role).containsExactly(tuple("Prabowo Subianto", "general"));
    }

    @Test
    void anExOrFormerlyHeldPostIsNoLongerHeld() {
        assertThat(roles("Ex-Prime Minister Jan Kowal of Poland wrote a letter. "
                + "Anna Nowak, formerly Poland's foreign minister, signed it too. "
                + "The junta holds the deposed president of Niger, Issa Amadou."))
                .allSatisfy(r -> assertThat(r.current()).as(r.person().key()).isFalse());
    }

    @Test
    void theSpokespersonForAPostHolderIsNotThatPerson() {
        assertThat(roles("A spokesperson for President Rodrigo Duterte of the Philippines said the attack was cowardly."))
                .extracting(r -> r.person().key(), RoleFact::role).containsExactly(tuple("Rodrigo Duterte", "president"));
    }

    @Test
    void aSecretarysPortfolioAfterTheTitleIsPartOfIt() {
        assertThat(roles("Chilean Secretary of Justice Ana Soto opened the session."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Ana Soto", "secretary of justice", "CHL"));
        assertThat(roles("Philippine Secretary of Foreign Affairs Enrique A. Manalo met Philippine Secretary of National Defense Gilberto Teodoro."))
                .extracting(r -> r.person().key(), RoleFact::role).containsExactlyInAnyOrder(
                        tuple("Enrique A. Manalo", "secretary of foreign affairs"), tuple("Gilberto Teodoro", "secretary of national defense"));
    }

    @Test
    void theTitleOfSomeoneSwornInToAnotherPostIsThePostTheyLeave() {
        assertThat(roles("Chilean Secretary of Justice Ana Soto was sworn in as Chile's president on Monday."))
                .extracting(r -> r.person().key(), RoleFact::role, RoleFact::current)
                .containsExactlyInAnyOrder(tuple("Ana Soto", "secretary of justice", false), tuple("Ana Soto", "president", true));
        assertThat(roles("Chilean Secretary of Justice Ana Soto will be sworn in as Chile's president on Monday."))
                .extracting(r -> r.person().key(), RoleFact::role, RoleFact::current)
                .contains(tuple("Ana Soto", "secretary of justice", true));
    }

    @Test
    void aPostWrittenBeforeAnotherPostsTitleIsHeldByTheSamePerson() {
        assertThat(roles("At the summit, AU chairperson President Amina Diallo of Senegal opened the session."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("Amina Diallo", "chairperson", "African Union"), tuple("Amina Diallo", "president", "SEN"));
    }

    @Test
    void aTitlesComplementMayStartWithTheOrHoldAPossessive() {
        assertThat(roles("We back the African Union High Representative for the Horn of Africa Thabo Nkosi."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Thabo Nkosi", "high representative", "African Union"));
        // the complement of an owner after the title is the owner's: no "person" inside it
        assertThat(roles("The president of the Tunisian League for the Defence of Human Rights, Jamel Msallem, spoke."))
                .extracting(r -> r.person().key()).doesNotContain("Human Rights");
    }

    @Test
    void aPostLeftByResignationOrServedUnderIsNotHeldNow() {
        assertThat(roles("Ana Soto took office after the August 2 resignation of Governor Luis Vega of Chile. "
                + "From 1981 to 1995 Jean Morel served as prime minister under President Paul Lenoir of France."))
                .extracting(r -> r.person().key(), RoleFact::current)
                .contains(tuple("Luis Vega", false), tuple("Paul Lenoir", false))
                .doesNotContain(tuple("Luis Vega", true), tuple("Paul Lenoir", true));
    }

    @Test
    void aMemberOfAStatesParliamentIsAMemberOfParliament() {
        assertThat(roles("A member of the Tunisian Parliament, Amira Ben Salah, said the measure was understandable."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Amira Ben Salah", "member of parliament", "TUN"));
    }

    @Test
    void aPostAtANewsOutletIsAJobNotAStatesPost() {
        assertThat(roles("Paul Weber, director of global news for AFP, condemned the killing in Yemen.")).isEmpty();
    }

    @Test
    void aStateWithoutAPostHasNoDeputyOfItEither() {
        String text = "The envoy met leaders in Beirut, Lebanon. He thanked Deputy Speaker of Parliament Karim Haddad for his help.";
        assertThat(roles("", "The White House", text)).extracting(r -> r.person().key(), r -> r.country().key())
                .containsExactly(tuple("Karim Haddad", "LBN"));
    }

    @Test
    void aRankIsDroppedWhereTheArticleGivesThePersonAPost() {
        assertThat(roles("The ceremony was attended by Niger’s head of state, General Amadou Issa. "
                + "General Issa praised the soldiers."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Amadou Issa", "head of state", "NER"));
    }

    @Test
    void anOwnedTitlesComplementMayBeFollowedByTheNameInApposition() {
        assertThat(roles("The UN special envoy for Yemen, Hans Berglund, called on the Houthis to stop."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Hans Berglund", "special envoy", "United Nations"));
    }

    @Test
    void aSurnameTheTaggerTakesForAFunctionWordStaysInTheName() {
        assertThat(roles("Indiana Mayor Pete Buttigieg clashed with rivals on Tuesday."))
                .extracting(r -> r.person().key()).containsExactly("Pete Buttigieg");
    }

    @Test
    void aGenericChiefTakesItsFieldWithTheFieldsAdjective() {
        assertThat(roles("EU foreign policy chief Anna Lindqvist said the talks had failed."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Anna Lindqvist", "foreign policy chief", "European Union"));
    }

    @Test
    void aPartysLeaderIsAPartyLeaderOfTheStateWrittenBeforeTheParty() {
        assertThat(roles("Italian Democratic Party leader Lucia Ferri criticised the plan."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Lucia Ferri", "party leader", "ITA"));
    }

    @Test
    void twoTitlesJoinedByAndBeforeOneNameAreBothHers() {
        assertThat(roles("Conservative Party leader and Prime Minister Jane Hale of the United Kingdom said she was humbled."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("Jane Hale", "party leader", "GBR"), tuple("Jane Hale", "prime minister", "GBR"));
        // "the" and a bare title refer to someone else
        assertThat(roles("The President and Prime Minister Kenji Sato of Japan agreed on the plan."))
                .extracting(r -> r.person().key(), RoleFact::role).containsExactly(tuple("Kenji Sato", "prime minister"));
    }

    @Test
    void itsAndWhoseTakeTheBodyOrStateTheyReferTo() {
        assertThat(roles("Guyana drew support from CARICOM, whose secretary-general, Ana Pereira, spoke in Georgetown."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Ana Pereira", "secretary-general", "Caribbean Community"));
        assertThat(roles("Chile protested to Peru on Monday. Its ambassador, Luis Soto, delivered a note in Lima."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Luis Soto", "ambassador", "CHL"));
    }

    @Test
    void aPostNamedLessFullyElsewhereIsNotWrittenTwice() {
        assertThat(roles("Japan's Minister for Foreign Affairs Yoko Tanaka met officials in Tokyo. Minister Tanaka said the talks went well. "
                + "The Chairman of the Joint Chiefs of Staff Gen. Mark Stone of the United States attended."))
                .extracting(r -> r.person().key(), RoleFact::role)
                .containsExactlyInAnyOrder(tuple("Yoko Tanaka", "foreign minister"), tuple("Mark Stone", "chairman of the joint chiefs of staff"));
    }

    @Test
    void hisOrHerBeforeATitleGivesThePossessorsState() {
        assertThat(roles("Moldovan President Ana Rusu won the run-off. She said foreign forces had tried to buy votes. "
                + "Her national security adviser, Ion Lupu, accused Russia of interference."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Ion Lupu", "national security advisor", "MDA"));
    }

    @Test
    void aLongPortfolioFollowedByItsStateIsAllPortfolio() {
        assertThat(roles("The memorandum was signed by the Minister of Electricity and Renewable Energy of the Arab Republic of Egypt, "
                + "Karim Hassan, in Athens."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactly(tuple("Karim Hassan", "minister of electricity and renewable energy", "EGY"));
    }

    @Test
    void aTitleOneStateUsesDoesNotTakeTheOwnerOfTheTitleBeforeIt() {
        assertThat(roles("Finnish Defence Minister Antti Koski and Secretary of State Mary Major signed the agreement in Washington."))
                .extracting(r -> r.person().key(), r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("Antti Koski", "FIN"), tuple("Mary Major", "USA"));
    }
    @Test
    void aPostOfAPersonIsThePostOfThatPersonsState() {
        assertThat(roles("Italian Prime Minister Marco Bello met reporters. Luca Ferri, Bello's chief of staff, also resigned."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .contains(tuple("Luca Ferri", "chief of staff", "ITA"));
    }
    @Test
    void aLeaderChairingABodyOfStatesKeepsThePostButOneSwornInToAnotherLeavesIt() {
        assertThat(roles("Mauritanian President Mohamed Ould Ghazouani was elected chairman of the African Union on Saturday. "
                + "Puerto Rico Secretary of Justice Wanda Vazquez was sworn in as governor."))
                .extracting(r -> r.person().key(), RoleFact::role, RoleFact::current)
                .contains(tuple("Mohamed Ould Ghazouani", "president", true), tuple("Wanda Vazquez", "secretary of justice", false));
    }
    @Test
    void aBareBodyBeforeAOneStateTitleIsThatStatesNotTheArticles() {
        assertThat(roles("Hong Kong police arrested protesters on Sunday. Hong Kong leader Carrie Lam defended the police. "
                + "Senate Majority Leader Mitch McConnell criticised the crackdown in Hong Kong."))
                .extracting(r -> r.person().key(), r -> r.country().key())
                .contains(tuple("Mitch McConnell", "USA"), tuple("Carrie Lam", "HKG"));
    }
    @Test
    void aCounterpartsPostGoesByItsOwnStatesNameForIt() {
        assertThat(roles("The agreement was signed by British Defence Secretary John Healey and his German counterpart, Boris Pistorius."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("John Healey", "defense secretary", "GBR"), tuple("Boris Pistorius", "defense minister", "DEU"));
    }
    @Test
    void aPluralTitleOfCountedStatesGoesToEachNameWithItsState() {
        assertThat(roles("The accord was signed by the foreign ministers of the two countries, Ana Lopes of Portugal and Ivan Petrov "
                + "of Bulgaria."))
                .extracting(r -> r.person().key(), RoleFact::role, r -> r.country().key())
                .containsExactlyInAnyOrder(tuple("Ana Lopes", "foreign minister", "PRT"), tuple("Ivan Petrov", "foreign minister", "BGR"));
    }
}
