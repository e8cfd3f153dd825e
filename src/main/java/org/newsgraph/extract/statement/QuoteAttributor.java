package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.RoleHolders;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Entity;
import org.newsgraph.nlp.Lemmas;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds an article's direct quotations and whom they are attributed to, by the patterns of English news
 * writing, tried in this order:
 * <ol>
 * <li>after the quotation: “...,” Name said / “...,” said Name / “...,” the minister told reporters;</li>
 * <li>before it: Name said: “...” / Name said on Friday, “...” / Name: “...” / Name called it “...”;</li>
 * <li>"according to Name" in a sentence the quotation runs over;</li>
 * <li>a colon closing the sentence before: "Name told reporters:" then the quotation;</li>
 * <li>the speaker of the quotation before it in the same paragraph (a speech quoted in parts).</li>
 * </ol>
 * A quotation no pattern attributes is kept without a speaker.
 */
public final class QuoteAttributor {
    /** Verbs that introduce or close what someone said or wrote. */
    static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "state", "note", "tweet", "post",
            "declare", "explain", "warn", "stress", "insist", "announce", "claim", "argue", "comment", "remark",
            "reply", "respond", "continue", "conclude", "recall", "predict", "urge", "describe", "call", "ask",
            "emphasize", "emphasise", "underline", "acknowledge", "admit", "assert", "affirm", "caution", "lament",
            "observe", "report", "confirm", "vow", "pledge", "promise", "appeal", "plead", "demand", "question", "suggest",
            "characterize", "characterise", "term", "label", "dub", "brand", "recount", "testify");
    /** How far after a closing mark the attribution may end ("”, Foreign Minister Sergei Lavrov told reporters on Friday"). */
    private static final int AFTER_WINDOW = 14;
    /** How far before an opening mark its verb of saying may stand ("said in a statement on Friday: “"). */
    private static final int BEFORE_WINDOW = 9;
    private static final int MIN_QUOTE_CHARS = 3;

    private final ArticleContext context;

    private QuoteAttributor(ArticleContext context) {
        this.context = context;
    }

    /** The quotations of the article's text, in text order, each attributed where a pattern says by whom. */
    public static List<Quotation> quotations(ArticleContext context) {
        return new QuoteAttributor(context).find();
    }

    private List<Quotation> find() {
        String text = context.article().text();
        List<Quotation> found = new ArrayList<>();
        for (int[] marks : quoteMarks(text)) {
            int open = marks[0];
            int close = marks[1];
            int first = sentenceAt(open + 1);
            int last = sentenceAt(Math.max(open + 1, close - 1));
            if (first < 0 || last < 0) {
                continue;
            }
            Quotation quotation = new Quotation(new CharSpan(open + 1, close), text.substring(open + 1, close),
                    first, Math.max(first, last), null, null, -1, "none", 0);
            Quotation attributed = attribute(quotation, open, close, found);
            found.add(attributed != null ? attributed : quotation);
        }
        return found;
    }

    private Quotation attribute(Quotation q, int open, int close, List<Quotation> earlier) {
        Quotation after = after(q, close);
        if (after != null) {
            return after;
        }
        Quotation before = before(q, open);
        if (before != null) {
            return before;
        }
        for (int s = q.firstSentence(); s <= q.lastSentence(); s++) {
            Quotation according = accordingTo(q, s);
            if (according != null) {
                return according;
            }
        }
        Quotation colon = colonBefore(q);
        if (colon != null) {
            return colon;
        }
        return sameParagraph(q, earlier);
    }

    /** “...,” Name said. / “...,” said Name. / “...,” he added. / “...,” the ministry said in a statement. */
    private Quotation after(Quotation q, int close) {
        SentenceMentions sm = context.mentions(q.lastSentence());
        List<Token> tokens = sm.sentence().tokens();
        int from = firstTokenAt(tokens, close + 1);
        if (from < 0) {
            return null;
        }
        int i = from;
        while (i < tokens.size() && (tokens.get(i).text().equals(",") || Words.isQuote(tokens.get(i)))) {
            i++;
        }
        if (i >= tokens.size() || i - from > 2) {
            return null;
        }
        if (isSaying(tokens.get(i))) {
            // “...,” said Name / said the minister
            Found speaker = actorAt(sm, Words.skipDeterminers(tokens, i + 1));
            return speaker == null ? null : q.attributedTo(speaker.entity, speaker.mention, q.lastSentence(), "after", 0.9);
        }
        Found speaker = actorAt(sm, i); // "the ministry" may be a mention of its own, article included
        if (speaker == null) {
            speaker = actorAt(sm, Words.skipDeterminers(tokens, i));
        }
        if (speaker == null) {
            return null;
        }
        // the verb of saying after the name and its apposition ("Name, the foreign minister, said")
        for (int j = speaker.mention.end(); j < Math.min(tokens.size(), speaker.mention.end() + AFTER_WINDOW); j++) {
            Token t = tokens.get(j);
            if (isSaying(t)) {
                return q.attributedTo(speaker.entity, speaker.mention, q.lastSentence(), "after", 0.9);
            }
            if (Words.isQuote(t) || Words.isHardBoundary(t)) {
                break;
            }
        }
        return null;
    }

    /** Name said: “...” / Name said on Friday, “...” / Name: “...” / Name called the plan “...”. */
    private Quotation before(Quotation q, int open) {
        SentenceMentions sm = context.mentions(q.firstSentence());
        List<Token> tokens = sm.sentence().tokens();
        int mark = lastTokenBefore(tokens, open);
        if (mark < 0) {
            return null;
        }
        // "Name: “...”"
        if (tokens.get(mark).text().equals(":")) {
            Found named = actorEndingAt(sm, mark);
            if (named != null) {
                return q.attributedTo(named.entity, named.mention, q.firstSentence(), "before", 0.85);
            }
        }
        // "Name said (on Friday) (that) “...”", "Name, the minister, told reporters: “...”", "was told by Name of “...”":
        // the verb of saying nearest before the quotation, and its subject (or its agent after "by")
        for (int v = mark; v >= 0; v--) {
            Token t = tokens.get(v);
            if (Words.isQuote(t) || t.text().equals(";")) {
                break;
            }
            if (isSaying(t)) {
                Found agent = agentAfter(sm, v, mark);
                Found subject = agent != null ? agent : subjectBefore(sm, v);
                return subject == null ? null : q.attributedTo(subject.entity, subject.mention, q.firstSentence(), "before",
                        mark - v <= BEFORE_WINDOW ? 0.85 : 0.7);
            }
        }
        // "Name called the plan “...”", "... described as “...”": words quoted within a clause are its subject's,
        // unless they only name something ("the “Super Tuesday” primaries", a law's title)
        if (isName(q.text())) {
            return null;
        }
        for (int v = mark; v >= 0 && mark - v <= BEFORE_WINDOW; v--) {
            Token t = tokens.get(v);
            if (Words.isQuote(t) || t.text().equals(";")) {
                break;
            }
            if (t.tag().equals("VERB")) {
                Found subject = subjectBefore(sm, v);
                return subject == null ? null : q.attributedTo(subject.entity, subject.mention, q.firstSentence(), "partial", 0.6);
            }
        }
        return null;
    }

    /** Words in quotation marks that only name something: a title in capitals, or one or two words. */
    static boolean isName(String words) {
        String[] parts = words.strip().replaceAll("[.,]$", "").split("\\s+");
        if (parts.length <= 2) {
            return true;
        }
        for (String part : parts) {
            if (!part.isEmpty() && Character.isLowerCase(part.codePointAt(0)) && !Set.of("of", "the", "and", "for", "on", "in", "to", "a").contains(part)) {
                return false;
            }
        }
        return true;
    }

    /** "was told by Name": the agent of a passive verb of saying, between it and the quotation. */
    private Found agentAfter(SentenceMentions sm, int verb, int mark) {
        List<Token> tokens = sm.sentence().tokens();
        for (int i = verb + 1; i < mark; i++) {
            if (Words.lower(tokens.get(i)).equals("by")) {
                return actorAt(sm, Words.skipDeterminers(tokens, i + 1));
            }
        }
        return null;
    }

    /** "according to Name" anywhere in a sentence the quotation runs over. */
    private Quotation accordingTo(Quotation q, int sentence) {
        SentenceMentions sm = context.mentions(sentence);
        List<Token> tokens = sm.sentence().tokens();
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (Words.lower(tokens.get(i)).equals("according") && Words.lower(tokens.get(i + 1)).equals("to")) {
                Found speaker = actorAt(sm, Words.skipDeterminers(tokens, i + 2));
                if (speaker != null) {
                    return q.attributedTo(speaker.entity, speaker.mention, sentence, "according-to", 0.8);
                }
            }
        }
        return null;
    }

    /** "Name told reporters:" closing the sentence before a quotation that opens its own. */
    private Quotation colonBefore(Quotation q) {
        int s = q.firstSentence() - 1;
        if (s < 0) {
            return null;
        }
        SentenceMentions sm = context.mentions(s);
        List<Token> tokens = sm.sentence().tokens();
        if (tokens.isEmpty() || !tokens.get(tokens.size() - 1).text().equals(":")) {
            return null;
        }
        for (int v = tokens.size() - 2; v >= 0 && tokens.size() - 2 - v <= BEFORE_WINDOW; v--) {
            if (isSaying(tokens.get(v))) {
                Found subject = subjectBefore(sm, v);
                return subject == null ? null : q.attributedTo(subject.entity, subject.mention, s, "colon-before", 0.75);
            }
        }
        return null;
    }

    /** A quotation left unattributed goes on the speech of the one before it in its paragraph. */
    private Quotation sameParagraph(Quotation q, List<Quotation> earlier) {
        String text = context.article().text();
        for (int k = earlier.size() - 1; k >= 0; k--) {
            Quotation previous = earlier.get(k);
            if (text.substring(previous.span().end(), q.span().start()).indexOf('\n') >= 0) {
                return null;
            }
            if (previous.attributed()) {
                return q.attributedTo(previous.speaker(), null, previous.speakerSentence(), "paragraph", 0.7);
            }
        }
        return null;
    }

    /**
     * The subject of the verb at {@code verb}: the nearest actor before it that no preposition governs; across an
     * apposition ("Name, the foreign minister, said") and a relative pronoun ("Name, who said") to the name.
     */
    private Found subjectBefore(SentenceMentions sm, int verb) {
        List<Token> tokens = sm.sentence().tokens();
        int before = verb - 1;
        while (before >= 0 && (tokens.get(before).tag().equals("ADV") || tokens.get(before).tag().equals("AUX"))) {
            before--;
        }
        if (before >= 0 && Words.lower(tokens.get(before)).equals("who")) {
            int j = before - 1 >= 0 && tokens.get(before - 1).text().equals(",") ? before - 2 : before - 1;
            Found named = j >= 0 ? actorEndingAt(sm, j + 1) : null;
            if (named != null) {
                return named;
            }
        }
        if (before >= 0 && tokens.get(before).text().equals(",")) {
            for (int open = before - 1; open > 0; open--) {
                if (tokens.get(open).text().equals(",")) {
                    Found named = actorEndingAt(sm, open);
                    if (named != null && Speakers.isFreeSubject(tokens, sm, named.mention.start())) {
                        return named;
                    }
                    break;
                }
                if (Words.isQuote(tokens.get(open)) || Words.isHardBoundary(tokens.get(open))) {
                    break;
                }
            }
        }
        for (int i = verb - 1; i >= 0; i--) {
            Token t = tokens.get(i);
            if (Words.isQuote(t) || Words.isHardBoundary(t) && !t.text().equals("—")) {
                return null;
            }
            Mention m = sm.endingAt(i + 1);
            if (m == null) {
                continue;
            }
            Found found = resolve(sm, m);
            if (found != null && Speakers.isFreeSubject(tokens, sm, m.start())) {
                return found;
            }
            i = m.start();
        }
        return null;
    }

    /** The actor (or titled person) that starts at token {@code i}, its title skipped ("the Foreign Minister, Name"). */
    private Found actorAt(SentenceMentions sm, int i) {
        Mention m = sm.startingAt(i);
        if (m == null) {
            return null;
        }
        if ((m.type() == MentionType.COUNTRY || m.type() == MentionType.SEAT) && m.end() < sm.sentence().size()) {
            // "according to U.S. Attorney Bash", "said Russia's Foreign Minister Lavrov": the title's holder speaks
            int next = Words.isPossessive(sm.sentence().token(m.end())) ? m.end() + 1 : m.end();
            Mention title = sm.startingAt(next);
            if (title != null && title.type() == MentionType.ROLE) {
                Found holder = actorAt(sm, next);
                if (holder != null) {
                    return holder;
                }
            }
        }
        if (m.type() == MentionType.ROLE || m.type() == MentionType.DEMONYM && sm.startingAt(m.end()) != null) {
            // "said Russian Foreign Minister Sergei Lavrov": the person after the title
            int next = m.end();
            Mention after = sm.startingAt(next);
            while (after != null && after.type() == MentionType.ROLE) {
                next = after.end();
                after = sm.startingAt(next);
            }
            if (after != null && after.type() == MentionType.PERSON) {
                return resolve(sm, after);
            }
        }
        return resolve(sm, m);
    }

    /** The actor whose mention ends just before token {@code end}. */
    private Found actorEndingAt(SentenceMentions sm, int end) {
        Mention m = sm.endingAt(end);
        return m == null ? null : resolve(sm, m);
    }

    /** What a mention stands for as a speaker: a person, a state, a body; a bare title is its holder. */
    private Found resolve(SentenceMentions sm, Mention m) {
        Entity entity = switch (m.type()) {
            case ROLE -> RoleHolders.holderOf(context, m, sm);
            case DEMONYM, OUTLET -> null;
            default -> m.type().isActor() ? context.resolver().entity(m) : null;
        };
        return entity == null ? null : new Found(entity, m);
    }

    private static boolean isSaying(Token token) {
        if (!(token.tag().equals("VERB") || token.tag().equals("AUX") || token.tag().equals("NOUN"))) {
            return false;
        }
        for (String lemma : Lemmas.candidates(token)) {
            if (SAYING.contains(lemma)) {
                return true;
            }
        }
        return false;
    }

    private int sentenceAt(int offset) {
        List<Sentence> sentences = context.sentences();
        int lo = 0;
        int hi = sentences.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            CharSpan span = sentences.get(mid).span();
            if (offset < span.start()) {
                hi = mid - 1;
            } else if (offset >= span.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        // between sentences (white space): the sentence that follows
        return lo < sentences.size() ? lo : -1;
    }

    private static int firstTokenAt(List<Token> tokens, int offset) {
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().start() >= offset) {
                return i;
            }
        }
        return -1;
    }

    private static int lastTokenBefore(List<Token> tokens, int offset) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (tokens.get(i).span().end() <= offset) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Pairs of quotation marks: a curly opening mark with its closing one, or straight marks taken two by two;
     * a paragraph's end closes whatever is open. Offsets of the marks themselves.
     */
    static List<int[]> quoteMarks(String text) {
        List<int[]> pairs = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                open = -1;
            } else if (c == '“' || c == '"' && open < 0) {
                open = i;
            } else if ((c == '”' || c == '"') && open >= 0) {
                if (i - open - 1 >= MIN_QUOTE_CHARS) {
                    pairs.add(new int[] {open, i});
                }
                open = -1;
            }
        }
        return pairs;
    }

    private record Found(Entity entity, Mention mention) {
    }
}
