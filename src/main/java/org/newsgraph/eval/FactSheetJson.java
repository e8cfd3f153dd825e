package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Turns one JSON object of the gold shape into a {@link FactSheet}. A fact that breaks the shape is reported
 * (where, which fact, why) and left out; the rest of the article is kept. Gold facts must give the values the
 * README requires; system facts may leave any value out.
 */
final class FactSheetJson {
    private final boolean gold;
    private final Consumer<String> problems;

    private FactSheetJson(boolean gold, Consumer<String> problems) {
        this.gold = gold;
        this.problems = problems;
    }

    /** A fact that breaks the shape: the message names the fact and the reason. */
    private static final class BadFact extends Exception {
        BadFact(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * The fact sheet of a JSON object, or null (after reporting why) when it has no string id or a fact list is
     * not a list.
     *
     * @param problems receives one message per problem, without the location
     */
    static FactSheet parse(JsonNode node, boolean gold, Consumer<String> problems) {
        return new FactSheetJson(gold, problems).sheet(node);
    }

    private FactSheet sheet(JsonNode node) {
        if (!node.isObject() || !node.path("id").isTextual()) {
            problems.accept("a JSON object with a string \"id\" is expected");
            return null;
        }
        for (String key : List.of("roles", "treaties", "statements")) {
            if (node.has(key) && !node.get(key).isArray()) {
                problems.accept("\"" + key + "\" must be a list");
                return null;
            }
        }
        String id = node.get("id").asText();
        return new FactSheet(id, facts(id, node, "roles", this::role), facts(id, node, "treaties", this::treaty),
                facts(id, node, "statements", this::statement), aliases(node.get("aliases")));
    }

    private interface FactReader<T> {
        T read(JsonNode fact) throws BadFact;
    }

    private <T> List<T> facts(String id, JsonNode sheet, String key, FactReader<T> reader) {
        List<T> facts = new ArrayList<>();
        JsonNode list = sheet.path(key);
        for (int i = 0; i < list.size(); i++) {
            JsonNode fact = list.get(i);
            try {
                if (!fact.isObject()) {
                    throw new BadFact("a JSON object is expected");
                }
                facts.add(reader.read(fact));
            } catch (BadFact e) {
                problems.accept("article '" + id + "' " + key + "[" + i + "]: " + e.getMessage() + "; fact left out");
            }
        }
        return facts;
    }

    private FactSheet.Role role(JsonNode fact) throws BadFact {
        String person = text(fact, "person", gold);
        List<String> role;
        JsonNode label = fact.get("role");
        if (label == null && gold) {
            throw new BadFact("\"role\" is missing");
        } else if (label != null && label.isArray()) {
            role = strings(fact, "role");
        } else {
            role = Arrays.asList(text(fact, "role", false)); // one phrasing; may be null
        }
        String country = text(fact, "country", gold);
        return new FactSheet.Role(person, role, country, truthy(fact.get("current"), true),
                truthy(fact.get("optional"), false), text(fact, "evidence", false));
    }

    private FactSheet.Treaty treaty(JsonNode fact) throws BadFact {
        return new FactSheet.Treaty(text(fact, "name", false), strings(fact, "aliases"), strings(fact, "signatories"),
                strings(fact, "parties"), text(fact, "date", false), text(fact, "place", false),
                truthy(fact.get("optional"), false), text(fact, "evidence", false));
    }

    private FactSheet.Statement statement(JsonNode fact) throws BadFact {
        return new FactSheet.Statement(text(fact, "speaker", gold), text(fact, "target", gold), text(fact, "kind", gold),
                truthy(fact.get("optional"), false), text(fact, "evidence", false), text(fact, "quote", false));
    }

    private static String text(JsonNode fact, String field, boolean required) throws BadFact {
        JsonNode value = fact.get(field);
        if (value == null) {
            if (required) {
                throw new BadFact("\"" + field + "\" is missing");
            }
            return null;
        }
        if (value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new BadFact("\"" + field + "\" must be a string, not " + value);
        }
        return value.asText();
    }

    /** A list of strings (nulls kept); missing or null is the empty list. */
    private static List<String> strings(JsonNode fact, String field) throws BadFact {
        JsonNode value = fact.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new BadFact("\"" + field + "\" must be a list of strings, not " + value);
        }
        List<String> out = new ArrayList<>();
        for (JsonNode element : value) {
            if (!element.isTextual() && !element.isNull()) {
                throw new BadFact("\"" + field + "\" must be a list of strings, but holds " + element);
            }
            out.add(element.isNull() ? null : element.asText());
        }
        return out;
    }

    private Map<String, List<String>> aliases(JsonNode node) {
        Map<String, List<String>> aliases = new LinkedHashMap<>();
        if (node == null || node.isNull()) {
            return aliases;
        }
        if (!node.isObject()) {
            problems.accept("\"aliases\" must be an object of name -> list of names; ignored");
            return aliases;
        }
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            try {
                aliases.put(entry.getKey(), strings(node, entry.getKey()));
            } catch (BadFact e) {
                problems.accept("aliases: " + e.getMessage() + "; ignored");
            }
        }
        return aliases;
    }

    /** Python's truth of a JSON value: false, null, 0, "", [] and {} are false; a missing value is the default. */
    static boolean truthy(JsonNode value, boolean missing) {
        if (value == null) {
            return missing;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isNumber()) {
            return value.doubleValue() != 0;
        }
        if (value.isTextual()) {
            return !value.asText().isEmpty();
        }
        if (value.isContainerNode()) {
            return value.size() > 0;
        }
        return false; // null
    }
}
