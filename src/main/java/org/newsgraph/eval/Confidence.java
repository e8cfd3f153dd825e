package org.newsgraph.eval;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Keeps the facts of a system fact sheet (JSON, as FactsReader writes it) whose confidence reaches a threshold. */
public final class Confidence {
    private static final List<String> FACT_LISTS = List.of("roles", "treaties", "statements");

    private Confidence() {
    }

    /** A copy of the article with only the facts of confidence >= min; a fact that gives none counts as certain. */
    public static ObjectNode atLeast(ObjectNode article, double min) {
        ObjectNode copy = article.deepCopy();
        for (String list : FACT_LISTS) {
            if (copy.get(list) instanceof ArrayNode facts) {
                for (int i = facts.size() - 1; i >= 0; i--) {
                    JsonNode confidence = facts.get(i).get("confidence");
                    if (confidence != null && confidence.isNumber() && !(confidence.doubleValue() >= min)) {
                        facts.remove(i);
                    }
                }
            }
        }
        return copy;
    }
}
