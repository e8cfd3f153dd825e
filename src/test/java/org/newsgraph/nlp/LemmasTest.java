package org.newsgraph.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.newsgraph.model.Article;
import org.newsgraph.model.CharSpan;

/** Base forms to try for a word; tokens built by hand, as the lemmatizer may leave them. */
class LemmasTest {
    private static Token token(String text, String lemma) {
        return new Token(text, new CharSpan(0, text.length()), "VERB", lemma);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "condemned, condemn",
        "slammed, slam",
        "denied, deny",
        "urges, urge",
        "warns, warn",
        "praising, praise",
        "blasting, blast",
    })
    void unchangedInflectionGivesRegularBaseForms(String word, String base) {
        // the statistical lemmatizer left the word as it was
        assertThat(Lemmas.candidates(token(word, word))).first().isEqualTo(word);
        assertThat(Lemmas.candidates(token(word, word))).contains(base);
    }

    @Test
    void lemmatizerLemmaAloneWhenItChangedTheWord() {
        assertThat(Lemmas.candidates(token("went", "go"))).containsExactly("go");
    }

    @Test
    void shortWordsAreNotStripped() {
        assertThat(Lemmas.candidates(token("bed", "bed"))).containsExactly("bed");
    }

    @Test
    void candidatesOfARealToken() {
        Annotator annotator = new Annotator(Models.get());
        Sentence sentence = annotator.annotate(new Article("t", "", null, null, null, "Lavrov condemned the strikes.")).sentences().get(0);
        Token condemned = sentence.tokens().stream().filter(t -> t.text().equals("condemned")).findFirst().orElseThrow();

        assertThat(Lemmas.candidates(condemned)).contains("condemn");
    }

    @Test
    void wrongLemmaStillYieldsTheRegularBase() {
        Annotator annotator = new Annotator(Models.get());
        Sentence sentence = annotator.annotate(new Article("t", "", null, null, null,
                "North Korea was condemned by the United Nations for the launch.")).sentences().get(0);
        Token condemned = sentence.tokens().stream().filter(t -> t.text().equals("condemned")).findFirst().orElseThrow();

        assertThat(Lemmas.candidates(condemned)).contains("condemn");
    }
}
