package org.newsgraph.mention;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.SharedPipeline;

/** The mentions of a sentence: gazetteer names, post titles, organisations, persons and pronouns. */
class MentionFinderTest {
    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    /** The mentions of an article's only sentence. */
    private static List<Mention> mentions(String sentence) {
        ArticleContext context = SharedPipeline.context(SharedPipeline.article("", null, null, sentence));
        assertThat(context.mentions()).hasSize(1);
        return context.mentions(0).mentions();
    }

    private static List<String> persons(String sentence) {
        return mentions(sentence).stream().filter(m -> m.type() == MentionType.PERSON).map(m -> m.entity().key()).toList();
    }

    @Test
    void countriesDemonymsAndSeatsStandForTheirCountry() {
        assertThat(mentions("The DPRK and the United States talked as Russian envoys flew to Beijing."))
                .filteredOn(m -> m.type() != MentionType.ROLE)
                .extracting(Mention::type, Mention::text, m -> m.entity().key())
                .containsExactly(tuple(MentionType.COUNTRY, "DPRK", "PRK"), tuple(MentionType.COUNTRY, "United States", "USA"),
                        tuple(MentionType.DEMONYM, "Russian", "RUS"), tuple(MentionType.SEAT, "Beijing", "CHN"));
    }

    @Test
    void titleTakesItsModifiers() {
        assertThat(mentions("Deputy Foreign Minister Andrei Rudenko arrived."))
                .extracting(Mention::type, Mention::text, Mention::roleLabel)
                .containsExactly(tuple(MentionType.ROLE, "Deputy Foreign Minister", "deputy foreign minister"),
                        tuple(MentionType.PERSON, "Andrei Rudenko", null));
    }

    @Test
    void pluralTitleIsFoundInTheSingular() {
        assertThat(mentions("Senators Tom Carper and John Kennedy wrote."))
                .filteredOn(m -> m.type() == MentionType.ROLE).extracting(Mention::text, Mention::roleLabel)
                .containsExactly(tuple("Senators", "senator"));
    }

    @Test
    void capitalisedWordsEndingInAnOrganisationsHeadAreNoPerson() {
        assertThat(mentions("Alex Lagakos, deputy director of the Greek Energy Forum, spoke to the Athens Press Association."))
                .filteredOn(m -> m.type() == MentionType.PERSON).extracting(Mention::text)
                .containsExactly("Alex Lagakos");
    }

    @Test
    void aTitlesAbbreviationInBracketsBelongsToIt() {
        assertThat(mentions("Member of parliament (MP) Kevin Conolly spoke."))
                .extracting(Mention::type, Mention::text, Mention::roleLabel)
                .containsExactly(tuple(MentionType.ROLE, "Member of parliament (MP)", "member of parliament"),
                        tuple(MentionType.PERSON, "Kevin Conolly", null));
    }

    @Test
    void aGenericTitleTakesTheFieldWrittenBeforeIt() {
        assertThat(mentions("The city's security chief, Omar Nasser, spoke."))
                .filteredOn(m -> m.type() == MentionType.ROLE).extracting(Mention::text, Mention::roleLabel)
                .containsExactly(tuple("security chief", "security chief"));
    }

    @Test
    void organisationOfACountryKnowsItsCountry() {
        assertThat(mentions("Russia's Foreign Ministry issued a note."))
                .extracting(Mention::type, Mention::text, m -> m.country().key())
                .containsExactly(tuple(MentionType.ORGANISATION, "Russia's Foreign Ministry", "RUS"));
    }

    @Test
    void aStateSeatOrBareBodyInsideALongerNameIsPartOfIt() {
        assertThat(mentions("The chair of the Senate Homeland Security and Governmental Affairs Committee met the Lake Chad Basin Commission."))
                .extracting(Mention::type, Mention::text).containsExactly(
                        tuple(MentionType.ROLE, "chair"),
                        tuple(MentionType.ORGANISATION, "Senate Homeland Security and Governmental Affairs Committee"),
                        tuple(MentionType.ORGANISATION, "Lake Chad Basin Commission"));
        assertThat(mentions("Britain and France Council members met."))
                .extracting(Mention::type, Mention::text).first().isEqualTo(tuple(MentionType.COUNTRY, "Britain"));
    }

    @Test
    void aOneWordTitleAfterAGivenNameAndBeforeNoNameIsASurname() {
        assertThat(mentions("Foreign Minister Julie Bishop praised Anglican Bishop John Smith."))
                .extracting(Mention::type, Mention::text).contains(
                        tuple(MentionType.ROLE, "Foreign Minister"), tuple(MentionType.PERSON, "Julie Bishop"),
                        tuple(MentionType.ROLE, "Bishop"), tuple(MentionType.PERSON, "John Smith"));
    }

    @Test
    void organisationWithOfComplement() {
        assertThat(mentions("The Ministry of Foreign Affairs issued a note."))
                .extracting(Mention::type, Mention::text)
                .containsExactly(tuple(MentionType.ORGANISATION, "Ministry of Foreign Affairs"));
    }

    @Test
    void aNameTheTaggerTakesForAFunctionWordIsStillAName() {
        // the tagger reads "Besnik" as a preposition and "Buttigieg" as a conjunction
        assertThat(persons("Besnik Gashi, a former foreign minister of Kosovo, criticised the plan.")).containsExactly("Besnik Gashi");
        assertThat(persons("Indiana Mayor Pete Buttigieg clashed with rivals on Tuesday.")).containsExactly("Pete Buttigieg");
        assertThat(persons("Somali President Hassan Sheikh Mohamud spoke.")).containsExactly("Hassan Sheikh Mohamud");
        assertThat(persons("Filimão Suaze, the government's spokesman, rejected the criticism.")).containsExactly("Filimão Suaze");
        assertThat(persons("Police Superintendent Larry Snelling said the city was safe.")).containsExactly("Larry Snelling");
        assertThat(persons("Presidential spokesperson Kang Yu-jung told a briefing.")).containsExactly("Kang Yu-jung");
        assertThat(persons("The Hon Penny Wong spoke for Vice President JD Vance.")).containsExactly("Penny Wong", "JD Vance");
        // real function words stay out
        assertThat(persons("After Donald Trump left, talks resumed.")).containsExactly("Donald Trump");
    }

    @Test
    void aHeadlinesVerbEndsANameButANamesOwnEndingDoesNot() {
        ArticleContext context = SharedPipeline.context(SharedPipeline.article(
                "Statement by President Raimonds Vējonis of Latvia, Prime Minister Kyriakos Mitsotakis of Greece and Sheikh Mohammed bin Zayed", null, null,
                "They met."));
        assertThat(context.titleMentions().get(0).mentions()).filteredOn(m -> m.type() == MentionType.PERSON)
                .extracting(m -> m.entity().key()).containsExactly("Raimonds Vējonis", "Kyriakos Mitsotakis", "Mohammed bin Zayed");
        ArticleContext verb = SharedPipeline.context(SharedPipeline.article("President Jane Roe Signs Peace Accord", null, null, "She did."));
        assertThat(verb.titleMentions().get(0).mentions()).filteredOn(m -> m.type() == MentionType.PERSON)
                .extracting(m -> m.entity().key()).containsExactly("Jane Roe");
    }

    @Test
    void personsAreRunsOfProperNames() {
        assertThat(persons("Emir Tamim bin Hamad met Jean-Yves Le Drian and Joseph R. Biden, Jr. on Monday."))
                .containsExactly("Tamim bin Hamad", "Jean-Yves Le Drian", "Joseph R. Biden Jr.");
    }

    @Test
    void weekdaysAndAcronymsAreNoPersons() {
        assertThat(persons("On Monday NATO and the IAEA met.")).isEmpty();
    }

    @Test
    void heAndSheArePronouns() {
        assertThat(mentions("She said he would come.")).extracting(Mention::type)
                .containsExactly(MentionType.PRONOUN, MentionType.PRONOUN);
    }

    @Test
    void outletIsItsOwnKind() {
        assertThat(mentions("The minister spoke to Reuters.")).filteredOn(m -> m.type() == MentionType.OUTLET)
                .extracting(m -> m.entity().key()).containsExactly("Reuters");
    }

    @Test
    void surnameThatIsAMonthStaysInTheName() {
        assertThat(persons("Former Prime Minister Theresa May spoke.")).containsExactly("Theresa May");
    }

    @Test
    void particlesInARowStayInTheName() {
        assertThat(persons("Ursula von der Leyen spoke.")).containsExactly("Ursula von der Leyen");
    }

    @Test
    void particleBeforeANameTaggedAsNoun() {
        assertThat(persons("Brazilian President Luiz Lula da Silva hosted talks.")).containsExactly("Luiz Lula da Silva");
    }

    @Test
    void firstNameTaggedAsVerbStaysInTheName() {
        assertThat(persons("Wang Yi, the foreign minister of China, said the talks went well.")).containsExactly("Wang Yi");
    }
    @Test
    void aGivenNameThatIsAlsoAPlaceJoinsTheNameAfterATitle() {
        assertThat(persons("Defence Minister Israel Katz met Taiwan's Defence Minister Wellington Koo."))
                .containsExactly("Israel Katz", "Wellington Koo");
        assertThat(persons("The Prime Minister visited Israel on Monday.")).isEmpty();
    }

    @Test
    void capitalisedWordsAfterAStatesTitleAreANameWhateverTheirTags() {
        assertThat(persons("China summoned Japan's ambassador, Hideo Tarumi, to lodge a protest.")).containsExactly("Hideo Tarumi");
    }
    @Test
    void aPlacesGenericWordBeforeANameMakesItNoPerson() {
        assertThat(persons("President Anna Berg met Prime Minister Tom Harker at Camp David and later flew to Fort Bragg."))
                .containsExactly("Anna Berg", "Tom Harker");
    }
    @Test
    void capitalisedWordsAfterATitleOfAddressAreANameWhateverTheirTags() {
        assertThat(persons("Representative Clay Higgins threatened to hold up the nominees.")).containsExactly("Clay Higgins");
    }
}
