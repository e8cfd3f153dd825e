package org.newsgraph.eval;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

class ConfidenceTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void keepsFactsAtOrAboveTheThresholdAndLeavesTheOriginalAlone() throws Exception {
        ObjectNode article = (ObjectNode) JSON.readTree("""
                {"id": "a", "roles": [{"person": "A", "confidence": 0.5}, {"person": "B", "confidence": 0.49}],
                 "treaties": [{"name": "T", "confidence": 0.2}], "statements": [{"speaker": "S", "confidence": 0.9}]}""");
        ObjectNode kept = Confidence.atLeast(article, 0.5);
        assertThat(kept.get("roles")).extracting(role -> role.get("person").asText()).containsExactly("A");
        assertThat(kept.get("treaties")).isEmpty();
        assertThat(kept.get("statements")).hasSize(1);
        assertThat(article.get("roles")).hasSize(2);
    }

    @Test
    void aFactWithoutConfidenceCountsAsCertain() throws Exception {
        ObjectNode article = (ObjectNode) JSON.readTree("{\"id\": \"a\", \"roles\": [{\"person\": \"A\"}]}");
        assertThat(Confidence.atLeast(article, 0.9).get("roles")).hasSize(1);
    }
}
