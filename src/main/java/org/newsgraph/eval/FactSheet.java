package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The facts of one article in the shape of ../shared/gold/README.md, as a gold file or the system gives them.
 * Values may be null where a system leaves them out; lists may hold nulls, as score.py tolerates them.
 */
public record FactSheet(String id, List<Role> roles, List<Treaty> treaties, List<Statement> statements,
                        Map<String, List<String>> aliases) {
    public FactSheet {
        roles = List.copyOf(roles);
        treaties = List.copyOf(treaties);
        statements = List.copyOf(statements);
        aliases = Map.copyOf(aliases);
    }

    /**
     * The fact sheet of one JSON object of the gold shape; a fact that breaks the shape goes to {@code problems}
     * and is left out. Null when the object has no string id or a fact list is not a list.
     *
     * @param gold whether the values the README requires of gold facts must be there
     */
    public static FactSheet fromJson(JsonNode node, boolean gold, Consumer<String> problems) {
        return FactSheetJson.parse(node, gold, problems);
    }

    public static FactSheet empty(String id) {
        return new FactSheet(id, List.of(), List.of(), List.of(), Map.of());
    }

    /**
     * A post held: {@code role} is the list of accepted phrasings in gold, the system's label as a one-element
     * list otherwise. {@code current=false} marks a former post, which is not a fact.
     */
    public record Role(String person, List<String> role, String country, boolean current, boolean optional,
                       String evidence) implements Tuple {
        public Role {
            role = nullable(role);
        }

        /** The system's label: the first phrasing, as score.py takes it. */
        public String label() {
            return role.isEmpty() ? null : role.get(0);
        }

        @Override
        public String describe() {
            String roles = role.size() == 1 ? String.valueOf(role.get(0)) : String.valueOf(role);
            return person + " | " + roles + " | " + country + (current ? "" : " (former)");
        }

        /** Person and country, and the post's phrasings, which help find the sentence too. */
        @Override
        public List<String> names() {
            List<String> names = new ArrayList<>(present(person, country));
            names.addAll(present(role.toArray(String[]::new)));
            return names;
        }
    }

    /** A treaty signed, ratified or acceded to, with who signed it, for whom, when and where. */
    public record Treaty(String name, List<String> aliases, List<String> signatories, List<String> parties,
                         String date, String place, boolean optional, String evidence) implements Tuple {
        public Treaty {
            aliases = nullable(aliases);
            signatories = nullable(signatories);
            parties = nullable(parties);
        }

        /** The name and its aliases, the forms a gold treaty accepts. */
        public List<String> namesAndAliases() {
            List<String> all = new ArrayList<>();
            all.add(name);
            all.addAll(aliases);
            return Collections.unmodifiableList(all);
        }

        @Override
        public String describe() {
            return String.valueOf(name);
        }

        @Override
        public List<String> names() {
            return namesAndAliases();
        }
    }

    /** Someone criticised, threatened, supported or made demands of a target; {@code quote} the words that say it. */
    public record Statement(String speaker, String target, String kind, boolean optional, String evidence, String quote)
            implements Tuple {
        public Statement(String speaker, String target, String kind, boolean optional, String evidence) {
            this(speaker, target, kind, optional, evidence, null);
        }

        @Override
        public String describe() {
            return speaker + " -" + kind + "-> " + target;
        }

        @Override
        public List<String> names() {
            return present(speaker, target);
        }
    }

    /** The values that are there. */
    static List<String> present(String... values) {
        return Stream.of(values).filter(Objects::nonNull).toList();
    }

    /** An unmodifiable copy that, unlike List.copyOf, keeps nulls. */
    static List<String> nullable(List<String> values) {
        return values == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(values));
    }
}
