package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import opennlp.tools.util.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.CharSpan;

/** Sentences and tokens from the real OpenNLP models, with the repairs Annotator makes to them. */
class AnnotatorTest {
    private static Annotator annotator;

    @BeforeAll
    static void load() {
        annotator = new Annotator(Models.get());
    }

    private static List<Sentence> sentences(String text) {
        return annotator.annotate(new Article("test", "", null, null, null, text)).sentences();
    }

    private static List<String> words(String text) {
        return sentences(text).stream().flatMap(s -> s.tokens().stream()).map(Token::text).toList();
    }

    @Test
    void possessiveIsATokenOfItsOwn() {
        assertThat(words("Russia's envoy met Kenya’s minister.")).containsSubsequence("Russia", "'s", "envoy")
                .containsSubsequence("Kenya", "’s", "minister");
        assertThat(annotator.words("Russia's Foreign Ministry")).containsExactly("Russia", "'s", "Foreign", "Ministry");
    }

    @Test
    void hyphenatedNamesKeptWhole() {
        assertThat(words("Russia's envoy met Jean-Yves Le Drian and Ahmed al-Assadi in Paris."))
                .contains("Jean-Yves", "al-Assadi").doesNotContain("Jean", "-Yves", "-", "Assadi");
    }

    @Test
    void aNameTheModelCutsWhereItSeesAnEnglishEndingIsOneWord() {
        assertThat(words("Foreign Minister Retno Marsudi urged restraint. Cannot be done, he said."))
                .contains("Retno").doesNotContain("Ret", "no");
    }

    @Test
    void theFullStopLeavesTheLastWordUnlessItIsAnAbbreviation() {
        assertThat(words("London stood with Kyiv.")).endsWith("Kyiv", ".");
        assertThat(words("He thanked President Donald J. Trump.”")).endsWith("Trump", ".", "”");
        assertThat(words("The letter was signed by Joseph R. Biden Jr.")).endsWith("Jr.");
    }

    @Test
    void dashInsideAWordSplitsIt() {
        assertThat(words("They met in Baghdad—two days ago.")).containsSubsequence("Baghdad", "—", "two");
    }

    @Test
    void initialsStayInTheSentenceButTheInitialsOfAPlaceMayEndIt() {
        assertThat(sentences("Governor J.B. Pritzker signed it. Then he left."))
                .extracting(Sentence::text).containsExactly("Governor J.B. Pritzker signed it.", "Then he left.");
        // the sentence detector's own split after "U.S." is kept
        String text = "The sanctions hit the U.S. Then they were lifted.";
        Span[] split = {new Span(0, 26), new Span(27, text.length())};
        assertThat(Annotator.joinInitials(split, text)).containsExactly(split);
    }

    @Test
    void middleInitialStaysInOneSentenceAndOneToken() {
        List<Sentence> sentences = sentences("President Joseph R. Biden signed it. Then he left.");

        assertThat(sentences).extracting(Sentence::text).containsExactly("President Joseph R. Biden signed it.", "Then he left.");
        assertThat(sentences.get(0).tokens()).extracting(Token::text).containsSubsequence("Joseph", "R.", "Biden");
    }

    @Test
    void hardWrappedSentenceContinuesAcrossNewline() {
        List<Sentence> sentences = sentences("The accord was signed on December 22,\n2020. It took effect later.");

        assertThat(sentences).hasSize(2);
        assertThat(sentences.get(0).text()).isEqualTo("The accord was signed on December 22,\n2020.");
    }

    @Test
    void newlineEndsAParagraphEvenWithoutFullStop() {
        assertThat(sentences("Leaders met in Rome\nThe talks went well.")).extracting(Sentence::text)
                .containsExactly("Leaders met in Rome", "The talks went well.");
        // a blank line always ends a block, whatever the line ends with
        assertThat(Annotator.paragraphs("signed on December 22,\n\n2020 was the year")).hasSize(2);
    }

    @Test
    void offsetsPointIntoTheArticleText() {
        String text = "Leaders met in Rome.\n\n  Russia's envoy met Jean-Yves Le Drian on Monday.";
        List<Sentence> sentences = sentences(text);

        assertThat(sentences).hasSize(2);
        for (Sentence sentence : sentences) {
            assertThat(sentence.span().of(text)).isEqualTo(sentence.text());
            for (Token token : sentence.tokens()) {
                assertThat(token.span().of(text)).isEqualTo(token.text());
            }
        }
        assertThat(sentences.get(1).index()).isEqualTo(1);
        assertThat(sentences.get(1).span()).isEqualTo(new CharSpan(text.indexOf("Russia"), text.length()));
    }

    @Test
    void tagsAndLemmas() {
        Sentence sentence = sentences("The ministers signed the treaties.").get(0);

        assertThat(sentence.tokens()).extracting(Token::text, Token::tag, Token::lemma).contains(
                tuple("signed", "VERB", "sign"),
                tuple("ministers", "NOUN", "minister"));
    }

    @Test
    void aLongRunWithoutSpacesIsCutBeforeTheTokenizerAndOffsetsStay() {
        String blob = "QUJD".repeat(5_000); // 20,000 characters of base64
        String text = "Putin met Xi in Moscow. " + blob + " France criticised Germany.";
        long started = System.nanoTime();
        List<Sentence> sentences = sentences(text);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Token> tokens = sentences.stream().flatMap(s -> s.tokens().stream()).toList();
        assertThat(tokens).allSatisfy(token -> assertThat(token.text().length()).isLessThanOrEqualTo(Annotator.MAX_TOKEN));
        assertThat(tokens).filteredOn(token -> token.text().equals("Germany")).singleElement()
                .satisfies(token -> assertThat(text.substring(token.span().start(), token.span().end())).isEqualTo("Germany"));
        assertThat(seconds).as("seconds (uncut, 20,000 characters took 2.8 s)").isLessThan(2.0);
    }

    @Test
    void capRunsKeepsTheLengthAndCutsOnlyLongRuns() {
        String longRun = "x".repeat(Annotator.MAX_TOKEN + 50);
        String text = "short words " + longRun + " end";
        String capped = Annotator.capRuns(text);
        assertThat(capped).hasSameSizeAs(text).startsWith("short words " + "x".repeat(Annotator.MAX_TOKEN) + " ").endsWith(" end");
        assertThat(capped.substring(12 + Annotator.MAX_TOKEN, 12 + longRun.length())).isBlank();
        assertThat(Annotator.capRuns("nothing long here")).isSameAs("nothing long here");
    }
}
