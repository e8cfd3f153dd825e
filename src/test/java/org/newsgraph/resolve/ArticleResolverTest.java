package org.newsgraph.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.extract.SharedPipeline;
import org.newsgraph.model.Entity;

/** Names, pronouns and bare bodies resolved inside one article, on mentions the real pipeline finds. */
class ArticleResolverTest {
    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    private static ArticleContext read(String text) {
        return read("", null, text);
    }

    private static ArticleContext read(String title, String source, String text) {
        return SharedPipeline.context(SharedPipeline.article(title, null, source, text));
    }

    /** What each mention of a type in a sentence resolves to, as entity keys (null where unresolved). */
    private static List<String> resolved(ArticleContext context, int sentence, MentionType type) {
        return context.mentions(sentence).mentions().stream().filter(m -> m.type() == type)
                .map(m -> keyOf(context.resolver().entity(m))).toList();
    }

    private static String keyOf(Entity entity) {
        return entity == null ? null : entity.key();
    }

    private static List<String> keys(List<Entity> entities) {
        return entities.stream().map(Entity::key).toList();
    }

    @Test
    void shortNameResolvesToFullName() {
        ArticleContext context = read("Vladimir Putin arrived in Beijing on Tuesday. Putin met officials. "
                + "Kim Jong Un sent a message. Kim praised the talks.");

        assertThat(resolved(context, 1, MentionType.PERSON)).containsExactly("Vladimir Putin");
        // a one-word form may be the first word of the name, as Korean names put the family name first
        assertThat(resolved(context, 3, MentionType.PERSON)).containsExactly("Kim Jong Un");
    }

    @Test
    void variantsMergeUnderTheFullestName() {
        ArticleContext context = read("Joe Biden spoke on Monday. Joseph R. Biden Jr. later signed the order. Mr. Biden left.");

        for (int sentence = 0; sentence < 3; sentence++) {
            assertThat(resolved(context, sentence, MentionType.PERSON)).as("sentence %d", sentence)
                    .containsExactly("Joseph R. Biden Jr.");
        }
        assertThat(keys(context.resolver().persons())).containsExactly("Joseph R. Biden Jr.");
    }

    @Test
    void aNameOfTheFirstOfTwoFamilyNamesIsTheFullOne() {
        ArticleContext context = read("Maria Ortega Salinas was sworn in on Friday. Maria Ortega thanked the court. "
                + "Ortega promised stability. Secretary of Justice Maria Ortega Salinas left.");

        for (int sentence = 0; sentence < 4; sentence++) {
            assertThat(resolved(context, sentence, MentionType.PERSON)).as("sentence %d", sentence).containsExactly("Maria Ortega Salinas");
        }
    }

    @Test
    void sameSurnameDifferentFirstNameStaysApart() {
        ArticleContext context = read("Joe Biden spoke on Monday. Hunter Biden did not attend.");

        assertThat(keys(context.resolver().persons())).containsExactly("Joe Biden", "Hunter Biden");
    }

    @Test
    void pronounToLastSubject() {
        ArticleContext simple = read("Vladimir Putin arrived in Beijing on Tuesday. He said the talks were useful.");
        assertThat(resolved(simple, 1, MentionType.PRONOUN)).containsExactly("Vladimir Putin");

        // the person who opened the latest sentence, not the first one of the article
        ArticleContext two = read("Vladimir Putin arrived in Beijing on Tuesday. Xi Jinping greeted the guests. "
                + "He said the talks were useful.");
        assertThat(resolved(two, 2, MentionType.PRONOUN)).containsExactly("Xi Jinping");
    }

    @Test
    void pronounAfterPersonInSameSentenceIsThatPerson() {
        ArticleContext context = read("Vladimir Putin arrived on Tuesday. Xi Jinping said he was pleased.");

        assertThat(resolved(context, 1, MentionType.PRONOUN)).containsExactly("Xi Jinping");
    }

    @Test
    void pronounWithoutAntecedentIsUnresolved() {
        ArticleContext context = read("He said the talks were useful.");

        assertThat(resolved(context, 0, MentionType.PRONOUN)).containsExactly((String) null);
    }

    @Test
    void groupForThey() {
        ArticleContext context = read("Foreign Minister Sameh Shoukry met Nikos Dendias and Catherine Colonna in Cairo. "
                + "They called on Israel to allow aid.");

        assertThat(keys(context.resolver().group(1))).containsExactly("Sameh Shoukry", "Nikos Dendias", "Catherine Colonna");
        assertThat(context.resolver().group(0)).isEmpty();
        // one person is no group
        assertThat(read("Sameh Shoukry arrived in Cairo. They met later.").resolver().group(1)).isEmpty();
    }

    @Test
    void bareBodyResolvesToHomeState() {
        ArticleContext context = read("The United States will expand trade with Canada. Congress approved the plan. "
                + "The Senate voted later.");

        assertThat(context.homeCountry().key()).isEqualTo("USA");
        assertThat(resolved(context, 1, MentionType.ORGANISATION)).containsExactly("United States Congress");
        assertThat(resolved(context, 2, MentionType.ORGANISATION)).containsExactly("United States Senate");
        // with no state named, "Congress" stays what the text says
        assertThat(resolved(read("Congress approved the plan."), 0, MentionType.ORGANISATION)).containsExactly("Congress");
    }

    @Test
    void titlePersonIsTheAuthor() {
        ArticleContext context = read("Statement by President Jane Roe", "The White House", "Today we mark a milestone.");

        assertThat(keyOf(context.resolver().titlePerson())).isEqualTo("Jane Roe");
        assertThat(keys(context.resolver().authors())).containsExactly("Jane Roe");
        assertThat(context.sourceCountry().key()).isEqualTo("USA");
        assertThat(read("Today we mark a milestone.").resolver().authors()).isEmpty();
    }

    @Test
    void weApposedListsTheAuthors() {
        ArticleContext context = read("Statement by President Jane Roe", null,
                "We — President Emmanuel Macron of France and Chancellor Olaf Scholz of Germany — meet today.");

        assertThat(keys(context.resolver().authors())).containsExactly("Emmanuel Macron", "Olaf Scholz");
    }

    @Test
    void signersOfASignedDocumentAreTheAuthors() {
        ArticleContext context = read("We agree to share research on fisheries.\nSigned at Lisbon on June 3, 2024.\n"
                + "Ana Costa\nPrime Minister of Portugal\nLuis Vidal\nPresident of Chile");

        assertThat(keys(context.resolver().authors())).containsExactly("Ana Costa", "Luis Vidal");
    }

    @Test
    void demonymAndSeatStandForTheirCountry() {
        ArticleContext context = read("A Russian delegation flew to Beijing.");

        List<Mention> mentions = context.mentions(0).mentions();
        assertThat(mentions).extracting(Mention::type).containsExactly(MentionType.DEMONYM, MentionType.SEAT);
        assertThat(mentions).extracting(m -> keyOf(context.resolver().entity(m))).containsExactly("RUS", "CHN");
    }

    @Test
    void aJointStatementIsWrittenByEveryoneItsTitleNames() {
        ArticleContext context = read("Joint Statement by President Maria Silva of Chile and Prime Minister Jonas Lind of Norway",
                "The White House", "We condemn the attack on the embassy.");
        assertThat(keys(context.resolver().authors())).containsExactly("Maria Silva", "Jonas Lind");
    }

    @Test
    void theParticipantsAreThoseTheSentenceSayingWhoTookPartNames() {
        ArticleContext context = read("Readout of a Call with Transatlantic Leaders", "The White House",
                "President Anna Berg held a video call with transatlantic leaders today. The leaders condemned the strikes. "
                        + "Participants in the call included Prime Minister Jonas Lind of Norway and Chancellor Karl Weber of Austria.");
        assertThat(keys(context.resolver().participants())).containsExactly("Anna Berg", "Jonas Lind", "Karl Weber");
    }
}
