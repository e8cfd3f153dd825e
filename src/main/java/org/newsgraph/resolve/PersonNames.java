package org.newsgraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Person names compared across articles: words without accents, honorifics or particles, each reduced to a
 * transliteration skeleton (Zelensky, Zelenskyy, Zelenskiy and Zelenskky are one); given names compatible when equal,
 * an initial of the other, the start of the other, or a listed short form of it (given-names.tsv: Joe, Joseph).
 */
public final class PersonNames {
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "dr", "sir", "dame", "lady", "lord", "gen",
            "sheikh", "president", "king", "queen", "prince", "princess", "pope", "mayor", "senator", "sen", "rep", "gov",
            "judge", "justice", "chancellor", "minister", "secretary", "ayatollah", "samdech", "his", "her", "majesty",
            "highness", "excellency", "general", "monsenor");
    private static final Set<String> PARTICLES = Set.of("al", "el", "ul", "bin", "ibn", "bint", "de", "da", "di", "del",
            "dela", "van", "von", "der", "den", "la", "le", "dos", "das", "du", "abu");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    /** A regnal number after a single name: "Elizabeth II", "Abdullah II" name one person as fully as a surname does. */
    private static final Pattern REGNAL = Pattern.compile("ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii|xiii|xiv|xv|xvi");
    private static final Pattern WORD_BREAK = Pattern.compile("[\\s\\-]+");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern APOSTROPHES_AND_DOTS = Pattern.compile("['’.,]");
    private static final Map<String, Set<String>> SHORT_FORMS = loadShortForms();

    private PersonNames() {
    }

    /** A person's name taken apart: given names and surname as skeletons, and a suffix (jr, sr, ii ...) or "". */
    public record Name(String text, List<String> given, String surname, String suffix) {
        /** One word only: a bare surname (or a single name) that needs its article to say who it is; not a regnal name. */
        public boolean bare() {
            return given.isEmpty() && !regnal();
        }

        /** A single name with a regnal number: "Elizabeth II". */
        public boolean regnal() {
            return given.isEmpty() && REGNAL.matcher(suffix).matches();
        }

        /** How much the name says: full given names count more than initials. */
        public int specificity() {
            int score = 0;
            for (String g : given) {
                score += g.length() > 1 ? 2 : 1;
            }
            return score + (suffix.isEmpty() ? 0 : 1);
        }

        /** The first word, for names whose family name stands first (Xi Jinping). */
        public String first() {
            return given.isEmpty() ? surname : given.get(0);
        }

        /** A key equal for names that spell the same words the same way, up to transliteration. */
        public String key() {
            return String.join(" ", given) + (given.isEmpty() ? "" : " ") + surname + (suffix.isEmpty() ? "" : " " + suffix);
        }
    }

    public static Name parse(String text) {
        String folded = fold(text).strip();
        List<String> words = new ArrayList<>();
        // a name without a space is one word ("Biden-Trump" is no given name and surname)
        for (String word : folded.contains(" ") ? WORD_BREAK.split(folded) : new String[] {folded.replace("-", "")}) {
            String w = NOT_ALPHANUMERIC.matcher(word).replaceAll("");
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        while (words.size() > 1 && HONORIFICS.contains(words.get(0))) {
            words.remove(0);
        }
        String suffix = "";
        String last = words.isEmpty() ? "" : words.get(words.size() - 1);
        if (words.size() > 1 && (SUFFIXES.contains(last) || words.size() == 2 && REGNAL.matcher(last).matches())) {
            suffix = words.remove(words.size() - 1);
        }
        List<String> core = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            // a particle is no name of its own unless it is all there is ("Abu Sayyaf" keeps "abu" last)
            if (!(PARTICLES.contains(words.get(i)) && i < words.size() - 1)) {
                core.add(skeleton(words.get(i)));
            }
        }
        if (core.isEmpty()) {
            core.add(words.isEmpty() ? skeleton(folded) : skeleton(words.get(words.size() - 1)));
        }
        String surname = core.remove(core.size() - 1);
        return new Name(text, List.copyOf(core), surname, suffix);
    }

    /** Whether a name opens with a title or form of address ("Justice Wanda Vázquez Garced", "President Biden"). */
    public static boolean titled(String text) {
        String[] words = WORD_BREAK.split(fold(text).strip());
        return words.length > 1 && HONORIFICS.contains(NOT_ALPHANUMERIC.matcher(words[0]).replaceAll(""));
    }

    /** How many words of a name are names: given names, family name and suffix, without titles and particles. */
    public static int nameWords(String text) {
        Name name = parse(text);
        return name.given().size() + 1 + (name.suffix().isEmpty() ? 0 : 1);
    }

    /** Lower case, accents and apostrophes removed, letters such as ł and ø folded. */
    static String fold(String text) {
        String bare = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("").toLowerCase(Locale.ROOT);
        return APOSTROPHES_AND_DOTS.matcher(bare.replace('ł', 'l').replace('ø', 'o').replace("ß", "ss")).replaceAll("");
    }

    /**
     * A word's transliteration skeleton: kh/h, ks/x, ph/f, y/i and doubled letters made one, so that the ways
     * English news writes one Cyrillic or Arabic name mostly meet (Zelenskyy, Zelenskiy: zelenski; Aleksei, Alexey: alexei).
     */
    static String skeleton(String word) {
        String s = word.replace("kh", "h").replace("ks", "x").replace("ph", "f").replace('y', 'i');
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }

    /**
     * Whether two names may be one person: same surname skeleton (or the two words of one the other's reversed,
     * Kishida Fumio and Fumio Kishida), suffixes that do not differ, first given names compatible and the other given
     * names of the shorter found in order among the longer's. A bare name is compatible with any name it ends or starts.
     */
    public static boolean compatible(Name a, Name b) {
        if (!a.suffix().isEmpty() && !b.suffix().isEmpty() && !a.suffix().equals(b.suffix())) {
            return false;
        }
        if (a.bare() || b.bare()) {
            Name bare = a.bare() ? a : b;
            Name other = bare == a ? b : a;
            return bare.surname().equals(other.surname()) || bare.surname().equals(other.first());
        }
        if (a.regnal() || b.regnal()) {
            return a.regnal() && b.regnal() && a.surname().equals(b.surname());
        }
        if (!a.surname().equals(b.surname())) {
            boolean reversed = a.given().size() == 1 && b.given().size() == 1
                    && a.given().get(0).equals(b.surname()) && b.given().get(0).equals(a.surname());
            return reversed || firstSurnameOnly(a, b) || firstSurnameOnly(b, a);
        }
        if (!givenCompatible(a.given().get(0), b.given().get(0))) {
            return false;
        }
        List<String> shorter = a.given().size() <= b.given().size() ? a.given() : b.given();
        List<String> longer = shorter == a.given() ? b.given() : a.given();
        int at = 1;
        for (int i = 1; i < shorter.size(); i++) {
            while (at < longer.size() && !givenCompatible(shorter.get(i), longer.get(at))) {
                at++;
            }
            if (at == longer.size()) {
                return false;
            }
            at++;
        }
        return true;
    }

    /**
     * Whether {@code shorter} gives only the first of {@code longer}'s two family names, as Spanish and Portuguese names
     * are shortened (Wanda Vázquez for Wanda Vázquez Garced, Andrés Manuel López for Andrés Manuel López Obrador): the
     * longer has a given name and two family names, neither an initial, and without its last word it is compatible
     * with the shorter, which has fewer words and whose first given name is written out (an initial is too little to go
     * on here). Kim Yo Jong is not Kim Jong Un: as many words, so not a shortening.
     */
    private static boolean firstSurnameOnly(Name shorter, Name longer) {
        int n = longer.given().size();
        if (n < 2 || shorter.given().isEmpty() || shorter.given().size() >= n || shorter.given().get(0).length() == 1 || longer.surname().length() == 1
                || !shorter.surname().equals(longer.given().get(n - 1)) || shorter.surname().length() == 1) {
            return false;
        }
        return compatible(shorter, new Name(longer.text(), longer.given().subList(0, n - 1), longer.given().get(n - 1), longer.suffix()));
    }

    /** The family names a name may be known by: its surname, and the first of two (see {@link #firstSurnameOnly}). */
    public static List<String> familyNames(Name name) {
        int n = name.given().size();
        return n >= 2 && name.given().get(n - 1).length() > 1 && name.surname().length() > 1
                ? List.of(name.surname(), name.given().get(n - 1)) : List.of(name.surname());
    }

    /** Equal, an initial, a start of three letters or more, or a listed short form (both ways). */
    static boolean givenCompatible(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        if (a.length() == 1 || b.length() == 1) {
            return a.charAt(0) == b.charAt(0);
        }
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        if (shorter.length() >= 3 && longer.startsWith(shorter)) {
            return true;
        }
        Set<String> formsA = SHORT_FORMS.getOrDefault(a, Set.of());
        Set<String> formsB = SHORT_FORMS.getOrDefault(b, Set.of());
        if (formsA.contains(b) || formsB.contains(a)) {
            return true;
        }
        // two short forms of one formal name (Bill, Will: William) are not enough: "Jack" is John's and Jacob's
        return false;
    }

    /** given-names.tsv: each formal name with its short forms, and each short form with its formal names, as skeletons. */
    private static Map<String, Set<String>> loadShortForms() {
        Map<String, Set<String>> forms = new HashMap<>();
        for (String[] columns : TsvResource.rows("given-names.tsv")) {
            String formal = skeleton(columns[0].strip());
            for (String form : columns[1].split("\\|")) {
                String shortForm = skeleton(form.strip());
                forms.computeIfAbsent(formal, k -> new HashSet<>()).add(shortForm);
                forms.computeIfAbsent(shortForm, k -> new HashSet<>()).add(formal);
            }
        }
        return forms;
    }
}
