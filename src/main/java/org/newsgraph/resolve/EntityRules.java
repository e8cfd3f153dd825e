package org.newsgraph.resolve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's merges and splits (build --entities FILE), which override resolution's own decisions. One rule a line,
 * fields separated by tabs, # comments:
 * <pre>
 * merge   NAME   NAME [NAME...]   the entities these names stand for are one ("organisation:" or "treaty:" before a
 *                                 name for those kinds; persons by default)
 * split   NAME   [ARTICLE-ID]     the entities of this name (in that article only) are a node of their own
 * </pre>
 * A name matches an article's fullest name for the entity or the node's preferred name, compared without case,
 * accents or punctuation.
 */
public record EntityRules(List<String> lines, List<Rule> rules) {
    public static final EntityRules NONE = new EntityRules(List.of(), List.of());

    public EntityRules {
        lines = List.copyOf(lines);
        rules = List.copyOf(rules);
    }

    /** One rule: merge (names) or split (one name, and an article id or null). */
    public record Rule(boolean merge, String kind, List<String> names, String articleId, String line) {
    }

    /** A file that cannot be used: every problem as FILE:LINE: reason. */
    public static final class RulesException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        RulesException(List<String> problems) {
            super(String.join("\n", problems));
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    public static EntityRules read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RulesException(List.of(file + ": cannot read the entities file: " + e.getMessage()));
        }
        return parse(file.toString(), lines);
    }

    /** The rules of these lines (as read from a file, or as stored); {@code source} names them in problems. */
    public static EntityRules parse(String source, List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        List<String> kept = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t");
            String where = source + ":" + (n + 1) + ": ";
            String verb = fields[0].strip();
            if (verb.equals("merge")) {
                if (fields.length < 3) {
                    problems.add(where + "a merge names two entities or more, tab-separated: merge<TAB>NAME<TAB>NAME");
                    continue;
                }
                String kind = kindOf(fields[1]);
                List<String> names = new ArrayList<>();
                for (int f = 1; f < fields.length; f++) {
                    if (!kindOf(fields[f]).equals(kind)) {
                        problems.add(where + "a merge joins entities of one kind: '" + fields[1] + "' and '" + fields[f] + "'");
                    }
                    names.add(nameOf(fields[f]));
                }
                rules.add(new Rule(true, kind, names, null, line));
            } else if (verb.equals("split")) {
                if (fields.length < 2 || fields.length > 3 || fields[1].isBlank()) {
                    problems.add(where + "a split names one entity and at most one article: split<TAB>NAME[<TAB>ARTICLE-ID]");
                    continue;
                }
                rules.add(new Rule(false, kindOf(fields[1]), List.of(nameOf(fields[1])), fields.length == 3 ? fields[2].strip() : null, line));
            } else {
                problems.add(where + "a rule starts with merge or split, not '" + verb + "'");
                continue;
            }
            kept.add(line);
        }
        if (!problems.isEmpty()) {
            throw new RulesException(problems);
        }
        return new EntityRules(kept, rules);
    }

    private static String kindOf(String field) {
        String f = field.strip();
        for (String kind : List.of("person", "organisation", "treaty")) {
            if (f.startsWith(kind + ":")) {
                return kind;
            }
        }
        return "person";
    }

    private static String nameOf(String field) {
        String f = field.strip();
        String kind = kindOf(f);
        return f.startsWith(kind + ":") ? f.substring(kind.length() + 1).strip() : f;
    }
}
