package org.newsgraph.gazetteer;

import java.text.Normalizer;
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
    /** One term of office; {@code to} is null while it lasts. */
    public record Term(String name, Entity owner, String post, YearMonth from, YearMonth to) {
        public Term {
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(post, "post");
        }

        boolean covers(LocalDate date) {
            if (date == null) {
                return true;
            }
            YearMonth month = YearMonth.from(date);
            return (from == null || !month.isBefore(from)) && (to == null || !month.isAfter(to));
        }
    }

    private final Map<String, List<Term>> byName = new HashMap<>();
    private final Map<String, List<Term>> bySurname = new HashMap<>();

    static OfficeHolders load(List<DataFile.Row> rows, Function<String, Entity> owners) {
        OfficeHolders holders = new OfficeHolders();
        for (DataFile.Row row : rows) {
            String name = row.field(0);
            Entity owner = owners.apply(row.field(1));
            if (name.isEmpty() || owner == null) {
                throw row.error("a person needs a name and a state (ISO alpha-3) or an organisation newsgraph knows: '"
                        + row.field(1) + "'");
            }
            Term term = new Term(name, owner, row.field(2).toLowerCase(Locale.ROOT), month(row, row.field(3)), month(row, row.field(4)));
            List<String> forms = new ArrayList<>(List.of(name));
            if (!row.field(5).isEmpty()) {
                forms.addAll(List.of(row.field(5).split("\\|")));
            }
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

    private static YearMonth month(DataFile.Row row, String value) {
        if (value.isEmpty()) {
            return null;
        }
        try {
            return value.length() == 4 ? YearMonth.of(Integer.parseInt(value), 1) : YearMonth.parse(value);
        } catch (RuntimeException e) {
            throw row.error("a date must be YYYY-MM or YYYY: '" + value + "'");
        }
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
    private static boolean samePost(String held, String named) {
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
