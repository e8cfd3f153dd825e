package org.newsgraph.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityKind;
import org.newsgraph.model.StatementKind;

/**
 * The name lists newsgraph reads articles with: countries (from Java's {@link Locale}, completed by
 * countries.tsv), organisations, outlets, post titles, statement verbs, office-holders and agents. All are data
 * files under {@code src/main/resources/org/newsgraph/gazetteer}; a user's folder of files with the same names
 * (docs/dictionaries.md) adds to them, and its names win over the bundled ones. Every problem of a user's
 * folder is collected with its file, line and reason ({@link #problems()}); {@link #load} refuses a folder with
 * errors, {@link #read} does not.
 */
public final class Gazetteer {
    /** A code a user gives an actor of their own: 2 to 20 capital letters, digits or underscores, a letter first. */
    static final Pattern USER_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,19}");
    private static final List<String> COUNTRY_KINDS = List.of("member", "name", "alias", "demonym", "seat");

    private final Map<String, Entity> countries = new LinkedHashMap<>();
    private final Set<String> bundledCodes = new HashSet<>();
    private final Map<String, Entity> organisationsByName = new HashMap<>();
    private final Map<Entity, List<Entity>> bodiesByCountry = new HashMap<>();
    private final PhraseIndex names = new PhraseIndex(true);
    private final PhraseIndex roles = new PhraseIndex(false);
    private final PhraseIndex agentPhrases = new PhraseIndex(false);
    private final Map<String, String> agentLabels = new LinkedHashMap<>();
    private final Map<String, Entity> agentBodies = new HashMap<>();
    private final Map<Entity, List<Entity>> members = new HashMap<>();
    private final Map<String, StatementKind> statementVerbs = new HashMap<>();
    private final Set<String> verbOnly = new HashSet<>();
    private final Map<String, Set<Entity>> statesWithout = new HashMap<>();
    /** The user's row behind each entry a user's file made, to say which row shadows or repeats which. */
    private final Map<Entry, DataFile.Row> userRows = new IdentityHashMap<>();
    private final ProblemLog log = new ProblemLog();
    /** The user's files whose folder's settings say that its names match in any case. */
    private final Map<String, Boolean> anyCaseOrigins = new HashMap<>();
    private final Function<String, String[]> tokenizer;
    private OfficeHolders officeHolders;
    private final Set<Entity> international = new HashSet<>();

    private Gazetteer(Function<String, String[]> tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * Loads the bundled lists and, from each user folder, the files of the same names.
     *
     * @param tokenizer splits a phrase into tokens the way articles are tokenised
     * @throws GazetteerException if a folder has errors (its message has one line for each)
     */
    public static Gazetteer load(Function<String, String[]> tokenizer, List<Path> userFolders) {
        Gazetteer gazetteer = read(tokenizer, userFolders);
        if (gazetteer.log.hasErrors()) {
            throw new GazetteerException(gazetteer.log.list());
        }
        return gazetteer;
    }

    /**
     * Loads the lists for work that compares whole names, not the words of articles (resolution across articles reads
     * its office-holders): phrases are split at spaces.
     *
     * @throws GazetteerException if a folder has errors
     */
    public static Gazetteer loadForNames(List<Path> userFolders) {
        return load(text -> text.strip().split("\\s+"), userFolders);
    }

    /** Loads what it can, skipping the rows with errors; {@link #problems()} says what was wrong. */
    public static Gazetteer read(Function<String, String[]> tokenizer, List<Path> userFolders) {
        Gazetteer gazetteer = new Gazetteer(tokenizer);
        List<DictionaryFolder> folders = new ArrayList<>();
        for (Path folder : userFolders) {
            folders.add(DictionaryFolder.open(folder, gazetteer.log));
        }
        gazetteer.loadAgents(gazetteer.userRows("agents.tsv", folders));
        gazetteer.loadCountries(DataFile.bundled("countries.tsv"), gazetteer.userRows("countries.tsv", folders), folders);
        gazetteer.loadOrganisations(gazetteer.rows("organisations.tsv", folders), folders);
        gazetteer.loadOutlets(gazetteer.rows("outlets.tsv", folders), folders);
        gazetteer.loadRoles(gazetteer.rows("roles.tsv", folders));
        gazetteer.loadPlaces(gazetteer.rows("places.tsv", folders));
        gazetteer.loadVerbs(gazetteer.rows("statement-verbs.tsv", folders));
        gazetteer.officeHolders = OfficeHolders.load(gazetteer.rows("persons.tsv", folders), gazetteer::owner, gazetteer.log);
        return gazetteer;
    }

    /** What was wrong with the user's folders, errors and warnings, in the order found. */
    public List<GazetteerProblem> problems() {
        return log.list();
    }

    private List<DataFile.Row> rows(String name, List<DictionaryFolder> folders) {
        List<DataFile.Row> rows = new ArrayList<>(DataFile.bundled(name));
        rows.addAll(userRows(name, folders));
        return rows;
    }

    private List<DataFile.Row> userRows(String name, List<DictionaryFolder> folders) {
        List<DataFile.Row> rows = new ArrayList<>();
        for (DictionaryFolder folder : folders) {
            List<DataFile.Row> read = folder.rows(name, log);
            if (folder.ignoreCase()) {
                read.forEach(row -> anyCaseOrigins.put(row.origin(), true));
            }
            rows.addAll(read);
        }
        return rows;
    }

    /** Whether a row's names match in any case: its flags say "nocase", or its folder's settings do. */
    private boolean ignoreCase(DataFile.Row row, int flagsColumn) {
        return row.user() && (anyCaseOrigins.getOrDefault(row.origin(), false) || flags(row, flagsColumn).contains("nocase"));
    }

    /** The flags of a row's flags column, each checked: nocase, override. */
    private Set<String> flags(DataFile.Row row, int column) {
        Set<String> flags = new HashSet<>();
        for (String flag : row.field(column).split("[\\s,]+")) {
            if (flag.isEmpty()) {
                continue;
            }
            if (!flag.equals("nocase") && !flag.equals("override")) {
                log.error(row, "unknown flag '" + flag + "' in column " + (column + 1) + " (nocase, override)");
            }
            flags.add(flag);
        }
        return flags;
    }

    /** True (and an error logged) when a user's row has more columns than its file has: it is skipped. */
    private boolean tooWide(DataFile.Row row, int columns, String layout) {
        if (row.user() && row.width() > columns) {
            log.error(row, "too many columns (" + row.width() + "; the file's columns are " + layout + ")");
            return true;
        }
        return false;
    }

    private void loadAgents(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            if (tooWide(row, 3, "code, label, phrases")) {
                continue;
            }
            String code = row.field(0);
            String label = row.field(1);
            if (!USER_CODE.matcher(code).matches()) {
                log.error(row, "an agent code is 2 to 20 capital letters, digits or _, a letter first: '" + code + "'");
                continue;
            }
            if (label.isEmpty()) {
                log.error(row, "an agent needs a label in the second column (government, military, police, opposition ...)");
                continue;
            }
            if (agentLabels.containsKey(code)) {
                log.warning(row, "agent code " + code + " is listed twice; this row adds its phrases to the first");
            } else {
                agentLabels.put(code, label);
            }
            List<String> phrases = aliases(row.field(2));
            if (phrases.isEmpty()) {
                phrases = List.of(label);
            }
            for (String phrase : phrases) {
                Entry agent = new Entry(NameType.AGENT, null, code, null);
                Entry previous = agentPhrases.add(tokenizer.apply(phrase), agent, true);
                if (previous != null && !previous.roleLabel().equals(code)) {
                    log.warning(row, "agent phrase '" + phrase + "' already stands for agent " + previous.roleLabel() + "; ignored here");
                }
            }
        }
    }

    private void loadCountries(List<DataFile.Row> bundled, List<DataFile.Row> user, List<DictionaryFolder> folders) {
        Map<String, String> localeNames = localeCountryNames();
        Map<String, String> labels = new LinkedHashMap<>();
        for (DataFile.Row row : bundled) {
            String code = row.field(0);
            if (!code.matches("[A-Z]{3}")) {
                log.error(row, "country code must be ISO 3166-1 alpha-3 in upper case: '" + code + "'");
                continue;
            }
            switch (row.field(1)) {
                case "name" -> labels.put(code, row.field(2));
                case "member", "alias", "demonym", "seat" -> labels.putIfAbsent(code, localeNames.getOrDefault(code, code));
                default -> log.error(row, "unknown country line kind '" + row.field(1) + "' (member, name, alias, demonym, seat)");
            }
        }
        bundledCodes.addAll(labels.keySet());
        // a user's states: a member row declares each; a name row names it (or, with "override", renames a bundled one)
        Map<String, DataFile.Row> declared = new LinkedHashMap<>();
        Map<String, String> userLabels = new HashMap<>();
        List<DataFile.Row> phrases = new ArrayList<>();
        for (DataFile.Row row : user) {
            if (tooWide(row, 4, "code, kind, phrase, flags")) {
                continue;
            }
            String code = row.field(0);
            String kind = row.field(1);
            if (!COUNTRY_KINDS.contains(kind)) {
                log.error(row, "unknown kind '" + kind + "' in the second column (member, name, alias, demonym, seat)");
                continue;
            }
            if (!code.contains("|") && !USER_CODE.matcher(code).matches()) {
                log.error(row, "a code is 2 to 20 capital letters, digits or _, a letter first: '" + code + "'");
                continue;
            }
            Set<String> flags = flags(row, 3);
            if (kind.equals("member")) {
                if (bundledCodes.contains(code)) {
                    log.error(row, code + " is the ISO code of " + labels.get(code) + ", a state newsgraph knows: give a state of your own"
                            + " a code of its own, or leave out this member row to add names to " + labels.get(code));
                } else if (agentOf(code) != null) {
                    log.error(row, code + " is an agent of a state (" + agentOf(code) + "): it needs no member row");
                } else if (declared.containsKey(code)) {
                    log.warning(row, code + " is declared twice (first at " + declared.get(code).where() + ")");
                } else {
                    declared.put(code, row);
                }
                if (!row.field(2).isEmpty()) {
                    log.error(row, "a member row has no phrase; give '" + row.field(2) + "' a row of its own: "
                            + code + "<TAB>name<TAB>" + row.field(2));
                }
            } else if (row.field(2).isEmpty()) {
                log.error(row, "a " + kind + " row needs a phrase in the third column");
            } else if (kind.equals("name") && !code.contains("|")) {
                if (bundledCodes.contains(code) && !flags.contains("override")) {
                    log.error(row, "this would rename " + labels.get(code) + " (" + code + ", a state newsgraph knows) to '"
                            + row.field(2) + "': write 'override' in the fourth column if that is meant; a state of your own needs"
                            + " a code of its own and a member row; other names of " + labels.get(code) + " are alias rows");
                } else if (userLabels.containsKey(code)) {
                    log.warning(row, code + " already has the name '" + userLabels.get(code) + "'; '" + row.field(2) + "' is read as an alias");
                    phrases.add(row);
                } else {
                    userLabels.put(code, row.field(2));
                    phrases.add(row);
                }
            } else {
                phrases.add(row);
            }
        }
        for (String code : declared.keySet()) {
            if (!userLabels.containsKey(code)) {
                log.warning(declared.get(code), code + " has no name row: the graph labels it '" + code
                        + "', and only its alias rows name it in a text");
            }
        }
        labels.forEach((code, label) -> countries.put(code, Entity.country(code, userLabels.getOrDefault(code, label))));
        declared.keySet().forEach(code -> countries.put(code, Entity.country(code, userLabels.getOrDefault(code, code))));
        // canonical and Locale names first, so that an alias never shadows a name
        for (String code : labels.keySet()) {
            Entity country = countries.get(code);
            Entry entry = new Entry(NameType.COUNTRY, country, null, country);
            addName(labels.get(code), entry, null, false);
            String localeName = localeNames.get(code);
            if (localeName != null) {
                addName(localeName, entry, null, false);
            }
        }
        for (DataFile.Row row : phrases) {
            if (row.field(1).equals("name") && !row.field(0).contains("|") && countries.containsKey(row.field(0))) {
                Entity country = countries.get(row.field(0));
                addName(row.field(2), new Entry(NameType.COUNTRY, country, null, country), row, ignoreCase(row, 3));
            }
        }
        for (DataFile.Row row : bundled) {
            Entity country = countries.get(row.field(0));
            NameType type = phraseType(row.field(1));
            if (type != null && country != null) {
                addName(row.field(2), new Entry(type, country, null, country), row, false);
            }
        }
        for (DataFile.Row row : phrases) {
            NameType type = row.field(1).equals("name") && row.field(0).contains("|") ? NameType.COUNTRY : phraseType(row.field(1));
            if (type == null) {
                continue;
            }
            Entity actor = actor(row.field(0));
            if (actor == null) {
                log.error(row, "unknown code '" + row.field(0) + "': declare a state with a member row (" + row.field(0).split("\\|")[0]
                        + "<TAB>member), use a code newsgraph knows, or a state's code with an agent's (agents.tsv)");
                continue;
            }
            if (actor.kind() == EntityKind.COUNTRY) {
                addName(row.field(2), new Entry(type, actor, null, actor), row, ignoreCase(row, 3));
            } else {
                // an agent of a state ("GONGOV"), or several actors at once ("ELR|GAL")
                Entity state = members.containsKey(actor) ? null : countryOfAgent(row.field(0));
                addName(row.field(2), new Entry(NameType.ORGANISATION, actor, null, state), row, ignoreCase(row, 3));
            }
        }
    }

    private static NameType phraseType(String kind) {
        return switch (kind) {
            case "alias" -> NameType.COUNTRY;
            case "demonym" -> NameType.DEMONYM;
            case "seat" -> NameType.SEAT;
            default -> null;
        };
    }

    /**
     * The actor a code stands for: a state ("GON"), a state's agent ("GONGOV": GON's government, when agents.tsv
     * has GOV), or several actors at once ("ELR|GAL"); null if the code is unknown.
     */
    public Entity actor(String code) {
        if (code.contains("|")) {
            List<Entity> parts = new ArrayList<>();
            for (String part : code.split("\\|")) {
                Entity one = actor(part.strip());
                if (one == null || members.containsKey(one)) {
                    return null;
                }
                parts.add(one);
            }
            Entity group = Entity.organisation(String.join(" and ", parts.stream().map(Entity::label).toList()));
            members.putIfAbsent(group, List.copyOf(parts));
            return group;
        }
        Entity country = countries.get(code);
        if (country != null) {
            return country;
        }
        String agent = agentOf(code);
        if (agent == null) {
            return null;
        }
        Entity state = countryOfAgent(code);
        return agentBody(state, code.substring(code.length() - agent.length()));
    }

    /** The agent code a state-and-agent code ends in ("GOV" of "GONGOV"), or null. */
    private String agentOf(String code) {
        for (int split = 2; split <= code.length() - 2; split++) {
            if (countries.containsKey(code.substring(0, split)) && agentLabels.containsKey(code.substring(split))) {
                return code.substring(split);
            }
        }
        return null;
    }

    private Entity countryOfAgent(String code) {
        String agent = agentOf(code);
        return agent == null ? null : countries.get(code.substring(0, code.length() - agent.length()));
    }

    /** A state's agent as an organisation of that state: "Gondor government", "Ruritania police". */
    public Entity agentBody(Entity state, String agentCode) {
        return agentBodies.computeIfAbsent(state.key() + agentCode, k -> Entity.organisation(state.label() + " " + agentLabels.get(agentCode)));
    }

    /** The agent phrases of the user's agents.tsv ("police", "armed forces"): any case; each entry's label is its code. */
    public PhraseIndex agents() {
        return agentPhrases;
    }

    /** The actors an entity stands for: several for a phrase a dictionary gives several codes, else the entity itself. */
    public List<Entity> members(Entity entity) {
        return members.getOrDefault(entity, List.of(entity));
    }

    /** True when some phrase of the dictionaries stands for several actors at once. */
    public boolean hasGroups() {
        return !members.isEmpty();
    }

    /** Java's English name of every country that has an ISO alpha-3 code, by that code. */
    public static Map<String, String> localeCountryNames() {
        Map<String, String> names = new HashMap<>();
        for (String alpha2 : Locale.getISOCountries()) {
            Locale locale = new Locale.Builder().setRegion(alpha2).build();
            try {
                names.put(locale.getISO3Country(), locale.getDisplayCountry(Locale.ENGLISH));
            } catch (MissingResourceException noAlpha3) {
                // a few reserved codes have no alpha-3 form
            }
        }
        return names;
    }

    private void loadPlaces(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            if (tooWide(row, 3, "name, country, flags")) {
                continue;
            }
            Entity country = countries.get(row.field(1));
            if (row.field(0).isEmpty() || country == null) {
                log.error(row, "a place needs a name and the code of a known state: '" + row.field(1) + "'");
                continue;
            }
            addName(row.field(0), new Entry(NameType.PLACE, country, null, country), row, ignoreCase(row, 2));
        }
    }

    private void loadOrganisations(List<DataFile.Row> rows, List<DictionaryFolder> folders) {
        for (DataFile.Row row : rows) {
            if (tooWide(row, 5, "name, type, country, aliases, flags")) {
                continue;
            }
            String name = row.field(0);
            String type = row.field(1);
            if (name.isEmpty()) {
                log.error(row, "an organisation needs a name in the first column");
                continue;
            }
            if (!List.of("international", "body", "other").contains(type)) {
                log.error(row, "unknown organisation type '" + type + "' (international, body, other)");
                continue;
            }
            Entity country;
            try {
                country = countryOrNull(row, row.field(2));
            } catch (IllegalArgumentException e) {
                continue;
            }
            Entity organisation = Entity.organisation(name);
            organisationsByName.put(name, organisation);
            if (type.equals("international")) {
                international.add(organisation);
            }
            if (country != null && type.equals("body")) {
                bodiesByCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(organisation);
            }
            Entry entry = new Entry(NameType.ORGANISATION, organisation, null, country);
            boolean anyCase = ignoreCase(row, 4);
            addName(name, entry, row, anyCase);
            for (String alias : aliases(row.field(3))) {
                addName(alias, entry, row, anyCase);
            }
        }
    }

    private void loadOutlets(List<DataFile.Row> rows, List<DictionaryFolder> folders) {
        for (DataFile.Row row : rows) {
            if (tooWide(row, 4, "name, country, aliases, flags")) {
                continue;
            }
            if (row.field(0).isEmpty()) {
                log.error(row, "an outlet needs a name in the first column");
                continue;
            }
            Entity country;
            try {
                country = countryOrNull(row, row.field(1));
            } catch (IllegalArgumentException e) {
                continue;
            }
            Entity outlet = Entity.outlet(row.field(0));
            Entry entry = new Entry(NameType.OUTLET, outlet, null, country);
            boolean anyCase = ignoreCase(row, 3);
            addName(row.field(0), entry, row, anyCase);
            for (String alias : aliases(row.field(2))) {
                addName(alias, entry, row, anyCase);
            }
        }
    }

    private void loadRoles(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            if (tooWide(row, 4, "title, label, usual state, states without the post")) {
                continue;
            }
            String label = row.field(1);
            if (row.field(0).isEmpty() || label.isEmpty()) {
                log.error(row, "a role title needs the title in the first column and a label in the second");
                continue;
            }
            try {
                // the third column names the state that uses a title, where one state is by far its usual user
                Entry entry = new Entry(NameType.ROLE, null, label, countryOrNull(row, row.field(2)));
                Entry previous = roles.add(tokenizer.apply(row.field(0)), entry, false);
                if (row.user() && previous != null && !previous.roleLabel().equals(label)) {
                    roles.put(tokenizer.apply(row.field(0)), entry, false);
                    log.warning(row, "title '" + row.field(0) + "' was the post '" + previous.roleLabel() + "'"
                            + (userRows.containsKey(previous) ? " (" + userRows.get(previous).where() + ")" : " (bundled)")
                            + "; now '" + label + "'");
                }
                if (row.user()) {
                    userRows.put(entry, row);
                }
                // the fourth, states that have no such post (presidential republics have no prime minister)
                for (String code : row.field(3).split("\\s+")) {
                    Entity state = countryOrNull(row, code);
                    if (state != null) {
                        statesWithout.computeIfAbsent(label, k -> new HashSet<>()).add(state);
                    }
                }
            } catch (IllegalArgumentException e) {
                // reported
            }
        }
    }

    private static final Pattern DEPUTY = Pattern.compile("^(deputy|vice|acting|interim|assistant|first|second) ");

    /** True when the gazetteer knows that a state has no post of this label ("prime minister" of the United States). */
    public boolean lacksPost(Entity state, String label) {
        // "deputy speaker of parliament": a state without the post has no deputy of it either
        String post = DEPUTY.matcher(label).replaceFirst("");
        return statesWithout.getOrDefault(label, Set.of()).contains(state) || statesWithout.getOrDefault(post, Set.of()).contains(state);
    }

    private void loadVerbs(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            if (tooWide(row, 3, "lemma, kind, verb")) {
                continue;
            }
            String lemma = row.field(0).toLowerCase(Locale.ROOT);
            if (lemma.isEmpty()) {
                log.error(row, "a statement verb needs its lemma in the first column");
                continue;
            }
            StatementKind kind;
            try {
                kind = StatementKind.fromLabel(row.field(1));
            } catch (IllegalArgumentException e) {
                log.error(row, "unknown statement kind '" + row.field(1) + "' (criticize, threaten, support, demand)");
                continue;
            }
            // the third column "verb": the lemma says this only as a verb ("questioned the decision", not "the question of")
            if (!row.field(2).isEmpty() && !row.field(2).equals("verb")) {
                log.error(row, "unknown third column '" + row.field(2) + "' (verb, or nothing)");
                continue;
            }
            StatementKind previous = statementVerbs.put(lemma, kind);
            if (row.user() && previous != null && previous != kind) {
                log.warning(row, "'" + lemma + "' was a " + previous.label() + " verb; now " + kind.label());
            }
            if (row.field(2).equals("verb")) {
                verbOnly.add(lemma);
            }
        }
    }

    /** The state of a code in a column, or null for none ("" or "-"); an unknown code is logged and thrown. */
    private Entity countryOrNull(DataFile.Row row, String code) {
        if (code.isEmpty() || code.equals("-")) {
            return null;
        }
        Entity country = countries.get(code);
        if (country == null) {
            log.error(row, "unknown country code '" + code + "' (a state of countries.tsv, bundled or yours)");
            throw row.error("unknown country code '" + code + "'");
        }
        return country;
    }

    /**
     * Adds a name. Bundled names keep the first meaning given; a user's name wins over a bundled one (with a
     * warning that it shadows it), and a user's name given twice keeps its first meaning (with a warning).
     */
    private void addName(String phrase, Entry entry, DataFile.Row row, boolean ignoreCase) {
        String[] tokens = tokenizer.apply(phrase);
        if (row == null || !row.user()) {
            Entry previous = names.add(tokens, entry, false);
            DataFile.Row owner = previous == null ? null : userRows.get(previous);
            if (owner != null && !previous.entity().equals(entry.entity())) {
                log.warning(owner, "'" + phrase + "' also names " + describe(entry) + " (bundled); here it names " + describe(previous));
            }
            return;
        }
        Set<Entity> told = new HashSet<>();
        for (Entry holder : names.holders(tokens, ignoreCase)) {
            if (holder.entity().equals(entry.entity()) && holder.type() == entry.type() || !told.add(holder.entity())) {
                continue;
            }
            DataFile.Row owner = userRows.get(holder);
            if (owner != null && owner != row) {
                log.warning(row, "'" + phrase + "' already names " + describe(holder) + " (" + owner.where() + "); this row's meaning is ignored");
                return;
            }
            if (owner == null) {
                log.warning(row, "'" + phrase + "' named " + describe(holder) + " (bundled); your dictionary makes it " + describe(entry));
            }
        }
        names.put(tokens, entry, ignoreCase);
        userRows.put(entry, row);
    }

    private String describe(Entry entry) {
        Entity entity = entry.entity();
        String kind = switch (entry.type()) {
            case DEMONYM -> "the demonym of ";
            case SEAT -> "the seat of ";
            default -> "";
        };
        return kind + entity.label() + (entity.kind() == EntityKind.COUNTRY ? " (" + entity.key() + ")" : "");
    }

    private static List<String> aliases(String field) {
        List<String> out = new ArrayList<>();
        for (String alias : field.split("\\|")) {
            if (!alias.isBlank()) {
                out.add(alias.strip());
            }
        }
        return out;
    }

    /** Countries, organisations, outlets, demonyms and seats: case-sensitive, longest match. */
    public PhraseIndex names() {
        return names;
    }

    /** Post titles: case-insensitive, longest match. */
    public PhraseIndex roles() {
        return roles;
    }

    /**
     * A state's body whose name ends in a word ("Congress" of the United States is the United States
     * Congress); the shortest such name, or null.
     */
    public Entity bodyOf(Entity country, String word) {
        Entity best = null;
        String suffix = " " + word.toLowerCase(Locale.ROOT);
        for (Entity body : bodiesByCountry.getOrDefault(country, List.of())) {
            String name = body.key().toLowerCase(Locale.ROOT);
            boolean named = name.endsWith(suffix) || name.contains(suffix + " of ");
            if (named && (best == null || body.key().length() < best.key().length())) {
                best = body;
            }
        }
        return best;
    }

    /** Whether an organisation is an international one (the UN, the European Council), not a state's body. */
    public boolean isInternational(Entity organisation) {
        return international.contains(organisation);
    }

    /** Who held which post for whom, and when. */
    public OfficeHolders officeHolders() {
        return officeHolders;
    }

    /** A state or agent by its code or an organisation by its name, as persons.tsv names the owner of a post; null if unknown. */
    private Entity owner(String codeOrName) {
        Entity actor = USER_CODE.matcher(codeOrName).matches() ? actor(codeOrName) : null;
        return actor != null ? actor : organisationsByName.get(codeOrName);
    }

    /** The country of a code (ISO alpha-3 or a user's), or null. */
    public Entity country(String iso3) {
        return countries.get(iso3);
    }

    public Map<String, Entity> countries() {
        return Collections.unmodifiableMap(countries);
    }

    /** The statement kind of a verb lemma or phrase of lemmas ("condemn", "call on"), or null. */
    public StatementKind statementKind(String lemmas) {
        return statementVerbs.get(lemmas.toLowerCase(Locale.ROOT));
    }

    /** True for statement lemmas that count only as verbs. */
    public boolean statementVerbOnly(String lemma) {
        return verbOnly.contains(lemma.toLowerCase(Locale.ROOT));
    }

    public Map<String, StatementKind> statementVerbs() {
        return Collections.unmodifiableMap(statementVerbs);
    }
}
