package org.newsgraph.extract.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.model.StatementFact;
import org.newsgraph.model.StatementKind;

/** Speaker–kind–target (with quote, outlet, date) as the pattern rules read them from short articles. */
class StatementExtractorTest {
    /** A Monday. */
    private static final LocalDate PUBLISHED = LocalDate.of(2024, 6, 24);

    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    private static List<StatementFact> statements(String text) {
        return statements("", null, text);
    }

    private static List<StatementFact> statements(String title, String source, String text) {
        return SharedPipeline.ruleFacts(StatementFact.class, SharedPipeline.article(title, PUBLISHED, source, text));
    }

    /** (speaker key, kind, target key) of each statement. */
    private static List<Tuple> triples(List<StatementFact> statements) {
        return statements.stream().map(s -> tuple(s.speaker().key(), s.kind(), s.target().key())).toList();
    }

    @Test
    void subjectVerbObject() {
        String text = "Foreign Minister Sergei Lavrov of Russia condemned the United States on Monday.";
        List<StatementFact> statements = statements(text);

        assertThat(triples(statements)).containsExactly(tuple("Sergei Lavrov", StatementKind.CRITICIZE, "USA"));
        StatementFact statement = statements.get(0);
        assertThat(statement.date()).isEqualTo("2024-06-24");
        assertThat(statement.quote()).isNull();
        assertThat(statement.outlet()).isNull();
        assertThat(statement.provenance().extractor()).isEqualTo(StatementExtractor.NAME);
        assertThat(statement.provenance().evidence().of(text)).startsWith("Sergei Lavrov").endsWith("United States");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "warned Japan against new sanctions     | THREATEN | JPN",
        "praised China for its stance           | SUPPORT  | CHN",
        "urged Iran to release the prisoners    | DEMAND   | IRN",
        "called on Iran to release the prisoners | DEMAND  | IRN",
        "denounced Israel                       | CRITICIZE | ISR",
    })
    void kindFollowsTheVerb(String predicate, StatementKind kind, String target) {
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany " + predicate + ".")))
                .containsExactly(tuple("Olaf Scholz", kind, target));
    }

    @Test
    void multipleTargets() {
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany urged Russia and Belarus to end the drills.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.DEMAND, "RUS"), tuple("Olaf Scholz", StatementKind.DEMAND, "BLR"));
    }

    @Test
    void passiveAgentSpeaks() {
        List<StatementFact> statements = statements("North Korea was criticized by the United Nations for the launch.");

        assertThat(triples(statements)).containsExactly(tuple("United Nations", StatementKind.CRITICIZE, "PRK"));
        // the passive reads less surely than the active
        assertThat(statements.get(0).provenance().confidence())
                .isLessThan(statements("The United Nations criticized North Korea for the launch.").get(0).provenance().confidence());
    }

    @Test
    void passiveAgentsListedAfterAStatementBy() {
        assertThat(triples(statements("Serbia was criticized in a joint statement by Croatia, Slovenia and Hungary on Friday.")))
                .containsExactly(tuple("HRV", StatementKind.CRITICIZE, "SRB"), tuple("SVN", StatementKind.CRITICIZE, "SRB"),
                        tuple("HUN", StatementKind.CRITICIZE, "SRB"));
    }

    @Test
    void anAdjectiveTriggerWithAGroupWhoseMembersAreListedAfterIncluding() {
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany said he was grateful to the mediators in the talks, "
                + "including the Governments of Norway, Kenya, and Chile.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.SUPPORT, "NOR"), tuple("Olaf Scholz", StatementKind.SUPPORT, "KEN"),
                        tuple("Olaf Scholz", StatementKind.SUPPORT, "CHL"));
    }

    @Test
    void coordinatedObjectNounsLeadToTheTargetsOfTheLast() {
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany welcomed the ceasefire and conclusion of the talks "
                + "between Armenia and Azerbaijan.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.SUPPORT, "ARM"), tuple("Olaf Scholz", StatementKind.SUPPORT, "AZE"));
    }

    @Test
    void aMessageSignedInCapitalsSpeaksAsItsSigner() {
        List<StatementFact> statements = statements("A Message to the Congress", "The White House",
                "I have approved the plan and urge the Congress to fund it.\n\nJANE Q. ROE\n\nTHE WHITE HOUSE, May 1, 2024.");
        assertThat(triples(statements)).extracting(t -> t.toList().get(0), t -> t.toList().get(1))
                .containsExactly(tuple("Jane Q. Roe", StatementKind.DEMAND));
    }

    @Test
    void firstPersonInAQuotationIsWhomTheSentenceQuotes() {
        List<StatementFact> statements = statements("Peace Talks Resume", "The White House",
                "- Chief Negotiator of the Joint Committee for the Administration of Gaza Dr. Omar Haddad: “I want to start by "
                        + "thanking President Jane Roe of the United States for her efforts.”");
        assertThat(triples(statements)).containsExactly(tuple("Omar Haddad", StatementKind.SUPPORT, "Jane Roe"));
    }

    @Test
    void theAgentOfWhatIsCriticisedIsTheTarget() {
        assertThat(triples(statements("Venezuela's government rejected the sanctions imposed by Washington.")))
                .containsExactly(tuple("VEN", StatementKind.CRITICIZE, "USA"));
    }

    @Test
    void theMembersListedInASubjectSpeak() {
        assertThat(triples(statements("Several European states, including France and Germany, condemned Russia on Monday.")))
                .containsExactly(tuple("FRA", StatementKind.CRITICIZE, "RUS"), tuple("DEU", StatementKind.CRITICIZE, "RUS"));
    }

    @Test
    void pronounSpeaker() {
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany spoke in Berlin. He warned Russia against escalation.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.THREATEN, "RUS"));
    }

    @Test
    void bareTitleSpeaksForItsHolder() {
        assertThat(triples(statements("Russia's Ambassador to the DPRK Alexander Matsegora arrived on Monday. "
                + "The ambassador praised North Korea for its hospitality.")))
                .containsExactly(tuple("Alexander Matsegora", StatementKind.SUPPORT, "PRK"));
    }

    @Test
    void theyIsTheGroupNamedJustBefore() {
        assertThat(triples(statements("Foreign Minister Sameh Shoukry of Egypt met Nikos Dendias and Catherine Colonna in Cairo. "
                + "They called on Israel to allow aid.")))
                .containsExactly(tuple("Sameh Shoukry", StatementKind.DEMAND, "ISR"),
                        tuple("Nikos Dendias", StatementKind.DEMAND, "ISR"),
                        tuple("Catherine Colonna", StatementKind.DEMAND, "ISR"));
    }

    @Test
    void firstPersonIsTitleAuthor() {
        assertThat(triples(statements("Statement by President Jane Roe", "The White House", "I condemn Iran for the attack.")))
                .containsExactly(tuple("Jane Roe", StatementKind.CRITICIZE, "IRN"));
        // without a title naming its author, "I" is nobody
        assertThat(statements("I condemn Iran for the attack.")).isEmpty();
    }

    @Test
    void jointStatementAuthors() {
        assertThat(triples(statements("Today we — President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany — "
                + "strongly condemn Russia for its attacks.")))
                .containsExactly(tuple("Emmanuel Macron", StatementKind.CRITICIZE, "RUS"),
                        tuple("Olaf Scholz", StatementKind.CRITICIZE, "RUS"));
    }

    @Test
    void outletCited() {
        List<StatementFact> statements = statements("Choe Son Hui, the foreign minister of North Korea, denounced South Korea, "
                + "as quoted by KCNA.");

        assertThat(triples(statements)).containsExactly(tuple("Choe Son Hui", StatementKind.CRITICIZE, "KOR"));
        assertThat(statements.get(0).outlet().key()).isEqualTo("KCNA");
    }

    @Test
    void quoteKept() {
        List<StatementFact> statements = statements("Foreign Minister Choe Son Hui of North Korea condemned South Korea, "
                + "saying \"the drills are reckless provocations\".");

        assertThat(triples(statements)).containsExactly(tuple("Choe Son Hui", StatementKind.CRITICIZE, "KOR"));
        assertThat(statements.get(0).quote()).isEqualTo("the drills are reckless provocations");
    }

    @Test
    void negatedVerbIsNoStatement() {
        assertThat(statements("Chancellor Olaf Scholz of Germany did not condemn China.")).isEmpty();
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany never criticized China, but he condemned Iran.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.CRITICIZE, "IRN"));
    }

    @Test
    void obligationIsDemand() {
        String text = "Eritrean forces must withdraw from Tigray.";
        List<StatementFact> statements = statements("Statement by President Jane Roe on Sudan", "The White House", text);

        assertThat(triples(statements)).containsExactly(tuple("Jane Roe", StatementKind.DEMAND, "ERI"));
        assertThat(statements.get(0).provenance().evidence().of(text)).isEqualTo("Eritrean forces must");
        // in a news report nobody authors the text, so a "must" demands nothing of anyone
        assertThat(statements(text)).isEmpty();
    }

    @Test
    void bodyTargetStandsForState() {
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany criticized the Russian parliament.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.CRITICIZE, "RUS"));
        assertThat(triples(statements("Chancellor Olaf Scholz of Germany criticized Russia's Defence Ministry.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.CRITICIZE, "RUS"));
    }

    @Test
    void nominalTrigger() {
        List<StatementFact> statements = statements("Kim Yong Chol, a senior North Korean official, condemned Japan on Friday, "
                + "reiterating his country's backing of Moscow.");

        assertThat(triples(statements)).containsExactly(tuple("Kim Yong Chol", StatementKind.CRITICIZE, "JPN"),
                tuple("Kim Yong Chol", StatementKind.SUPPORT, "RUS"));
        // "last Friday" before a Monday
        assertThat(statements).extracting(StatementFact::date).containsOnly("2024-06-21");
        // a noun reads less surely than a verb
        assertThat(statements.get(1).provenance().confidence()).isLessThan(statements.get(0).provenance().confidence());
    }

    @Test
    void noTargetIsNoStatement() {
        assertThat(statements("Chancellor Olaf Scholz of Germany condemned the violence.")).isEmpty();
    }

    @Test
    void jointStatementWithVerbRightAfterDash() {
        assertThat(triples(statements("We — President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany — "
                + "condemn Russia for its attacks.")))
                .containsExactly(tuple("Emmanuel Macron", StatementKind.CRITICIZE, "RUS"),
                        tuple("Olaf Scholz", StatementKind.CRITICIZE, "RUS"));
    }

    @Test
    void passiveCondemnedBy() {
        assertThat(triples(statements("North Korea was condemned by the United Nations for the launch.")))
                .containsExactly(tuple("United Nations", StatementKind.CRITICIZE, "PRK"));
    }

    @Test
    void aDefiniteDescriptionTargetsTheOrganisationNamedBefore() {
        String text = "Police officers wrote to the Canadian Embassy in Dublin on Friday. "
                + "Foreign Minister Aoife Byrne urged the embassy to reply. "
                + "Halvorsen Media Group is the largest broadcaster in Norway. "
                + "Prime Minister Erik Dahl accused the network of bias.";

        // a state's embassy stands for its state as a target, as its other bodies do
        assertThat(triples(statements(text))).containsExactlyInAnyOrder(
                tuple("Aoife Byrne", StatementKind.DEMAND, "CAN"),
                tuple("Erik Dahl", StatementKind.CRITICIZE, "Halvorsen Media Group"));
    }

    @Test
    void aDescriptionNamesNoOneWhenNothingOfItsKindCameBefore() {
        String text = "The Ministry of Health of Norway opened a clinic. Prime Minister Erik Dahl accused the network of bias "
                + "and urged the embassy staff to leave.";

        assertThat(statements(text)).isEmpty();
    }

    @Test
    void appreciationInAMannerPhraseSupportsItsObject() {
        String text = "We, the Prime Minister of Ghana and the President of Chile, declare the following. "
                + "We note with deep appreciation President Ana Costa of Portugal's efforts for peace.";

        assertThat(triples(statements("Joint Declaration by Prime Minister Kofi Mensah and President Luis Vidal", null, text)))
                .contains(tuple("Kofi Mensah", StatementKind.SUPPORT, "Ana Costa"));
    }

    @Test
    void aQuotationAfterSaidOnADaySpeaksForTheNamedPersonAndATitleWithTheIsItsHolder() {
        String text = "President Maria Lopes of Chile proposed a new budget. "
                + "The Senate leader, Pablo Ruiz, said on Friday \"We made a plea to the president once again.\"";

        assertThat(triples(statements(text))).contains(tuple("Pablo Ruiz", StatementKind.DEMAND, "Maria Lopes"));
    }

    @Test
    void theSubjectOfAReportedClauseDemandsFromWhomItNames() {
        String text = "The agency Fars reported Chile issued arrest warrants on Monday and demanded from Interpol to publish a notice.";

        assertThat(triples(statements(text))).containsExactly(tuple("CHL", StatementKind.DEMAND, "Interpol"));
    }

    @Test
    void weExpectFromAStateIsADemandOnIt() {
        String text = "President Maria Lopes of Chile said, \"We expect from Peru a full investigation.\"";

        assertThat(triples(statements(text))).containsExactly(tuple("Maria Lopes", StatementKind.DEMAND, "PER"));
    }

    @Test
    void whatSomeoneSaysAnotherShouldDoIsTheirDemandButNotOnTheirOwnState() {
        String text = "Chilean President Maria Lopes met the press. "
                + "The businessman Pablo Ruiz said the president should accept the outcome. "
                + "Peruvian Foreign Minister Ana Costa stated that Peru must leave the pact. She said Chile should follow.";

        assertThat(triples(statements(text))).containsExactlyInAnyOrder(
                tuple("Pablo Ruiz", StatementKind.DEMAND, "Maria Lopes"),
                tuple("Ana Costa", StatementKind.DEMAND, "CHL"));
    }

    @Test
    void aConditionIsNoStatement() {
        String text = "President Ana Costa of Portugal described the consequences if Chile provides material support to Peru.";

        assertThat(statements(text)).isEmpty();
    }

    @Test
    void noOneSupportsTheirOwnStateAndACityQualifyingANounIsNoTarget() {
        String title = "Statement by President Maria Lopes";
        String text = "President Maria Lopes of Chile secured investments to support Chilean jobs. "
                + "I want to thank all the signatories of the Lima Ocean Statement. All Chileans should heed those words.";

        assertThat(statements(title, null, text)).isEmpty();
    }

    @Test
    void theObjectGoesOnThroughOfToTheAgentOfWhatIsCriticised() {
        assertThat(triples(statements("Chile condemned the arrest of journalists by Peru.")))
                .containsExactly(tuple("CHL", StatementKind.CRITICIZE, "PER"));
        // who is arrested is not criticised
        assertThat(statements("Chile condemned the arrest of Ana Costa.")).isEmpty();
    }

    @Test
    void anObjectPronounIsThePersonItsSentenceNamedLastNotTheSubject() {
        assertThat(triples(statements("Chancellor Olaf Scholz met President Joe Biden and praised him for his support.")))
                .containsExactly(tuple("Olaf Scholz", StatementKind.SUPPORT, "Joe Biden"));
        // no one named in its own sentence: "him" is left unresolved rather than guessed
        assertThat(statements("Chancellor Olaf Scholz met President Joe Biden. Congress praised him.")).isEmpty();
    }

    @Test
    void imposingCostsOnAStateIsAPunitiveMeasureAgainstIt() {
        assertThat(triples(statements("President Ana Costa of Portugal detailed her plans, including by imposing costs on Peru.")))
                .containsExactly(tuple("Ana Costa", StatementKind.CRITICIZE, "PER"));
    }

    @Test
    void commitmentToAStateAndDefendingItAreSupport() {
        assertThat(triples(statements("President Ana Costa of Portugal emphasized Portugal's unwavering commitment to Chile's sovereignty.")))
                .containsExactly(tuple("Ana Costa", StatementKind.SUPPORT, "CHL"));
        assertThat(triples(statements("Chile defended Peru in the council.")))
                .containsExactly(tuple("CHL", StatementKind.SUPPORT, "PER"));
    }

    @Test
    void subjectsWithTitlesAreCoordinatedButNotAPlaceBeforeThem() {
        assertThat(triples(statements("Chilean President Maria Lopes and Peruvian Prime Minister Ana Costa condemned Bolivia.")))
                .containsExactly(tuple("Maria Lopes", StatementKind.CRITICIZE, "BOL"), tuple("Ana Costa", StatementKind.CRITICIZE, "BOL"));
        assertThat(triples(statements("In Peru, Chilean President Maria Lopes condemned Bolivia.")))
                .containsExactly(tuple("Maria Lopes", StatementKind.CRITICIZE, "BOL"));
    }

    @Test
    void questioningADecisionCriticisesItsMakerButAQuestionOfItDoesNot() {
        String text = "President Maria Lopes of Chile signed a decree. Senator Ana Costa questioned the President's power to sign it. "
                + "Senator Pablo Ruiz raised the question of the President's power.";

        assertThat(triples(statements(text))).containsExactly(tuple("Ana Costa", StatementKind.CRITICIZE, "Maria Lopes"));
    }

    @Test
    void aMemberListedWithATitleIsThePersonNotTheTitlesOwner() {
        String text = "Chile will provide full support to those leading the talks, including the Andean Community "
                + "Special Envoy Ana Costa.";

        assertThat(triples(statements(text))).containsExactly(tuple("CHL", StatementKind.SUPPORT, "Ana Costa"));
    }

    @Test
    void atTheRequestOfSomeoneTheClauseSubjectIsAskedToAct() {
        String text = "At the request of President Maria Lopes of Chile and under the accord, Peru will release ten soldiers.";

        assertThat(triples(statements(text))).containsExactly(tuple("Maria Lopes", StatementKind.DEMAND, "PER"));
        // a request of one's own is no demand on the subject
        assertThat(statements("The request of Peru was heard, and Chile agreed.")).isEmpty();
    }

    @Test
    void aParticipleWithoutObjectAsksWhomTheSentenceAddressed() {
        String text = "Police chief Ana Costa wrote to the Peruvian Embassy in Dublin asking to lift the immunity.";

        assertThat(triples(statements(text))).containsExactly(tuple("Ana Costa", StatementKind.DEMAND, "PER"));
        // with an object of its own, the participle asks that object
        assertThat(triples(statements("Police chief Ana Costa wrote to the Peruvian Embassy in Dublin asking Chile to help.")))
                .containsExactly(tuple("Ana Costa", StatementKind.DEMAND, "CHL"));
    }

    @Test
    void aSerialCommaKeepsEveryCoordinatedSubject() {
        assertThat(triples(statements("The United States, Japan, and the Republic of Korea condemn today's DPRK missile launches.")))
                .containsExactlyInAnyOrder(tuple("USA", StatementKind.CRITICIZE, "PRK"), tuple("JPN", StatementKind.CRITICIZE, "PRK"),
                        tuple("KOR", StatementKind.CRITICIZE, "PRK"));
    }

    @Test
    void thanksGoToPersonsNamedWithAnAddressAndTheirStateNotToTheState() {
        assertThat(triples(statements("Statement by President Anna Berg on the Deal", "The White House",
                "I thank Sheikh Tamim bin Hamad Al-Thani of Qatar and President Maria Silva of Egypt for their critical leadership.")))
                .containsExactly(tuple("Anna Berg", StatementKind.SUPPORT, "Tamim bin Hamad Al-Thani"),
                        tuple("Anna Berg", StatementKind.SUPPORT, "Maria Silva"));
    }

    @Test
    void aDashMayOpenTheListOfAGroupsMembers() {
        assertThat(triples(statements("Statement by President Anna Berg on the Deal", "The White House",
                "I am grateful to our Allies who stood with us throughout tough negotiations— including Germany, Poland, and Turkey.")))
                .containsExactly(tuple("Anna Berg", StatementKind.SUPPORT, "DEU"), tuple("Anna Berg", StatementKind.SUPPORT, "POL"),
                        tuple("Anna Berg", StatementKind.SUPPORT, "TUR"));
    }
    @Test
    void aNameInAppositionToTheObjectIsTheTarget() {
        assertThat(triples(statements("US Senator Maria Lopez endorsed her former rival, Tom Harker, on Wednesday. "
                + "Senator Ann Bell condemned the attack, Tom Harker said.")))
                .containsExactly(tuple("Maria Lopez", StatementKind.SUPPORT, "Tom Harker"));
    }
    @Test
    void accusingAndPressingVerbsOfTheCameoClasses() {
        assertThat(triples(statements("Foreign Minister Paolo Verdi of Italy charged Syria with war crimes and encouraged Serbia to "
                + "resume talks.")))
                .containsExactlyInAnyOrder(tuple("Paolo Verdi", StatementKind.CRITICIZE, "SYR"), tuple("Paolo Verdi", StatementKind.DEMAND, "SRB"));
    }
    @Test
    void weTheLeadersOfStatesSpeaksForTheStatesWhenNoAuthorIsNamed() {
        assertThat(triples(statements("Joint Statement", null, "We, the leaders of Canada, France and Germany, met in Rome today. "
                + "We condemn Iran's attack on Israel.")))
                .containsExactlyInAnyOrder(tuple("CAN", StatementKind.CRITICIZE, "IRN"), tuple("FRA", StatementKind.CRITICIZE, "IRN"),
                        tuple("DEU", StatementKind.CRITICIZE, "IRN"));
        assertThat(triples(statements("Statement by Foreign Minister Anna Berg of Sweden", null,
                "We thank the governments of the United Kingdom, Canada and New Zealand for their support.")))
                .containsExactlyInAnyOrder(tuple("Anna Berg", StatementKind.SUPPORT, "GBR"), tuple("Anna Berg", StatementKind.SUPPORT, "CAN"),
                        tuple("Anna Berg", StatementKind.SUPPORT, "NZL"));
    }
}
