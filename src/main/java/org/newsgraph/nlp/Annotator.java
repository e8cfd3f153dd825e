package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.newsgraph.model.Article;
import org.newsgraph.model.CharSpan;

/**
 * Sentences, tokens, POS tags and lemmas with OpenNLP. The {@code *ME} classes are not thread-safe, so
 * each Annotator owns its own; make one per thread (the models are shared).
 */
public final class Annotator {
    /**
     * The longest run of non-space characters OpenNLP sees: its tokenizer takes time quadratic in a run's length
     * (a 20,000-character base64 blob took 2.8 s, 200,000 took 43 s), and no word or URL worth reading is longer.
     */
    static final int MAX_TOKEN = 100;

    private final SentenceDetectorME sentenceDetector;
    private final TokenizerME tokenizer;
    private final POSTaggerME tagger;
    private final LemmatizerME lemmatizer;
    private final boolean lemmatize;

    public Annotator(Models models) {
        this(models, true);
    }

    /**
     * @param lemmatize whether lemmas come from OpenNLP's statistical lemmatizer; without it they come from
     *                  {@link Lemmas#byDictionary} (the bare sentence + token + POS pass, which the pipeline uses)
     */
    public Annotator(Models models, boolean lemmatize) {
        sentenceDetector = new SentenceDetectorME(models.sentences);
        tokenizer = new TokenizerME(models.tokens);
        tagger = new POSTaggerME(models.pos, POSTagFormat.UD);
        lemmatizer = lemmatize ? new LemmatizerME(models.lemmas) : null;
        this.lemmatize = lemmatize;
    }

    /** Tokens of a phrase exactly as article text is tokenised (gazetteer phrases are split this way). */
    public String[] words(String text) {
        String phrase = capRuns(text);
        Span[] spans = splitPossessives(tokenizer.tokenizePos(phrase), phrase);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(phrase).toString();
        }
        return words;
    }

    public AnnotatedDocument annotate(Article article) {
        String text = capRuns(article.text());
        List<Sentence> sentences = new ArrayList<>();
        for (CharSpan block : paragraphs(text)) {
            String blockText = text.substring(block.start(), block.end());
            for (Span sentenceSpan : joinInitials(sentenceDetector.sentPosDetect(blockText), blockText)) {
                int start = block.start() + sentenceSpan.getStart();
                int end = block.start() + sentenceSpan.getEnd();
                sentences.add(sentence(sentences.size(), text, start, end));
            }
        }
        return new AnnotatedDocument(article, sentences);
    }

    private Sentence sentence(int index, String text, int start, int end) {
        String sentenceText = text.substring(start, end);
        Span[] spans = splitPossessives(tokenizer.tokenizePos(sentenceText), sentenceText);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = spans[i].getCoveredText(sentenceText).toString();
        }
        String[] tags = tagger.tag(words);
        for (int i = 0; i < words.length; i++) {
            // a joined word ("al-Assadi") the model has never seen may come back as punctuation
            if (tags[i].equals("PUNCT") && words[i].chars().anyMatch(Character::isLetter)) {
                tags[i] = words[i].chars().anyMatch(Character::isUpperCase) ? "PROPN" : "NOUN";
            }
        }
        String[] lemmas = lemmatize ? lemmatizer.lemmatize(words, tags) : null;
        List<Token> tokens = new ArrayList<>(words.length);
        for (int i = 0; i < words.length; i++) {
            CharSpan span = new CharSpan(start + spans[i].getStart(), start + spans[i].getEnd());
            String lemma = lemmas == null ? Lemmas.byDictionary(words[i])
                    : lemmas[i] == null || lemmas[i].equals("O") ? words[i].toLowerCase() : lemmas[i].toLowerCase();
            tokens.add(new Token(words[i], span, tags[i], lemma));
        }
        return new Sentence(index, sentenceText, new CharSpan(start, end), tokens);
    }

    /**
     * The text with each run of more than {@value #MAX_TOKEN} non-space characters cut to its first {@value #MAX_TOKEN}:
     * the rest of the run becomes spaces, so the text keeps its length and every offset stays the article's.
     */
    static String capRuns(String text) {
        char[] chars = null;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR) {
                run = 0;
            } else if (++run > MAX_TOKEN) {
                chars = chars == null ? text.toCharArray() : chars;
                chars[i] = ' ';
                if (run == MAX_TOKEN + 1 && Character.isLowSurrogate(c)) {
                    chars[i - 1] = ' '; // no half of a character is left behind
                }
            }
        }
        return chars == null ? text : new String(chars);
    }

    /**
     * The UD tokenizer model keeps "Russia's" as one token (tagged PROPN+PART); names are matched on the
     * bare word, so the possessive clitic becomes a token of its own before tagging.
     */
    static Span[] splitPossessives(Span[] spans, String text) {
        List<Span> out = new ArrayList<>(spans.length + 4);
        for (int i = 0; i < spans.length; i++) {
            Span span = spans[i];
            // "ago—when", "Finland—two": the tokenizer model leaves dashes inside words
            int dash = dashInside(text, span);
            if (dash >= 0) {
                if (dash > span.getStart()) {
                    out.add(new Span(span.getStart(), dash));
                }
                out.add(new Span(dash, dash + 1));
                if (dash + 1 < span.getEnd()) {
                    spans[i] = new Span(dash + 1, span.getEnd());
                    i--; // the rest may hold another dash or a possessive
                }
                continue;
            }
            // a middle initial: "R" + "." -> "R."
            if (span.length() == 1 && Character.isUpperCase(text.charAt(span.getStart())) && i + 1 < spans.length
                    && spans[i + 1].getStart() == span.getEnd() && spans[i + 1].length() == 1 && text.charAt(span.getEnd()) == '.') {
                out.add(new Span(span.getStart(), span.getEnd() + 1));
                i++;
                continue;
            }
            int length = span.length();
            if (length > 2) {
                char quote = text.charAt(span.getEnd() - 2);
                char s = text.charAt(span.getEnd() - 1);
                if ((quote == '\'' || quote == '\u2019') && (s == 's' || s == 'S')) {
                    out.add(new Span(span.getStart(), span.getEnd() - 2));
                    out.add(new Span(span.getEnd() - 2, span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        splitFinalPeriod(out, text);
        return joinHyphenated(out, text);
    }

    /** Words that keep their period at the end of a sentence. */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("jr", "sr", "inc", "corp", "ltd", "co",
            "st", "etc", "dr", "mr", "mrs", "ms", "gen", "no", "vs", "bros");

    /**
     * "... stood with Kyiv." / "... President Donald J. Trump.”": the model leaves the sentence's full stop on its
     * last word; a word that is no abbreviation gives it back, so that names at the end of a sentence are found.
     */
    private static void splitFinalPeriod(List<Span> spans, String text) {
        int last = spans.size() - 1;
        while (last >= 0 && isClosing(spans.get(last).getCoveredText(text).toString())) {
            last--;
        }
        if (last < 0) {
            return;
        }
        Span span = spans.get(last);
        String word = span.getCoveredText(text).toString();
        String bare = word.substring(0, word.length() - 1);
        if (word.length() > 2 && word.endsWith(".") && bare.indexOf('.') < 0 && bare.chars().allMatch(Character::isLetter)
                && !ABBREVIATIONS.contains(bare.toLowerCase(java.util.Locale.ROOT))) {
            spans.set(last, new Span(span.getStart(), span.getEnd() - 1));
            spans.add(last + 1, new Span(span.getEnd() - 1, span.getEnd()));
        }
    }

    private static boolean isClosing(String token) {
        return token.equals("\u201d") || token.equals("\"") || token.equals("'") || token.equals("\u2019") || token.equals(")");
    }

    /** "Jean" + "-Yves", "al" + "-" + "Assadi": the model splits hyphenated names; written without spaces, they are one word. */
    private static Span[] joinHyphenated(List<Span> spans, String text) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span span : spans) {
            if (!out.isEmpty()) {
                Span previous = out.get(out.size() - 1);
                boolean touching = previous.getEnd() == span.getStart();
                boolean hyphenJoin = text.charAt(span.getStart()) == '-' && span.length() > 1
                        && Character.isLetter(text.charAt(previous.getEnd() - 1))
                        || text.charAt(previous.getEnd() - 1) == '-' && previous.length() > 1 && Character.isLetter(text.charAt(span.getStart()));
                boolean bareHyphen = span.length() == 1 && text.charAt(span.getStart()) == '-' && span.getEnd() < text.length()
                        && Character.isLetter(text.charAt(span.getEnd())) && Character.isLetter(text.charAt(previous.getEnd() - 1));
                if (touching && (hyphenJoin || bareHyphen || wordCut(text, previous, span))) {
                    out.set(out.size() - 1, new Span(previous.getStart(), span.getEnd()));
                    continue;
                }
            }
            out.add(span);
        }
        return out.toArray(new Span[0]);
    }

    /** "Ret" + "no": the model may cut a capitalised name in two where it sees an English word ending. */
    private static boolean wordCut(String text, Span previous, Span span) {
        return Character.isUpperCase(text.charAt(previous.getStart())) && isWord(text, previous) && isWord(text, span)
                && !text.substring(previous.getStart(), span.getEnd()).equalsIgnoreCase("cannot");
    }

    /** All letters, read in place: this runs on every pair of touching tokens. */
    private static boolean isWord(String text, Span span) {
        for (int c = span.getStart(); c < span.getEnd(); c++) {
            if (!Character.isLetter(text.charAt(c))) {
                return false;
            }
        }
        return true;
    }

    private static int dashInside(String text, Span span) {
        if (span.length() < 2) {
            return -1;
        }
        for (int c = span.getStart(); c < span.getEnd(); c++) {
            char ch = text.charAt(c);
            if (ch == '\u2014' || ch == '\u2013') {
                return c;
            }
        }
        return -1;
    }

    /** Initials that end sentences as often as names: places and bodies ("in the U.S."). */
    private static final Pattern PLACE_INITIALS = Pattern.compile("(?s).*(\\s|^)(U\\.S\\.|U\\.K\\.|U\\.N\\.|E\\.U\\.|D\\.C\\.|U\\.S\\.A\\.)");
    private static final Pattern ENDS_IN_INITIAL = Pattern.compile(
            "(?s).*(\\s|^)((\\p{Lu}\\.)+|(Jr|Sr|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|St|No|Gov|Lt|Col|Maj|Capt|Sgt|Prof|Rev|Hon)\\.)");

    /** A sentence that ends in a middle initial ("Joseph R.") or initials ("Governor J.B.") goes on in the next one. */
    static Span[] joinInitials(Span[] sentences, String text) {
        List<Span> out = new ArrayList<>(sentences.length);
        for (Span sentence : sentences) {
            if (!out.isEmpty()) {
                Span previous = out.get(out.size() - 1);
                String before = text.substring(previous.getStart(), previous.getEnd());
                if (ENDS_IN_INITIAL.matcher(before).matches() && !PLACE_INITIALS.matcher(before).matches()) {
                    out.set(out.size() - 1, new Span(previous.getStart(), sentence.getEnd()));
                    continue;
                }
            }
            out.add(sentence);
        }
        return out.toArray(new Span[0]);
    }

    /**
     * Blocks that no sentence crosses: articles put one paragraph per line, so a newline ends a block, unless
     * the line plainly goes on (it ends in a comma, a hyphen or a lower-case word and the next line starts in
     * lower case or with a digit: a hard-wrapped sentence, "December 22,\n2020").
     */
    static List<CharSpan> paragraphs(String text) {
        List<CharSpan> blocks = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i >= n) {
                break;
            }
            int start = i;
            int end = text.indexOf('\n', i);
            while (end >= 0 && continues(text, end)) {
                end = text.indexOf('\n', end + 1);
            }
            end = end < 0 ? n : end;
            int trimmed = end;
            while (trimmed > start && Character.isWhitespace(text.charAt(trimmed - 1))) {
                trimmed--;
            }
            blocks.add(new CharSpan(start, trimmed));
            i = end;
        }
        return blocks;
    }

    private static boolean continues(String text, int newline) {
        int before = newline - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = newline + 1;
        if (before < 0 || after >= text.length() || text.charAt(after) == '\n') {
            return false; // a blank line always ends a block
        }
        char last = text.charAt(before);
        char next = text.charAt(after);
        boolean open = last == ',' || last == '-' || Character.isLowerCase(last);
        return open && (Character.isLowerCase(next) || Character.isDigit(next));
    }
}
