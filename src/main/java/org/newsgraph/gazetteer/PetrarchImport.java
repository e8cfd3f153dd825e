package org.newsgraph.gazetteer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an event coder's actor and agent dictionaries (PETRARCH and TABARI: {@code PHRASE [CODE]}, {@code +SYNONYM}
 * lines, date-restricted code lines {@code [CODE 19950601-19990815]}, {@code [CODE <950601]}, {@code [CODE >990816]};
 * agents {@code PHRASE [~GOV]}) into the files of a dictionary folder. What it cannot carry over is said in
 * {@link #notes()}: a code that is the ISO code of another state gets a code of its own ("X" before it).
 */
public final class PetrarchImport {
    private static final Pattern CODE_BLOCK = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern DATED = Pattern.compile("([A-Z0-9/~]+)?\\s*(?:([<>])\\s*(\\d{6,8})|(\\d{6,8})\\s*-\\s*(\\d{6,8}))?");

    /** One actor entry: its phrases (the first names it) and its codes, each with the dates it holds. */
    private record Actor(List<String> phrases, List<Coded> codes, int line) {
    }

    private record Coded(String code, LocalDate from, LocalDate to) {
        boolean dated() {
            return from != null || to != null;
        }
    }

    /** The CAMEO codebook's labels of the agent codes an importer meets most. */
    private static final Map<String, String> CAMEO_AGENTS = Map.ofEntries(Map.entry("GOV", "government"), Map.entry("MIL", "military"),
            Map.entry("COP", "police"), Map.entry("OPP", "opposition"), Map.entry("LEG", "legislature"), Map.entry("JUD", "judiciary"),
            Map.entry("REB", "rebels"), Map.entry("MED", "media"), Map.entry("BUS", "business"), Map.entry("EDU", "education"),
            Map.entry("SPY", "intelligence"), Map.entry("LAB", "labour"), Map.entry("HRI", "human rights groups"), Map.entry("CVL", "civilians"),
            Map.entry("REF", "refugees"), Map.entry("ELI", "elites"), Map.entry("REL", "religious leaders"), Map.entry("NGO", "NGOs"));

    private final Map<String, String> agents = new LinkedHashMap<>();
    private final Map<String, Set<String>> agentPhrases = new LinkedHashMap<>();
    private final List<Actor> actors = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    /** Reads an agents file: {@code PHRASE {PLURAL} [~CODE]} lines; substitution sets ({@code !PERSON! = ...}) are skipped. */
    public void readAgents(String text, String origin) {
        int number = 0;
        for (String raw : stripComments(text).split("\n", -1)) {
            number++;
            String line = raw.strip();
            Matcher code = CODE_BLOCK.matcher(line);
            if (line.isEmpty() || line.startsWith("!") || !code.find()) {
                continue;
            }
            String value = code.group(1).strip();
            if (!value.startsWith("~")) {
                notes.add(origin + ":" + number + ": agent '" + value + "' is not a suffix code (~XXX); not imported");
                continue;
            }
            String agent = value.substring(1).strip();
            String phrase = phrase(line.substring(0, line.indexOf('[')).replaceAll("\\{[^}]*\\}", ""));
            if (agent.isEmpty() || phrase.isEmpty() || phrase.contains("!")) {
                continue;
            }
            agents.putIfAbsent(agent, CAMEO_AGENTS.getOrDefault(agent, phrase.toLowerCase(Locale.ROOT)));
            Set<String> phrases = agentPhrases.computeIfAbsent(agent, k -> new LinkedHashSet<>());
            phrases.add(phrase.toLowerCase(Locale.ROOT));
            Matcher plural = Pattern.compile("\\{([^}]*)\\}").matcher(line);
            if (plural.find() && !plural.group(1).isBlank()) {
                phrases.add(phrase(plural.group(1)).toLowerCase(Locale.ROOT));
            } else if (plural.find(0)) {
                phrases.add(phrase.toLowerCase(Locale.ROOT) + (phrase.endsWith("s") ? "es" : "s"));
            }
        }
    }

    /** Reads an actors file. */
    public void readActors(String text, String origin) {
        Actor current = null;
        int number = 0;
        for (String raw : stripComments(text).split("\n", -1)) {
            number++;
            String line = raw.strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("+")) {
                if (current != null) {
                    current.phrases().add(phrase(line.substring(1)));
                }
                continue;
            }
            if (!line.startsWith("[")) {
                current = new Actor(new ArrayList<>(), new ArrayList<>(), number);
                actors.add(current);
                int open = line.indexOf('[');
                current.phrases().add(phrase(open < 0 ? line : line.substring(0, open)));
                line = open < 0 ? "" : line.substring(open);
            }
            Matcher block = CODE_BLOCK.matcher(line);
            while (block.find() && current != null) {
                Matcher dated = DATED.matcher(block.group(1).strip().toUpperCase(Locale.ROOT).replaceFirst("^(-{3}|\\+{3}|#{3})", "NULL"));
                if (!dated.matches() || dated.group(1) == null) {
                    notes.add(origin + ":" + number + ": code block [" + block.group(1) + "] not understood; skipped");
                    continue;
                }
                LocalDate from = null;
                LocalDate to = null;
                if ("<".equals(dated.group(2))) {
                    to = date(dated.group(3)).minusDays(1);
                } else if (">".equals(dated.group(2))) {
                    from = date(dated.group(3)).plusDays(1);
                } else if (dated.group(4) != null) {
                    from = date(dated.group(4));
                    to = date(dated.group(5));
                }
                current.codes().add(new Coded(dated.group(1), from, to));
            }
        }
    }

    /** "950601" (two-digit years: 1931-2030) or "19950601". */
    static LocalDate date(String digits) {
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            digits = (yy > 30 ? "19" : "20") + digits;
        }
        return LocalDate.of(Integer.parseInt(digits.substring(0, 4)), Integer.parseInt(digits.substring(4, 6)),
                Integer.parseInt(digits.substring(6, 8)));
    }

    /** "GAZA_CITY", "NEW_ZEALAND", "ARNOR_", "CARAS GALADHON": the words, title case ("Gaza City"). */
    static String phrase(String raw) {
        StringBuilder out = new StringBuilder();
        for (String word : raw.replace('_', ' ').strip().split("\\s+")) {
            if (word.isEmpty()) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            boolean acronym = word.contains(".") || raw.strip().length() <= 3;
            out.append(out.isEmpty() ? "" : " ").append(acronym ? word
                    : lower.equals("of") || lower.equals("the") && !out.isEmpty() ? lower
                    : Character.toUpperCase(lower.charAt(0)) + lower.substring(1));
        }
        return out.toString();
    }

    private static String stripComments(String text) {
        String noBlocks = Pattern.compile("<!--.*?-->|<!\\s*--.*?-->", Pattern.DOTALL).matcher(text)
                .replaceAll(m -> "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count()));
        return noBlocks.replaceAll("(?m)#.*$", "");
    }

    /**
     * The dictionary folder's files by name. {@code knownStates} are the codes the bundled gazetteer has and, for
     * each, its names: a code given to a state under another name gets an "X" before it.
     */
    public Map<String, String> files(Map<String, Set<String>> knownStates, java.util.function.BiPredicate<String, String> namesState) {
        Map<String, String> codeNames = new LinkedHashMap<>();
        Map<String, List<String>> codePhrases = new LinkedHashMap<>();
        StringBuilder persons = new StringBuilder();
        StringBuilder organisations = new StringBuilder();
        Map<String, String> renamed = new LinkedHashMap<>();
        Set<String> personStates = new LinkedHashSet<>();
        for (Actor actor : actors) {
            List<Coded> codes = actor.codes().stream().filter(c -> !c.code().equals("NULL")).toList();
            if (codes.isEmpty()) {
                if (!actor.codes().isEmpty()) {
                    notes.add("line " + actor.line() + ": '" + actor.phrases().get(0) + "' has a null code; not imported");
                }
                continue;
            }
            boolean person = codes.stream().anyMatch(Coded::dated);
            if (person) {
                String aliases = String.join("|", actor.phrases().subList(1, actor.phrases().size()));
                for (Coded coded : codes) {
                    if (!coded.dated() && codes.size() > 1) {
                        continue; // the default code where dated ones say more
                    }
                    String code = coded.code();
                    String post = post(code);
                    String[] split = stateAgent(code, Set.of());
                    if (split == null && code.length() > 3 && !knownStates.containsKey(code)) {
                        notes.add("line " + actor.line() + ": " + code + " is no state and agent newsgraph can split; '"
                                + actor.phrases().get(0) + "' is imported as a member of " + code.substring(0, 3));
                        code = code.substring(0, 3);
                    }
                    String state = split == null ? code : split[0];
                    if (!knownStates.containsKey(state) && !personStates.contains(state)) {
                        personStates.add(state);
                    }
                    persons.append(actor.phrases().get(0)).append('\t').append(code).append('\t').append(post).append('\t')
                            .append(coded.from() == null ? "" : coded.from()).append('\t').append(coded.to() == null ? "" : coded.to())
                            .append('\t').append(aliases).append('\n');
                }
                continue;
            }
            for (Coded coded : codes) {
                String code = coded.code().replace('/', '|');
                for (String phrase : actor.phrases()) {
                    codePhrases.computeIfAbsent(code, k -> new ArrayList<>()).add(phrase);
                }
                codeNames.putIfAbsent(code, actor.phrases().get(0));
            }
        }
        // states: codes of their own, or the bundled state's code where the dictionary names that state
        StringBuilder countries = new StringBuilder();
        Set<String> declared = new LinkedHashSet<>();
        for (Map.Entry<String, List<String>> entry : codePhrases.entrySet()) {
            String code = entry.getKey();
            if (code.contains("|") || stateAgent(code, codePhrases.keySet()) != null || isOrganisation(code)) {
                continue;
            }
            Set<String> known = knownStates.get(code);
            if (known != null && entry.getValue().stream().anyMatch(p -> namesState.test(code, p) || known.stream()
                    .anyMatch(name -> p.length() >= 5 && name.startsWith(p.toLowerCase(Locale.ROOT))))) {
                continue; // the bundled state: its phrases are aliases of it
            }
            if (known != null) {
                renamed.put(code, "X" + code);
                notes.add(code + " is the ISO code of " + known.iterator().next() + ", but the dictionary names '" + entry.getValue().get(0)
                        + "' with it: imported as X" + code);
            }
            String own = renamed.getOrDefault(code, code);
            declared.add(own);
            countries.append(own).append("\tmember\n").append(own).append("\tname\t").append(codeNames.get(code)).append('\n');
        }
        for (Map.Entry<String, List<String>> entry : codePhrases.entrySet()) {
            String code = entry.getKey();
            if (isOrganisation(code) || !code.contains("|") && stateAgent(code, codePhrases.keySet()) == null
                    && !declared.contains(renamed.getOrDefault(code, code)) && !knownStates.containsKey(code)) {
                String country = code.length() > 3 && knownOrDeclared(code.substring(0, 3), knownStates, declared, renamed)
                        ? renamed.getOrDefault(code.substring(0, 3), code.substring(0, 3)) : "-";
                String type = code.startsWith("IGO") ? "international" : "other";
                List<String> phrases = entry.getValue().stream().filter(p -> !namesState.test(null, p)).toList();
                if (phrases.isEmpty()) {
                    continue; // an organisation newsgraph knows by these names
                }
                organisations.append(phrases.get(0)).append('\t').append(type).append('\t').append(country).append('\t')
                        .append(String.join("|", phrases.subList(1, phrases.size()))).append('\n');
                continue;
            }
            String target = code.contains("|") ? code : renamed.getOrDefault(code, code);
            if (code.contains("|")) {
                List<String> parts = new ArrayList<>();
                for (String part : code.split("\\|")) {
                    String own = renamed.getOrDefault(part, part);
                    if (!declared.contains(own) && !knownStates.containsKey(part) && stateAgent(part, codePhrases.keySet()) == null) {
                        declared.add(own);
                        countries.append(own).append("\tmember\n");
                        notes.add(own + " is used only as one of several codes: declared without a name");
                    }
                    parts.add(own);
                }
                target = String.join("|", parts);
            } else {
                String[] split = stateAgent(code, codePhrases.keySet());
                if (split != null) {
                    target = renamed.getOrDefault(split[0], split[0]) + split[1];
                }
            }
            boolean named = declared.contains(target);
            if (!code.contains("|")) {
                String[] split = stateAgent(code, codePhrases.keySet());
                String state = split == null ? code : split[0];
                String own = renamed.getOrDefault(state, state);
                if (!declared.contains(own) && !knownStates.containsKey(state)) {
                    declared.add(own);
                    countries.append(own).append("\tmember\n");
                    notes.add(own + " is named only with an agent (" + code + "): declared without a name");
                }
            }
            for (String phrase : entry.getValue()) {
                if (named && phrase.equals(codeNames.get(code)) || namesState.test(target, phrase)) {
                    continue; // its name row, or a name newsgraph already gives it
                }
                countries.append(target).append('\t').append(demonym(phrase, codeNames.get(code)) ? "demonym" : "alias").append('\t')
                        .append(phrase).append('\n');
            }
        }
        for (String state : personStates) {
            if (!declared.contains(state) && !codePhrases.containsKey(state)) {
                countries.append(state).append("\tmember\n");
                notes.add(state + " is named only in dated codes of persons: declared without a name");
            }
        }
        StringBuilder agentFile = new StringBuilder();
        agents.forEach((code, label) -> agentFile.append(code).append('\t').append(label).append('\t')
                .append(String.join("|", agentPhrases.get(code))).append('\n'));
        Map<String, String> files = new LinkedHashMap<>();
        String header = "# imported from an event coder's dictionary by newsgraph gazetteer import\n";
        files.put("settings.tsv", header + "case\tinsensitive\n");
        files.put("agents.tsv", header + agentFile);
        files.put("countries.tsv", header + countries);
        files.put("organisations.tsv", header + organisations);
        files.put("persons.tsv", header + persons);
        return files;
    }

    private boolean knownOrDeclared(String code, Map<String, Set<String>> known, Set<String> declared, Map<String, String> renamed) {
        return known.containsKey(code) || declared.contains(renamed.getOrDefault(code, code));
    }

    /** "ISRMIL": ISR and the agent MIL, when the agents file has MIL and ISR is a state code; else null. */
    private String[] stateAgent(String code, Set<String> codes) {
        for (String agent : agents.keySet()) {
            if (code.length() == agent.length() + 3 && code.endsWith(agent)) {
                return new String[] {code.substring(0, code.length() - agent.length()), agent};
            }
        }
        return null;
    }

    /** International and non-state codes of the CAMEO scheme: IGO..., NGO..., IMG..., and those of six letters or more without a known agent. */
    private boolean isOrganisation(String code) {
        return !code.contains("|") && (code.startsWith("IGO") || code.startsWith("NGO") || code.startsWith("NGM") || code.startsWith("IMG")
                || code.length() > 5 && stateAgent(code, Set.of()) == null);
    }

    private String post(String code) {
        String[] split = stateAgent(code, Set.of());
        return split == null ? "member" : agents.get(split[1]);
    }

    /** "Eriadorian" of "Eriador", "Norwegian" of "Norway": one word that shares its first four letters and ends like an adjective. */
    private static boolean demonym(String phrase, String name) {
        return name != null && !phrase.equals(name) && !phrase.contains(" ") && phrase.length() > 4 && name.length() >= 4
                && phrase.regionMatches(true, 0, name, 0, 4) && phrase.matches(".*(an|ese|ish|i|ic)");
    }

    /** What could not be carried over, one line each. */
    public List<String> notes() {
        return List.copyOf(notes);
    }
}
