package org.newsgraph.gazetteer;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.newsgraph.model.Entity;

/**
 * Who held which post for which state or organisation, and when (persons.tsv): an event coder's date-bounded
 * actor dictionary. It answers one question: whose is the post an article gives a person without saying whose
 * ("President Aoun", "King Abdullah II")? Names are compared without accents, case or punctuation; a lone
 * surname counts only when one holder of that post bears it at the article's date.
 */
public final class OfficeHolders {
    /**
     * One term of office, from its first to its last day ({@code to} null while it lasts); {@code user} for terms
     * of a user's dictionary.
     */
    public record Term(String name, Entity owner, String post, LocalDate from, LocalDate to, boolean user) {
        public Term {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(post, "post");
        }

        public boolean covers(LocalDate date) {
            return date == null || (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
        }
    }

    private final Map<String, List<Term>> byName = new HashMap<>();
    private final Map<String, List<Term>> bySurname = new HashMap<>();
    private final List<Term> userTerms = new ArrayList<>();
    private final Map<String, List<String>> forms = new HashMap<>();

    static OfficeHolders load(List<DataFile.Row> rows, Function<String, Entity> owners) {
        ProblemLog log = new ProblemLog();
        OfficeHolders holders = load(rows, owners, log);
        if (log.hasErrors()) {
            throw new GazetteerException(log.list());
        }
        return holders;
    }

    static OfficeHolders load(List<DataFile.Row> rows, Function<String, Entity> owners, ProblemLog log) {
        OfficeHolders holders = new OfficeHolders();
        for (DataFile.Row row : rows) {
            if (row.user() && row.width() > 6) {
                log.error(row, "too many columns (" + row.width() + "; the file's columns are name, country, post, from, to, aliases)");
                continue;
            }
            String name = row.field(0);
            Entity owner = owners.apply(row.field(1));
            if (name.isEmpty() || owner == null) {
                log.error(row, "a person needs a name and a state (its code), a state's agent (GONGOV) or an organisation"
                        + " newsgraph knows: '" + row.field(1) + "'");
                continue;
            }
            if (row.field(2).isEmpty()) {
                log.error(row, "a person needs a post in the third column (president, prime minister, foreign minister ...)");
                continue;
            }
            LocalDate from;
            LocalDate to;
            try {
                from = day(row.field(3), false);
                to = day(row.field(4), true);
            } catch (DateTimeException | NumberFormatException e) {
                log.error(row, "a date must be YYYY-MM-DD, YYYY-MM or YYYY: '" + (bad(row.field(3)) ? row.field(3) : row.field(4)) + "'");
                continue;
            }
            if (from != null && to != null && to.isBefore(from)) {
                log.error(row, "the term ends (" + row.field(4) + ") before it begins (" + row.field(3) + ")");
                continue;
            }
            Term term = new Term(name, owner, row.field(2).toLowerCase(Locale.ROOT), from, to, row.user());
            if (row.user()) {
                holders.userTerms.add(term);
            }
            List<String> forms = new ArrayList<>(List.of(name));
            for (String alias : row.field(5).split("\\|")) {
                if (!alias.isBlank()) {
                    forms.add(alias.strip());
                }
            }
            List<String> known = holders.forms.computeIfAbsent(name, k -> new ArrayList<>());
            forms.stream().filter(form -> !known.contains(form)).forEach(known::add);
            for (String form : forms) {
                String key = key(form);
                holders.byName.computeIfAbsent(key, k -> new ArrayList<>()).add(term);
                // a family name stands last in most names and first in Chinese, Korean and Hungarian ones
                String[] words = key.split(" ");
                holders.bySurname.computeIfAbsent(words[words.length - 1], k -> new ArrayList<>()).add(term);
                if (words.length > 1) {
                    holders.bySurname.computeIfAbsent(words[0], k -> new ArrayList<>()).add(term);
                }
            }
        }
        return holders;
    }

    private static boolean bad(String value) {
        try {
            day(value, false);
            return false;
        } catch (DateTimeException | NumberFormatException e) {
            return true;
        }
    }

    /** "2019-01-01", "2019-01" or "2019": its first day, or its last where {@code end}; null for "". */
    private static LocalDate day(String value, boolean end) {
        if (value.isEmpty()) {
            return null;
        }
        if (value.matches("\\d{4}")) {
            return end ? LocalDate.of(Integer.parseInt(value), 12, 31) : LocalDate.of(Integer.parseInt(value), 1, 1);
        }
        if (value.matches("\\d{4}-\\d{2}")) {
            YearMonth month = YearMonth.parse(value);
            return end ? month.atEndOfMonth() : month.atDay(1);
        }
        if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return LocalDate.parse(value);
        }
        throw new DateTimeException(value);
    }

    /**
     * The state or organisation whose post {@code post} the person held at the date (null: any time): a term of
     * that post first, else any term then; null when the dictionary does not know the person, or a lone surname
     * fits more than one holder.
     */
    public Entity ownerOf(String person, String post, LocalDate date) {
        String key = key(person);
        List<Term> terms = key.contains(" ") ? byName.getOrDefault(key, List.of()) : bySurname.getOrDefault(key, List.of());
        Entity owner = unique(terms.stream().filter(t -> t.covers(date) && samePost(t.post(), post)).toList());
        if (owner != null || !key.contains(" ")) {
            return owner;
        }
        return unique(terms.stream().filter(t -> t.covers(date)).toList());
    }

    private static Entity unique(List<Term> terms) {
        Entity owner = null;
        for (Term term : terms) {
            if (owner != null && !owner.equals(term.owner())) {
                return null;
            }
            owner = term.owner();
        }
        return owner;
    }

    /** "secretary of defense" and "defense secretary", "foreign minister" and "minister": one post's wordings. */
    public static boolean samePost(String held, String named) {
        if (named == null) {
            return true;
        }
        List<String> heldWords = List.of(held.replace("-", " ").split(" "));
        for (String word : named.replace("-", " ").split(" ")) {
            if (!word.equals("of") && !word.equals("the") && !heldWords.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Who held a post of an owner on a date, by the user's dictionary ("the president" of Ruritania on 2020-05-01:
     * Rudolf Elphberg); null when it lists no one or more than one.
     */
    public Term userHolder(Entity owner, String post, LocalDate date) {
        Term found = null;
        for (Term term : userTerms) {
            if (term.owner().equals(owner) && term.covers(date) && term.post().equals(post)) {
                if (found != null && !found.name().equals(term.name())) {
                    return null;
                }
                found = term;
            }
        }
        return found;
    }

    /**
     * The user's term a person's name (full, or a lone surname) stands for on a date: a lone surname only when one
     * person of the user's dictionary bears it then; null otherwise.
     */
    public Term userTerm(String person, LocalDate date) {
        String key = key(person);
        List<Term> terms = (key.contains(" ") ? byName : bySurname).getOrDefault(key, List.of());
        Term found = null;
        for (Term term : terms) {
            if (term.user() && term.covers(date)) {
                if (found != null && !found.name().equals(term.name())) {
                    return null;
                }
                found = found == null ? term : found;
            }
        }
        return found;
    }

    /**
     * The one term a person, named in full, was serving on a date ("JOSEPH R. BIDEN JR." signing a message on
     * 2023-05-02: president of the United States); null when the dictionary knows none, or more than one.
     */
    public Term heldOn(String person, LocalDate date) {
        String key = key(person);
        if (!key.contains(" ") || date == null) {
            return null;
        }
        Term found = null;
        for (Term term : byName.getOrDefault(key, List.of())) {
            if (term.covers(date)) {
                if (found != null && !(found.post().equals(term.post()) && found.owner().equals(term.owner()))) {
                    return null;
                }
                found = term;
            }
        }
        return found;
    }

    /**
     * The dictionary's name of the one person a full name (or one of its aliases) stands for ("Joseph R. Biden Jr.":
     * "Joe Biden"); null for a lone word, a name it does not know, or one that two of its persons bear.
     */
    public String personNamed(String name) {
        String key = key(name);
        if (!key.contains(" ")) {
            return null;
        }
        String found = null;
        for (Term term : byName.getOrDefault(key, List.of())) {
            if (found != null && !found.equals(term.name())) {
                return null;
            }
            found = term.name();
        }
        return found;
    }

    /** The terms of the person the dictionary calls {@code name}, in its order. */
    public List<Term> termsOf(String name) {
        return byName.getOrDefault(key(name), List.of()).stream().filter(t -> t.name().equals(name)).toList();
    }

    /** Every name and alias under which the dictionary lists a person. */
    public List<String> formsOf(String name) {
        return forms.getOrDefault(name, List.of());
    }

    /**
     * The one term whose holder bears a lone word as family name (last word, or first: Xi) on a date; null when no
     * one or more than one person does.
     */
    public Term soleHolderNamed(String word, LocalDate date) {
        Term found = null;
        for (Term term : bySurname.getOrDefault(key(word), List.of())) {
            if (term.covers(date)) {
                if (found != null && !found.name().equals(term.name())) {
                    return null;
                }
                found = found == null ? term : found;
            }
        }
        return found;
    }

    public int size() {
        return byName.values().stream().mapToInt(List::size).sum();
    }

    /** A name's comparable form: no accents, lower case, particles ("al-", "el-") and punctuation as plain words. */
    static String key(String name) {
        String bare = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
        bare = bare.replaceAll("[.,’']", "").replace('-', ' ').replaceAll("\\b(el|al|ul)\\b", "al").strip();
        bare = bare.replaceAll("^(sheikh|sir|dame|mr|mrs|ms|dr|king|queen|prince|president|prime minister) ", "");
        bare = bare.replaceAll(" (jr|sr)$", "");
        return bare.replaceAll("\\s+", " ");
    }
}
