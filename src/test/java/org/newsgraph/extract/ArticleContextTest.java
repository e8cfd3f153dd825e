package org.newsgraph.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;

/** What every extractor sees of an article: its home and source country, and the facts found so far. */
class ArticleContextTest {
    @BeforeAll
    static void load() {
        SharedPipeline.get();
    }

    private static ArticleContext read(String title, String source, String text) {
        return SharedPipeline.context(SharedPipeline.article(title, null, source, text));
    }

    @Test
    void homeCountryIsTheOneNamedMost() {
        assertThat(read("", null, "Kenya met Ghana. Ghana's president spoke. Accra hosted the talks.").homeCountry().key())
                .isEqualTo("GHA");
        // on a tie the first named wins
        assertThat(read("", null, "Kenya met Ghana.").homeCountry().key()).isEqualTo("KEN");
        assertThat(read("", null, "The talks went well.").homeCountry()).isNull();
    }

    @Test
    void titleCountsTwiceForTheHomeCountry() {
        assertThat(read("Ghana hosts summit", null, "Kenya sent a delegation. Kenya's minister spoke.").homeCountry().key())
                .isEqualTo("GHA");
    }

    @Test
    void sourceNamedAfterASeatIsAGovernment() {
        assertThat(read("", "The White House", "The talks went well.").sourceCountry().key()).isEqualTo("USA");
        assertThat(read("", "Kremlin", "The talks went well.").sourceCountry().key()).isEqualTo("RUS");
        assertThat(read("", "Daily Courier", "The talks went well.").sourceCountry()).isNull();
        assertThat(read("", null, "The talks went well.").sourceCountry()).isNull();
    }

    @Test
    void sameFactIsKeptOnceWithTheHigherConfidence() {
        ArticleContext context = read("", null, "The talks went well.");
        RoleFact guessed = role(0.5);
        RoleFact stated = role(0.9);

        context.addFacts(List.<Fact>of(guessed));
        context.addFacts(List.<Fact>of(stated, role(0.7)));

        assertThat(context.facts()).containsExactly(stated);
    }

    private static RoleFact role(double confidence) {
        Provenance provenance = new Provenance("s", new CharSpan(0, 1), new CharSpan(0, 1), "test", confidence);
        return new RoleFact(Entity.person("Jane Roe"), "president", Entity.country("GHA", "Ghana"), null, true, provenance);
    }
}
