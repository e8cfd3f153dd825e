package org.newsgraph.extract.treaty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.model.Entity;
import org.newsgraph.model.TreatyFact;

/** Treaty–signatories–parties–date–place as the whole pipeline reads them from short articles. */
class TreatyExtractorTest {
    /** A Monday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 24);

    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    private static List<TreatyFact> treaties(String text) {
        return treaties("", PUBLISHED, text);
    }

    private static List<TreatyFact> treaties(String title, LocalDate published, String text) {
        return SharedPipeline.facts(TreatyFact.class, SharedPipeline.article(title, published, null, text));
    }

    private static List<String> keys(List<Entity> entities) {
        return entities.stream().map(Entity::key).toList();
    }

    @Test
    void signingWithDatePlaceAndParties() {
        String text = "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty on "
                + "Comprehensive Strategic Partnership last Wednesday in Pyongyang.";
        List<TreatyFact> treaties = treaties(text);

        assertThat(treaties).hasSize(1);
        TreatyFact treaty = treaties.get(0);
        assertThat(treaty.name()).isEqualTo("Treaty on Comprehensive Strategic Partnership");
        assertThat(keys(treaty.signatories())).containsExactly("Vladimir Putin", "Kim Jong Un");
        assertThat(keys(treaty.parties())).containsExactly("RUS", "PRK");
        assertThat(treaty.date()).isEqualTo("2024-06-19");
        assertThat(treaty.place()).isEqualTo("Pyongyang");
        assertThat(treaty.provenance().evidence().of(text))
                .isEqualTo("Vladimir Putin and North Korean leader Kim Jong Un signed the Treaty on Comprehensive Strategic Partnership");
    }

    @Test
    void aTransmittalListsFormalTitlesAfterAColonAndARelativeClauseGivesTheirSigning() {
        List<TreatyFact> treaties = treaties("I transmit herewith two fisheries Treaties: the Treaty between the Republic of Chile "
                + "and the Republic of Peru on the Conservation of Anchovy Stocks in the Southern Pacific (the “Chile-Peru Treaty”), "
                + "and the Treaty between the Government of Chile and the Government of Ecuador on Tuna Quotas "
                + "(the “Chile-Ecuador Treaty”), both of which were signed at Lima on March 3, 2023.");

        assertThat(treaties).extracting(TreatyFact::name).containsExactly(
                "Treaty between the Republic of Chile and the Republic of Peru on the Conservation of Anchovy Stocks",
                "Treaty between the Government of Chile and the Government of Ecuador on Tuna Quotas");
        assertThat(keys(treaties.get(0).parties())).containsExactlyInAnyOrder("CHL", "PER");
        assertThat(keys(treaties.get(1).parties())).containsExactlyInAnyOrder("CHL", "ECU");
        assertThat(treaties).allSatisfy(treaty -> {
            assertThat(treaty.date()).isEqualTo("2023-03-03");
            assertThat(treaty.place()).isEqualTo("Lima");
        });
    }

    @Test
    void aFormalTitleKeepsItsListOfPartiesAndBindsThemWhenADescriptionIsSigned() {
        List<TreatyFact> treaties = treaties("Enclosed is the text of an Agreement between the Government of Norway, "
                + "the Government of Iceland, and the Government of Denmark (the “Parties”) for the Exchange of Fisheries Data. "
                + "I have approved the Agreement and authorized its execution.");

        assertThat(treaties).hasSize(1);
        assertThat(treaties.get(0).name()).isEqualTo("Agreement between the Government of Norway, the Government of Iceland, "
                + "and the Government of Denmark for the Exchange of Fisheries Data");
        assertThat(keys(treaties.get(0).parties())).containsExactlyInAnyOrder("NOR", "ISL", "DNK");
    }

    @Test
    void whoTransmitsATreatyOrSignsAMessageAboutItHasNotSignedIt() {
        List<TreatyFact> treaties = treaties("A Message to the Senate Transmitting the Fisheries Treaty between Chile and Peru",
                PUBLISHED, "I transmit herewith the Fisheries Treaty between Chile and Peru, signed at Lima on March 3, 2023.\n\n"
                        + "JANE Q. ROE\n\nTHE WHITE HOUSE, June 24, 2024.");

        assertThat(treaties).hasSize(1);
        assertThat(treaties.get(0).signatories()).isEmpty();
        assertThat(keys(treaties.get(0).parties())).containsExactlyInAnyOrder("CHL", "PER");
        assertThat(treaties.get(0).place()).isEqualTo("Lima");
    }

    @Test
    void aDescribedTreatySignedBetweenStatesInThePassive() {
        List<TreatyFact> treaties = treaties("In 2019, a memorandum of understanding about the railway was signed between Kenya, Uganda and Rwanda.");

        assertThat(treaties).hasSize(1);
        assertThat(treaties.get(0).name()).isEqualTo("memorandum of understanding about the railway");
        assertThat(keys(treaties.get(0).parties())).containsExactly("KEN", "UGA", "RWA");
    }

    @Test
    void aMediatorBrokersATreatyWithoutSigningIt() {
        List<TreatyFact> treaties = treaties("President Jane Roe of Ghana brokered the Accra Peace Accords between Togo and Benin on Friday.");

        assertThat(treaties).hasSize(1);
        assertThat(treaties.get(0).signatories()).isEmpty();
        assertThat(keys(treaties.get(0).parties())).containsExactly("TGO", "BEN");
    }

    @Test
    void aBareDescriptionInThePassiveStandsForTheTreatyReportedLast() {
        List<TreatyFact> treaties = treaties("Japan and the Philippines concluded a reciprocal access agreement in Manila on Monday. "
                + "The pact was signed by Foreign Minister Yoko Kamikawa of Japan and Foreign Secretary Enrique Manalo of the Philippines.");

        assertThat(treaties).hasSize(1);
        assertThat(treaties.get(0).name()).isEqualTo("reciprocal access agreement");
        assertThat(keys(treaties.get(0).signatories())).containsExactly("Yoko Kamikawa", "Enrique Manalo");
    }

    @Test
    void descriptionMapsToNamedTreaty() {
        List<TreatyFact> treaties = treaties("The Treaty on Comprehensive Strategic Partnership was drafted in May. "
                + "Russian President Vladimir Putin and North Korean leader Kim Jong Un signed the new treaty on Wednesday.");

        assertThat(treaties).hasSize(1);
        TreatyFact treaty = treaties.get(0);
        assertThat(treaty.name()).isEqualTo("Treaty on Comprehensive Strategic Partnership");
        assertThat(keys(treaty.signatories())).containsExactly("Vladimir Putin", "Kim Jong Un");
        assertThat(treaty.date()).isEqualTo("2024-06-19");
    }

    @Test
    void countriesInNameAreParties() {
        List<TreatyFact> treaties = treaties("Officials signed the U.S.-Malaysia Agreement on Reciprocal Trade in Kuala Lumpur.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("U.S.-Malaysia Agreement on Reciprocal Trade");
            assertThat(treaty.signatories()).isEmpty();
            assertThat(keys(treaty.parties())).containsExactlyInAnyOrder("USA", "MYS");
            assertThat(treaty.place()).isEqualTo("Kuala Lumpur");
        });
    }

    @Test
    void statesThatSignThemselvesAreParties() {
        List<TreatyFact> treaties = treaties("", LocalDate.of(2025, 10, 27),
                "On Sunday, Chile and Peru signed the Pacific Fisheries Accord.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Pacific Fisheries Accord");
            assertThat(treaty.signatories()).isEmpty();
            assertThat(keys(treaty.parties())).containsExactly("CHL", "PER");
            assertThat(treaty.date()).isEqualTo("2025-10-26");
        });
    }

    @Test
    void enumeratedStatesAreParties() {
        List<TreatyFact> treaties = treaties("Those endorsing the Lisbon Declaration on Ocean Health include Portugal, "
                + "Spain, Chile and Kenya.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Lisbon Declaration on Ocean Health");
            assertThat(keys(treaty.parties())).containsExactly("PRT", "ESP", "CHL", "KEN");
        });
    }

    @Test
    void signedDocumentBlock() {
        String text = "The parties commit to share research on fisheries and coastal waters.\n"
                + "Signed at Lisbon on June 3, 2024.\n"
                + "Ana Costa\nPrime Minister of Portugal\n"
                + "Luis Vidal\nPresident of Chile\n"
                + "Witnessed by\nMaria Lopes\nSecretary-General of the Ocean Forum";
        List<TreatyFact> treaties = treaties("Declaration on Ocean Partnership", PUBLISHED, text);

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Declaration on Ocean Partnership");
            assertThat(keys(treaty.signatories())).containsExactly("Ana Costa", "Luis Vidal");
            assertThat(keys(treaty.parties())).containsExactly("PRT", "CHL");
            assertThat(treaty.date()).isEqualTo("2024-06-03");
            assertThat(treaty.place()).isEqualTo("Lisbon");
        });
    }

    @Test
    void theAuthorsOfATwoColumnSignedDocumentSignWhatTheySayTheySigned() {
        String text = "We, the Prime Minister of Ghana and the Prime Minister of Portugal, declare the following:\n\n"
                + "1. We signed the Terms of Reference on the establishment of the Joint Fisheries Board.\n\n"
                + "Signed at Lisbon on June 3, 2024.\n\n"
                + "Kofi Mensah Tomas Ferreira\n\n"
                + "Prime Minister of Ghana                    Prime Minister of Portugal";
        List<TreatyFact> treaties = treaties("Joint Declaration on Fisheries", PUBLISHED, text);

        assertThat(treaties).extracting(TreatyFact::name)
                .containsExactlyInAnyOrder("Joint Declaration on Fisheries", "Terms of Reference");
        assertThat(treaties).allSatisfy(treaty -> {
            assertThat(keys(treaty.signatories())).containsExactly("Kofi Mensah", "Tomas Ferreira");
            assertThat(keys(treaty.parties())).containsExactlyInAnyOrder("GHA", "PRT");
        });
    }

    @Test
    void placeBeforeVerb() {
        List<TreatyFact> treaties = treaties("", LocalDate.of(2025, 10, 27),
                "In Malaysia, President Donald Trump of the United States signed the Agreement on Reciprocal Trade.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Agreement on Reciprocal Trade");
            assertThat(keys(treaty.signatories())).containsExactly("Donald Trump");
            assertThat(keys(treaty.parties())).containsExactly("USA");
            assertThat(treaty.place()).isEqualTo("Malaysia");
        });
    }

    @Test
    void capitalInNameIsNotParty() {
        List<TreatyFact> treaties = treaties("Ghana and Kenya ratified the Kigali Amendment in 2019.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Kigali Amendment");
            assertThat(keys(treaty.parties())).containsExactly("GHA", "KEN").doesNotContain("RWA");
            assertThat(treaty.date()).isEqualTo("2019");
        });
    }

    @Test
    void passiveAgentSigns() {
        List<TreatyFact> treaties = treaties("The Treaty of Friendship was signed by President Emmanuel Macron of France "
                + "in Aachen on January 22, 2019.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Treaty of Friendship");
            assertThat(keys(treaty.signatories())).containsExactly("Emmanuel Macron");
            assertThat(keys(treaty.parties())).containsExactly("FRA");
            assertThat(treaty.date()).isEqualTo("2019-01-22");
        });
    }

    @Test
    void placeAfterPassiveAgent() {
        List<TreatyFact> treaties = treaties("The Treaty of Friendship was signed by President Emmanuel Macron of France "
                + "in Aachen on January 22, 2019.");

        assertThat(treaties).extracting(TreatyFact::place).containsExactly("Aachen");
    }

    @Test
    void bareTitleSignsForItsHolder() {
        List<TreatyFact> treaties = treaties("Brazilian President Paulo Mendes hosted the talks. "
                + "The President has signed the Amazon Cooperation Treaty.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(keys(treaty.signatories())).containsExactly("Paulo Mendes");
            assertThat(keys(treaty.parties())).containsExactly("BRA");
        });
    }

    @Test
    void treatyWithoutSigningIsNoFact() {
        assertThat(treaties("The Treaty on Comprehensive Strategic Partnership was debated in Moscow for weeks.")).isEmpty();
    }

    @Test
    void treatyNameStopsBeforeWeekday() {
        List<TreatyFact> treaties = treaties("", LocalDate.of(2025, 10, 27),
                "The United States and Malaysia signed the U.S.-Malaysia Agreement on Reciprocal Trade on Sunday.");

        assertThat(treaties).extracting(TreatyFact::name).containsExactly("U.S.-Malaysia Agreement on Reciprocal Trade");
    }

    @Test
    void treatyNameStopsBeforeCounterpart() {
        List<TreatyFact> treaties = treaties("", LocalDate.of(2025, 10, 27), "President Donald Trump of the United States "
                + "signed the Agreement on Reciprocal Trade with Prime Minister Anwar Ibrahim of Malaysia.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(treaty.name()).isEqualTo("Agreement on Reciprocal Trade");
            assertThat(keys(treaty.parties())).containsExactly("USA", "MYS");
        });
    }

    @Test
    void passiveAgentsWithTheirCountriesAllSign() {
        List<TreatyFact> treaties = treaties("The Treaty of Friendship was signed by President Emmanuel Macron of France "
                + "and Chancellor Olaf Scholz of Germany in Aachen.");

        assertThat(treaties).singleElement().satisfies(treaty -> {
            assertThat(keys(treaty.signatories())).containsExactly("Emmanuel Macron", "Olaf Scholz");
            assertThat(keys(treaty.parties())).containsExactly("FRA", "DEU");
        });
    }

    @Test
    void aParticipleAfterTheNameReportsTheSigning() {
        List<TreatyFact> found = treaties("The officials recalled the Vilnius Chile-Norway Maritime Accord signed in March 2023.");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Vilnius Chile-Norway Maritime Accord");
            assertThat(keys(t.parties())).containsExactlyInAnyOrder("CHL", "NOR");
        });
    }

    @Test
    void theTwoCountriesOfAMeetingAreTheParties() {
        List<TreatyFact> found = treaties("Foreign Minister Anna Berg of Sweden met Foreign Minister Jonas Lind of Norway in Oslo. "
                + "The two countries concluded an Arctic Research Agreement.");
        assertThat(found).singleElement().satisfies(t -> assertThat(keys(t.parties())).containsExactlyInAnyOrder("SWE", "NOR"));
        // the tokenizer keeps the apostrophe on "governments’"
        List<TreatyFact> possessive = treaties("Foreign Minister Anna Berg of Sweden met Foreign Minister Jonas Lind of Norway in Oslo. "
                + "They welcomed their governments’ signing of a Memorandum of Understanding on Arctic research.");
        assertThat(possessive).singleElement().satisfies(t -> assertThat(keys(t.parties())).containsExactlyInAnyOrder("SWE", "NOR"));
    }

    @Test
    void theDocumentItselfListsItsParties() {
        List<TreatyFact> found = treaties("Memorandum of Understanding on the Principles of a Baltic Energy Corridor", PUBLISHED,
                "Pursuant to this Memorandum of Understanding, the Governments of Estonia, Latvia, Lithuania and Finland commit to work together.");
        assertThat(found).singleElement().satisfies(t -> assertThat(keys(t.parties())).containsExactlyInAnyOrder("EST", "LVA", "LTU", "FIN"));
    }

    @Test
    void aUnionOfStatesAndABracketedShortNameStayInTheList() {
        List<TreatyFact> found = treaties("Memorandum of Understanding on the Principles of a Baltic Energy Corridor", PUBLISHED,
                "Pursuant to this Memorandum of Understanding, the Governments of the Republic of Estonia, the European Union, "
                        + "the United Arab Emirates (UAE), the Republic of Latvia and Finland commit to work together.");
        assertThat(found).singleElement().satisfies(t -> assertThat(keys(t.parties()))
                .containsExactlyInAnyOrder("EST", "European Union", "ARE", "LVA", "FIN"));
    }

    @Test
    void theTreatyTheyOrWeSignedIsSignedByTheMeetingOrTheAuthors() {
        List<TreatyFact> met = treaties("President Anna Berg of Sweden met Prime Minister Jonas Lind of Norway in Oslo. "
                + "They pledged to work in accordance with the “Compact” they signed in Bergen, Norway, in May 2023.");
        assertThat(met).singleElement().satisfies(t -> {
            assertThat(t.name()).isEqualTo("Compact");
            assertThat(t.signatories()).extracting(Entity::key).containsExactlyInAnyOrder("Anna Berg", "Jonas Lind");
            assertThat(keys(t.parties())).containsExactlyInAnyOrder("SWE", "NOR");
            assertThat(t.date()).isEqualTo("2023-05");
        });
        List<TreatyFact> written = treaties("Joint Statement of President Anna Berg of Sweden and Prime Minister Jonas Lind of Norway",
                PUBLISHED, "We will carry out the Arctic Fisheries Agreement that we have signed today.");
        assertThat(written).singleElement().satisfies(t -> assertThat(t.signatories()).extracting(Entity::key)
                .containsExactlyInAnyOrder("Anna Berg", "Jonas Lind"));
    }

    @Test
    void whoIsThankedForTheirRoleInReachingADealHasNotSignedIt() {
        List<TreatyFact> found = treaties("I thank President Anna Berg of Sweden and Prime Minister Jonas Lind of Norway for their "
                + "leadership and tireless work in reaching the Arctic Fisheries Agreement.");
        assertThat(found).singleElement().satisfies(t -> {
            assertThat(t.signatories()).isEmpty();
            assertThat(t.parties()).isEmpty();
        });
    }

    @Test
    void agreementsWithTwoStatesAreOneAgreementWithEach() {
        List<TreatyFact> found = treaties("President Jane Roe of Ghana signed Agreements on Reciprocal Trade with Togo and Benin on Friday.");
        assertThat(found).extracting(TreatyFact::name, t -> keys(t.parties())).containsExactlyInAnyOrder(
                tuple("Agreement on Reciprocal Trade with Togo", List.of("GHA", "TGO")),
                tuple("Agreement on Reciprocal Trade with Benin", List.of("GHA", "BEN")));
    }

    @Test
    void aRelativeClauseWithANamedSubjectReportsTheSigning() {
        List<TreatyFact> treaties = treaties("Officials praised the Kaunas Water Accord, which Lithuanian President Gitanas Nauseda "
                + "and Polish President Andrzej Duda signed in Vilnius. After the Accord, Latvia signed nothing.");

        assertThat(treaties).hasSize(1);
        assertThat(keys(treaties.get(0).signatories())).containsExactlyInAnyOrder("Gitanas Nauseda", "Andrzej Duda");
        assertThat(keys(treaties.get(0).parties())).containsExactlyInAnyOrder("LTU", "POL");
    }

    @Test
    void theAgentsOfASigningNounMayStandBeforeOrAfterTheListOfWhatTheySigned() {
        List<TreatyFact> treaties = treaties("The two presidents welcomed the signing, by Ghanaian Trade Minister Kobina Ofori and "
                + "Ivorian Trade Minister Souleymane Diarrassouba, of a Memorandum of Understanding on Cooperation in the Cocoa Sector, "
                + "an Agreement on Customs Cooperation, and a Protocol on Border Markets.");

        assertThat(treaties).extracting(TreatyFact::name).containsExactlyInAnyOrder(
                "Memorandum of Understanding on Cooperation in the Cocoa Sector", "Agreement on Customs Cooperation", "Protocol on Border Markets");
        for (TreatyFact treaty : treaties) {
            assertThat(keys(treaty.signatories())).containsExactlyInAnyOrder("Kobina Ofori", "Souleymane Diarrassouba");
            assertThat(keys(treaty.parties())).containsExactlyInAnyOrder("GHA", "CIV");
        }
    }

    @Test
    void aTreatyOpeningTheSentenceKeepsItsPassiveVerbAcrossAClauseInCommas() {
        List<TreatyFact> treaties = treaties("The Harbour Agreement, named after the port where the talks took place, was signed by "
                + "Norwegian Defence Minister Bjorn Arild Gram and his Danish counterpart, Troels Lund Poulsen.");

        assertThat(treaties).hasSize(1);
        assertThat(keys(treaties.get(0).signatories())).containsExactlyInAnyOrder("Bjorn Arild Gram", "Troels Lund Poulsen");
    }

    @Test
    void inOpensAPlaceAfterATreatyNameButNotAfterAWordOfCooperation() {
        List<TreatyFact> treaties = treaties("Chile and Peru signed the Lima Agreement in Tacna on Monday. Chile and Bolivia signed "
                + "the Agreement on Cooperation in the Field of Water Resources.");

        assertThat(treaties).extracting(TreatyFact::name)
                .containsExactlyInAnyOrder("Lima Agreement", "Agreement on Cooperation in the Field of Water Resources");
    }

    @Test
    void aCountedListOfAgreementsGivesOneTreatyPerItemAndTheStatesOfTheSignersTitles() {
        List<TreatyFact> treaties = treaties("On Tuesday, the foreign ministers of Ghana and Togo, Ama Owusu and Kodjo Adzima, signed "
                + "three agreements in Lome: on a joint border post, on the sharing of fishing grounds, and on power exchange. "
                + "Gabon and Cameroon signed two memoranda, including a memorandum of understanding on forest patrols and an agreement "
                + "on road transit.");

        assertThat(treaties).extracting(TreatyFact::name).containsExactlyInAnyOrder("agreement on a joint border post",
                "agreement on the sharing of fishing grounds", "agreement on power exchange",
                "memorandum of understanding on forest patrols", "agreement on road transit");
        TreatyFact first = treaties.stream().filter(t -> t.name().endsWith("border post")).findFirst().orElseThrow();
        assertThat(keys(first.signatories())).containsExactlyInAnyOrder("Ama Owusu", "Kodjo Adzima");
        assertThat(keys(first.parties())).containsExactlyInAnyOrder("GHA", "TGO");
        TreatyFact last = treaties.stream().filter(t -> t.name().endsWith("road transit")).findFirst().orElseThrow();
        assertThat(keys(last.parties())).containsExactlyInAnyOrder("GAB", "CMR");
    }

    @Test
    void memorandaOnListedTopicsAndADescribedTreatyWithARelativeClauseAreSigned() {
        List<TreatyFact> treaties = treaties("Ghana and Togo signed memoranda of understanding on fisheries, on power exchange, "
                + "and on border markets. The pipeline crosses waters covered by the maritime boundary agreement that Ghana and "
                + "Togo signed in August 2020. They also signed an agreement on cooperation in maritime search and rescue.");

        assertThat(treaties).extracting(TreatyFact::name).contains("memorandum of understanding on fisheries",
                "memorandum of understanding on power exchange", "memorandum of understanding on border markets",
                "maritime boundary agreement", "agreement on cooperation in maritime search and rescue");
        TreatyFact boundary = treaties.stream().filter(t -> t.name().equals("maritime boundary agreement")).findFirst().orElseThrow();
        assertThat(keys(boundary.parties())).containsExactlyInAnyOrder("GHA", "TGO");
        assertThat(boundary.date()).isEqualTo("2020-08");
    }

    @Test
    void aStateHandingInItsAccessionJoinsTheTreaty() {
        List<TreatyFact> treaties = treaties("Today Foreign Minister Pekka Haavisto handed Finland's instrument of accession to the "
                + "North Atlantic Treaty to the depositary.");

        assertThat(treaties).extracting(TreatyFact::name, t -> keys(t.parties())).containsExactly(tuple("North Atlantic Treaty", List.of("FIN")));
    }

    @Test
    void ourMinistersSignForTheStatesTheAuthorsLead() {
        List<TreatyFact> treaties = treaties("Leaders' Statement on the Coral Sea Partnership", PUBLISHED,
                "Two years ago, we the leaders of Fiji, Samoa and Tonga launched the Coral Sea Partnership. "
                + "Here in Suva, our ministers signed the Reef Protection Agreement.");

        TreatyFact reef = treaties.stream().filter(t -> t.name().equals("Reef Protection Agreement")).findFirst().orElseThrow();
        assertThat(keys(reef.parties())).containsExactlyInAnyOrder("FJI", "WSM", "TON");
        assertThat(reef.signatories()).isEmpty();
    }

    @Test
    void idiomsOfSigningAndWhomTheSignerActsFor() {
        List<TreatyFact> treaties = treaties("General Amadou Diallo of Mali and General Issa Moussa of Niger put their names to "
                + "the Protocol on the Unified Force. On Wednesday Sudan voted to ratify the Nile Basin Agreement. "
                + "The envoy signed the Addis Agreement on behalf of the African Union.");

        assertThat(treaties).extracting(TreatyFact::name, t -> keys(t.parties())).containsExactlyInAnyOrder(
                tuple("Protocol on the Unified Force", List.of("MLI", "NER")),
                tuple("Nile Basin Agreement", List.of("SDN")),
                tuple("Addis Agreement", List.of("African Union")));
    }

    @Test
    void agentsMayBeCountedBeforeTheyAreNamed() {
        List<TreatyFact> treaties = treaties("The Glacier Agreement was signed by the foreign ministers of the two countries, "
                + "Murat Nurtleu of Kazakhstan and Jeenbek Kulubaev of Kyrgyzstan.");

        assertThat(treaties).singleElement().satisfies(t -> {
            assertThat(keys(t.signatories())).containsExactlyInAnyOrder("Murat Nurtleu", "Jeenbek Kulubaev");
            assertThat(keys(t.parties())).containsExactlyInAnyOrder("KAZ", "KGZ");
        });
    }

    @Test
    void aPrepositionOpeningTheSentenceIsNoPartOfTheName() {
        List<TreatyFact> treaties = treaties("Under the Lome Agreement, signed in February 2020 by Ghana and Togo, the border opened.");

        assertThat(treaties).extracting(TreatyFact::name, t -> keys(t.parties()))
                .containsExactly(tuple("Lome Agreement", List.of("GHA", "TGO")));
    }
    @Test
    void aMemorandumOfCooperationIsATreatyAndTheBodiesAfterBetweenGiveItsParties() {
        List<TreatyFact> treaties = treaties("The two ministers signed the Memorandum of Cooperation on Water Security between the "
                + "Ministry of Foreign Affairs of Portugal and the Ministry of Health of Bulgaria. "
                + "Greece and Cyprus signed the Athens Accord between Greece and Turkey, and France objected.");

        assertThat(treaties).extracting(t -> keys(t.parties())).containsExactlyInAnyOrder(
                List.of("PRT", "BGR"), List.of("GRC", "CYP", "TUR"));
    }

    @Test
    void aBodyActsForTheStateNamedAfterIt() {
        List<TreatyFact> treaties = treaties("The Defence Ministry of Japan and the Ministry of Defence of Australia signed the "
                + "Memorandum of Cooperation on Space.");

        assertThat(treaties).singleElement().satisfies(t -> assertThat(keys(t.parties())).containsExactlyInAnyOrder("JPN", "AUS"));
    }
    @Test
    void anIndefiniteArticleOrARelativeClauseIntroducesAnUnnamedTreaty() {
        List<TreatyFact> treaties = treaties("Colombia and Peru signed a protocol in Havana on Tuesday extending their ceasefire. "
                + "The withdrawal follows the agreement that the United States signed with the Taliban in Doha.");

        assertThat(treaties).extracting(TreatyFact::name, t -> keys(t.parties())).containsExactlyInAnyOrder(
                tuple("protocol", List.of("COL", "PER")), tuple("agreement", List.of("USA", "Taliban")));
    }

    @Test
    void aBareDefiniteDescriptionIsNoTreatyOfItsOwn() {
        assertThat(treaties("Colombia and Peru signed the agreement on Tuesday.")).isEmpty();
    }
    @Test
    void aStatuteByNameIsATreatyAndAVoteMayHaveItsPlaceAndDayBeforeTheRatifying() {
        List<TreatyFact> treaties = treaties("The Verkhovna Rada, Ukraine's parliament, voted in Kyiv on Wednesday to ratify the Rome "
                + "Statute of the International Criminal Court. The governor signed a statute on gun control.");

        assertThat(treaties).extracting(TreatyFact::name, t -> keys(t.parties()))
                .containsExactly(tuple("Rome Statute of the International Criminal Court", List.of("UKR")));
    }
}
