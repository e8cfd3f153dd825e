package org.newsgraph.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.RoleFact;
import org.newsgraph.rdf.Iris;

class FactsReaderEvidenceTest {
    @TempDir
    Path folder;

    @Test
    void eachFactCarriesItsIriAndEvidenceSentence() {
        String text = "Weather first. Polish President Anna Berg spoke.";
        String sentence = "Polish President Anna Berg spoke.";
        CharSpan span = new CharSpan(text.indexOf(sentence), text.length());
        RoleFact role = new RoleFact(Entity.person("Anna Berg"), "president", Entity.country("POL", "Poland"), null, true,
                new Provenance(sentence, span, span, "test", 0.9));
        try (GraphStore store = GraphStore.open(folder)) {
            store.replace(List.of(new ArticleFacts(new Article("a1", "t", null, null, null, text), List.of(role))));
            List<ObjectNode> articles = new FactsReader(store).readAll(0.0);

            ObjectNode read = (ObjectNode) articles.get(0).get("roles").get(0);
            assertThat(read.get("evidence").asText()).isEqualTo(sentence);
            assertThat(read.get("fact").asText()).isEqualTo(Iris.fact("a1", role.identity()));
            assertThat(read.get("person").asText()).isEqualTo("Anna Berg");
        }
    }
}
