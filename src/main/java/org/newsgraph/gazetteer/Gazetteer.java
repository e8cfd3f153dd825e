package org.newsgraph.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.function.Function;

import org.newsgraph.model.Entity;
import org.newsgraph.model.StatementKind;

/**
 * The name lists newsgraph reads articles with: countries (from Java's {@link Locale}, completed by
 * countries.tsv), organisations, outlets, post titles and statement verbs. All are data files under
 * {@code src/main/resources/org/newsgraph/gazetteer}; a user folder with files of the same names adds to them.
 */
public final class Gazetteer {
    private final Map<String, Entity> countries = new LinkedHashMap<>();
    private final Map<String, Entity> organisationsByName = new HashMap<>();
    private final Map<Entity, List<Entity>> bodiesByCountry = new HashMap<>();
    private final PhraseIndex names = new PhraseIndex(true);
    private final PhraseIndex roles = new PhraseIndex(false);
    private final Map<String, StatementKind> statementVerbs = new HashMap<>();
    private final Set<String> verbOnly = new HashSet<>();
    private final Map<String, Set<Entity>> statesWithout = new HashMap<>();
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
     */
    public static Gazetteer load(Function<String, String[]> tokenizer, List<Path> userFolders) {
        Gazetteer gazetteer = new Gazetteer(tokenizer);
        gazetteer.loadCountries(rows("countries.tsv", userFolders));
        gazetteer.loadOrganisations(rows("organisations.tsv", userFolders));
        gazetteer.loadOutlets(rows("outlets.tsv", userFolders));
        gazetteer.loadRoles(rows("roles.tsv", userFolders));
        gazetteer.loadPlaces(rows("places.tsv", userFolders));
        gazetteer.loadVerbs(rows("statement-verbs.tsv", userFolders));
        gazetteer.officeHolders = OfficeHolders.load(rows("persons.tsv", userFolders), gazetteer::owner);
        return gazetteer;
    }

    private static List<DataFile.Row> rows(String name, List<Path> userFolders) {
        List<DataFile.Row> rows = new ArrayList<>(DataFile.bundled(name));
        for (Path folder : userFolders) {
            rows.addAll(DataFile.user(folder, name));
        }
        return rows;
    }

    private void loadCountries(List<DataFile.Row> rows) {
        Map<String, String> localeNames = localeCountryNames();
        Map<String, String> names = new LinkedHashMap<>();
        for (DataFile.Row row : rows) {
            String code = row.field(0);
            if (!code.matches("[A-Z]{3}")) {
                throw row.error("country code must be ISO 3166-1 alpha-3 in upper case: '" + code + "'");
            }
            String kind = row.field(1);
            String phrase = row.field(2);
            switch (kind) {
                case "member" -> names.putIfAbsent(code, localeNames.getOrDefault(code, code));
                case "name" -> names.put(code, phrase);
                case "alias", "demonym", "seat" -> names.putIfAbsent(code, localeNames.getOrDefault(code, code));
                default -> throw row.error("unknown country line kind '" + kind + "' (member, name, alias, demonym, seat)");
            }
        }
        names.forEach((code, name) -> countries.put(code, Entity.country(code, name)));
        // canonical and Locale names first, so that an alias never shadows a name
        countries.forEach((code, country) -> {
            addName(country.label(), new Entry(NameType.COUNTRY, country, null, country));
            String localeName = localeNames.get(code);
            if (localeName != null) {
                addName(localeName, new Entry(NameType.COUNTRY, country, null, country));
            }
        });
        for (DataFile.Row row : rows) {
            Entity country = countries.get(row.field(0));
            NameType type = switch (row.field(1)) {
                case "alias" -> NameType.COUNTRY;
                case "demonym" -> NameType.DEMONYM;
                case "seat" -> NameType.SEAT;
                default -> null;
            };
            if (type != null) {
                addName(row.field(2), new Entry(type, country, null, country));
            }
        }
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
            Entity country = countries.get(row.field(1));
            if (row.field(0).isEmpty() || country == null) {
                throw row.error("a place needs a name and the ISO alpha-3 code of a known state: '" + row.field(1) + "'");
            }
            addName(row.field(0), new Entry(NameType.PLACE, country, null, country));
        }
    }

    private void loadOrganisations(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            String name = row.field(0);
            String type = row.field(1);
            if (!List.of("international", "body", "other").contains(type)) {
                throw row.error("unknown organisation type '" + type + "' (international, body, other)");
            }
            Entity country = countryOrNull(row, row.field(2));
            Entity organisation = Entity.organisation(name);
            organisationsByName.put(name, organisation);
            if (type.equals("international")) {
                international.add(organisation);
            }
            if (country != null && type.equals("body")) {
                bodiesByCountry.computeIfAbsent(country, c -> new ArrayList<>()).add(organisation);
            }
            Entry entry = new Entry(NameType.ORGANISATION, organisation, null, country);
            addName(name, entry);
            for (String alias : aliases(row.field(3))) {
                addName(alias, entry);
            }
        }
    }

    private void loadOutlets(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            Entity outlet = Entity.outlet(row.field(0));
            Entry entry = new Entry(NameType.OUTLET, outlet, null, countryOrNull(row, row.field(1)));
            addName(row.field(0), entry);
            for (String alias : aliases(row.field(2))) {
                addName(alias, entry);
            }
        }
    }

    private void loadRoles(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            String label = row.field(1);
            if (label.isEmpty()) {
                throw row.error("a role title needs a label in the second column");
            }
            // the third column names the state that uses a title, where one state is by far its usual user
            roles.add(tokenizer.apply(row.field(0)), new Entry(NameType.ROLE, null, label, countryOrNull(row, row.field(2))));
            // the fourth, states that have no such post (presidential republics have no prime minister)
            for (String code : row.field(3).split("\\s+")) {
                Entity state = countryOrNull(row, code);
                if (state != null) {
                    statesWithout.computeIfAbsent(label, k -> new HashSet<>()).add(state);
                }
            }
        }
    }

    /** True when the gazetteer knows that a state has no post of this label ("prime minister" of the United States). */
    public boolean lacksPost(Entity state, String label) {
        return statesWithout.getOrDefault(label, Set.of()).contains(state);
    }

    private void loadVerbs(List<DataFile.Row> rows) {
        for (DataFile.Row row : rows) {
            String lemma = row.field(0).toLowerCase(Locale.ROOT);
            try {
                statementVerbs.put(lemma, StatementKind.fromLabel(row.field(1)));
            } catch (IllegalArgumentException e) {
                throw row.error("unknown statement kind '" + row.field(1) + "' (criticize, threaten, support, demand)");
            }
            // the third column "verb": the lemma says this only as a verb ("questioned the decision", not "the question of")
            if (row.field(2).equals("verb")) {
                verbOnly.add(lemma);
            } else if (!row.field(2).isEmpty()) {
                throw row.error("unknown third column '" + row.field(2) + "' (verb, or nothing)");
            }
        }
    }

    private Entity countryOrNull(DataFile.Row row, String code) {
        if (code.isEmpty() || code.equals("-")) {
            return null;
        }
        Entity country = countries.get(code);
        if (country == null) {
            throw row.error("unknown country code '" + code + "' (add it to countries.tsv)");
        }
        return country;
    }

    private void addName(String phrase, Entry entry) {
        names.add(tokenizer.apply(phrase), entry);
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

    /** The country of an ISO alpha-3 code, or null. */
    /** Whether an organisation is an international one (the UN, the European Council), not a state's body. */
    public boolean isInternational(Entity organisation) {
        return international.contains(organisation);
    }

    /** Who held which post for whom, and when. */
    public OfficeHolders officeHolders() {
        return officeHolders;
    }

    /** A state by its code or an organisation by its name, as persons.tsv names the owner of a post; null if unknown. */
    private Entity owner(String codeOrName) {
        return codeOrName.matches("[A-Z]{3}") ? countries.get(codeOrName) : organisationsByName.get(codeOrName);
    }

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
