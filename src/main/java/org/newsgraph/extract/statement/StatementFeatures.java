package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.statement.StatementCandidate.Source;
import org.newsgraph.mention.Mention;
import org.newsgraph.mention.MentionType;
import org.newsgraph.mention.SentenceMentions;
import org.newsgraph.mention.Words;
import org.newsgraph.model.Entity;
import org.newsgraph.model.StatementFact;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The named features of a statement candidate, as the statement model sees it: how the speaker was found,
 * what the rules said of the pair, the statement words of the sentence and where they stand between speaker
 * and target, the words around the target, and the sentence's words. Names read as {@code trig=criticize},
 * {@code tg.prev=against}, {@code src=GROUP}.
 */
public final class StatementFeatures {
    private static final Set<String> CONTENT_TAGS = Set.of("VERB", "NOUN", "ADJ", "ADV");
    private static final Set<String> FIRST_PERSON = Set.of("we", "i", "our", "us", "my");

    private final ArticleContext context;
    private final List<StatementFact> ruleFacts;
    private final TriggerFinder triggerFinder;
    private final Speakers speakers;
    private final Map<Integer, SentenceView> views = new HashMap<>();
    private final String documentKind;

    public StatementFeatures(ArticleContext context, List<StatementFact> ruleFacts) {
        this.context = context;
        this.ruleFacts = List.copyOf(ruleFacts);
        this.triggerFinder = new TriggerFinder(context.gazetteer());
        this.speakers = new Speakers(context);
        this.documentKind = documentKind(context);
    }

    /** The features of one candidate; every list holds "bias". */
    public List<String> of(StatementCandidate c) {
        SentenceView view = views.computeIfAbsent(c.sentence(), this::view);
        Sentence sentence = view.sm.sentence();
        List<Token> tokens = sentence.tokens();
        Set<String> f = new LinkedHashSet<>();
        f.add("bias");
        f.add("doc=" + documentKind);
        for (Source source : c.sources()) {
            f.add("src=" + source);
            f.add("src=" + source + "&doc=" + documentKind);
            if (source == Source.AUTHOR) {
                f.add("src=AUTHOR&we=" + view.firstPerson);
            }
        }
        if (c.sources().equals(Set.of(Source.AUTHOR))) {
            f.add("src=onlyAUTHOR");
        }
        f.add("sp.kind=" + c.speaker().kind());
        f.add("tg.kind=" + c.target().kind());
        Mention tm = c.targetMention();
        Mention sm = c.speakerMention();
        f.add("tg.mtype=" + tm.type());
        if (sm != null) {
            f.add("sp.mtype=" + sm.type());
        }
        Entity speakerState = context.stateOf(c.speaker());
        if (speakerState != null && speakerState.equals(c.target())) {
            f.add("tg.ownState");
        }

        // what the rules said
        for (StatementFact rule : view.rules) {
            boolean sameSpeaker = rule.speaker().key().equals(c.speaker().key());
            boolean sameTarget = rule.target().key().equals(c.target().key());
            String kind = rule.kind().label();
            if (sameSpeaker && sameTarget) {
                f.add("rule=" + kind);
                f.add("rule");
            } else if (sameSpeaker) {
                f.add("rule.sp=" + kind);
            } else if (sameTarget) {
                f.add("rule.tg=" + kind);
            } else {
                f.add("rule.other=" + kind);
            }
        }

        // the statement words and where they stand
        Trigger nearest = null;
        for (Trigger t : view.triggers) {
            String kind = t.kind().label();
            String lemma = triggerLemma(tokens.get(t.start()));
            f.add("trig=" + kind);
            f.add("trig.lemma=" + lemma);
            boolean beforeTarget = t.end() <= tm.start();
            f.add("trig=" + kind + "&tg." + (beforeTarget ? "after" : "before"));
            if (beforeTarget) {
                f.add("trig=" + kind + "&tdist=" + bucket(tm.start() - t.end()));
                f.add("trig.lemma=" + lemma + "&tg.after");
                if (nearest == null || t.end() > nearest.end()) {
                    nearest = t;
                }
            }
            if (sm != null) {
                boolean speakerBefore = sm.end() <= t.start();
                f.add("trig=" + kind + "&sp." + (speakerBefore ? "before" : "after"));
                if (speakerBefore && beforeTarget) {
                    f.add("trig=" + kind + "&between");
                    f.add("trig.lemma=" + lemma + "&between");
                }
            }
        }
        // who stands as each statement word's subject, and whether the target is the first actor after it
        for (TriggerView tv : view.triggerViews) {
            String kind = tv.trigger.kind().label();
            boolean subject = tv.subjects.contains(c.speaker().key());
            boolean object = !tv.objects.isEmpty() && c.target().key().equals(tv.objects.get(0));
            if (!object && tv.objects.contains(c.target().key())) {
                f.add("trig=" + kind + "&objN"); // "thanked the GCC, the Special Envoy, and the United Nations"
                if (subject) {
                    f.add("trig=" + kind + "&subj&objN");
                }
            }
            if (subject) {
                f.add("trig=" + kind + "&subj");
                f.add("trig.lemma=" + triggerLemma(tokens.get(tv.trigger.start())) + "&subj");
            }
            if (object) {
                f.add("trig=" + kind + "&obj1");
            }
            if (subject && object) {
                f.add("trig=" + kind + "&subj&obj1");
            }
            if (!subject && tv.trigger.start() > view.firstVerb && view.sentenceSubjects.contains(c.speaker().key())) {
                // "The leaders condemned X, discussed Y and reiterated their resolve to continue supporting Ukraine":
                // the sentence's subject carries on through its coordinated verbs
                f.add("trig=" + kind + "&sentSubj");
                if (object) {
                    f.add("trig=" + kind + "&sentSubj&obj1");
                }
            }

            // "warned that US pressure on Ukraine could escalate": after "that" a clause of its own begins, whose
            // subject is what the statement is about; an actor deeper in the clause is not
            int that = tv.trigger.end() < tokens.size() && Words.lower(tokens.get(tv.trigger.end())).equals("that") ? tv.trigger.end() : -1;
            if (that >= 0 && tm.start() > that) {
                boolean clauseSubject = tm.start() <= Words.skipDeterminers(tokens, that + 1) + 2;
                f.add("trig=" + kind + "&that&" + (clauseSubject ? "clauseSubj" : "deep"));
            }
        }
        if (nearest != null) {
            f.add("near=" + nearest.kind().label());
            f.add("near.lemma=" + triggerLemma(tokens.get(nearest.start())));
        }

        // the target's surroundings
        String prev = tm.start() > 0 ? Words.lower(tokens.get(tm.start() - 1)) : "<s>";
        f.add("tg.prev=" + prev);
        if (tm.start() > 1) {
            f.add("tg.prev2=" + Words.lower(tokens.get(tm.start() - 2)) + "_" + prev);
        }
        if (tm.end() < tokens.size()) {
            Token next = tokens.get(tm.end());
            f.add("tg.next=" + Words.lower(next));
            if (Words.isPossessive(next) && tm.end() + 1 < tokens.size()) {
                f.add("tg.poss");
                f.add("tg.possnext=" + lemma(nextContent(tokens, tm.end() + 1)));
            }
        }
        if (tm.type() == MentionType.DEMONYM && tm.end() < tokens.size()) {
            f.add("tg.demonym.next=" + lemma(tokens.get(tm.end())));
        }
        if (view.inQuote(tm.start())) {
            f.add("tg.inQuote");
        }
        if (tm.start() == firstActorStart(view)) {
            f.add("tg.first");
        }

        // evaluative wording around the target, and in the noun phrase it owns ("Russia's brutal war")
        double low = 0;
        double high = 0;
        for (int i = Math.max(0, tm.start() - 3); i < Math.min(tokens.size(), tm.end() + 5); i++) {
            if (i < tm.start() || i >= tm.end()) {
                double v = Valence.of(tokens.get(i));
                low = Math.min(low, v);
                high = Math.max(high, v);
            }
        }
        f.add("tg.val.low=" + valenceBucket(low));
        f.add("tg.val.high=" + valenceBucket(high));
        for (Source source : c.sources()) {
            f.add("tg.val.low=" + valenceBucket(low) + "&src=" + source);
            f.add("tg.val.high=" + valenceBucket(high) + "&src=" + source);
        }
        f.add("s.val=" + valenceBucket(view.valenceLow) + "/" + valenceBucket(view.valenceHigh));

        // the speaker's place
        if (sm != null) {
            boolean before = sm.end() <= tm.start();
            f.add("sp." + (before ? "beforeTg" : "afterTg"));
            f.add("sp.dist=" + bucket(before ? tm.start() - sm.end() : sm.start() - tm.end()));
            if (sm.start() == firstActorStart(view)) {
                f.add("sp.first");
            }
            if (Speakers.isFreeSubject(tokens, view.sm, sm.start())) {
                f.add("sp.free");
            }
        } else {
            f.add("sp.absent");
        }

        // the sentence
        f.add("we=" + view.firstPerson);
        if (view.negated) {
            f.add("neg");
        }
        if (view.obligation) {
            f.add("must");
            f.add("must&tg.first=" + (tm.start() == firstActorStart(view)));
        }
        if (view.saying) {
            f.add("saying");
        }
        if (view.quoted) {
            f.add("quote");
        }
        return new ArrayList<>(f);
    }

    private static String valenceBucket(double v) {
        if (v <= -2) {
            return "--";
        }
        if (v < 0) {
            return "-";
        }
        if (v == 0) {
            return "0";
        }
        return v >= 2 ? "++" : "+";
    }

    /**
     * A statement word with the keys of its subjects (as the rules find them) and of the actors after it: the
     * first, and those coordinated with it ("the GCC, the U.S. Special Envoy, and the United Nations").
     */
    private record TriggerView(Trigger trigger, Set<String> subjects, List<String> objects) {
    }

    /** The keys of the subjects before a token, as the rules find them, or the participants of a group subject. */
    private Set<String> subjectsBefore(SentenceMentions sm, int at) {
        Set<String> subjects = new java.util.HashSet<>();
        for (Speakers.Found found : speakers.before(sm, at)) {
            subjects.add(found.entity().key());
        }
        if (subjects.isEmpty() && groupSubjectBefore(sm.sentence().tokens(), at)) {
            // "the leaders condemned", "both sides welcomed", "they called on": the participants speak
            for (Entity member : context.resolver().group(sm.sentence().index())) {
                subjects.add(member.key());
            }
            for (Entity member : context.resolver().participants()) {
                subjects.add(member.key());
            }
        }
        return subjects;
    }

    private TriggerView triggerView(SentenceMentions sm, Trigger t) {
        Set<String> subjects = subjectsBefore(sm, t.start());
        List<String> objects = new ArrayList<>();
        List<Token> tokens = sm.sentence().tokens();
        int from = t.end();
        for (Mention m : sm.mentions()) {
            if (m.start() < from) {
                continue;
            }
            boolean joined = true;
            for (int i = from; i < m.start(); i++) {
                Token between = tokens.get(i);
                if (Words.isHardBoundary(between)) {
                    joined = false;
                    break;
                }
                if (!objects.isEmpty() && !isCoordinating(between)) {
                    joined = false;
                    break;
                }
            }
            if (!joined) {
                break;
            }
            Entity entity = StatementCandidates.actorOf(context, sm, m);
            if (entity != null) {
                objects.add(entity.key());
            }
            from = m.end();
        }
        return new TriggerView(t, subjects, objects);
    }

    /** What may stand between coordinated actors: commas, "and", "or", articles, possessives, "as well as". */
    private static boolean isCoordinating(Token token) {
        String word = Words.lower(token);
        return word.equals(",") || word.equals("and") || word.equals("or") || word.equals("as") || word.equals("well")
                || token.tag().equals("DET") || Words.isPossessive(token) || word.equals("both");
    }

    /** A group word ("leaders", "they", "sides") right before a statement word, adverbs and auxiliaries aside. */
    private static boolean groupSubjectBefore(List<Token> tokens, int trigger) {
        for (int i = trigger - 1; i >= 0 && trigger - i <= 4; i--) {
            Token t = tokens.get(i);
            if (StatementCandidates.GROUP_WORDS.contains(Words.lower(t))) {
                return true;
            }
            if (!(t.tag().equals("ADV") || t.tag().equals("AUX") || t.tag().equals("PART"))) {
                return false;
            }
        }
        return false;
    }

    private SentenceView view(int index) {
        SentenceMentions sm = context.mentions(index);
        Sentence sentence = sm.sentence();
        List<Token> tokens = sentence.tokens();
        List<StatementFact> rules = ruleFacts.stream()
                .filter(r -> !r.provenance().inTitle() && r.provenance().sentenceSpan().equals(sentence.span())).toList();
        boolean[] quoted = new boolean[tokens.size()];
        boolean open = false;
        boolean anyQuote = false;
        String firstPerson = "no";
        boolean negated = false;
        boolean obligation = false;
        boolean saying = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String word = Words.lower(t);
            if (Words.isQuote(t)) {
                open = t.text().equals("“") || t.text().equals("``") || t.text().equals("\"") && !open;
                anyQuote = true;
                continue;
            }
            quoted[i] = open;
            if (FIRST_PERSON.contains(word) && t.tag().equals("PRON") || word.equals("our")) {
                firstPerson = open ? "quoted" : "yes";
            }
            negated |= Words.NEGATIONS.contains(word);
            obligation |= word.equals("must") || word.equals("should");
            saying |= QuoteAttributor.SAYING.contains(t.lemma()) && t.tag().equals("VERB");
        }
        double low = 0;
        double high = 0;
        for (Token t : tokens) {
            double v = Valence.of(t);
            low = Math.min(low, v);
            high = Math.max(high, v);
        }
        List<Trigger> triggers = triggerFinder.find(tokens);
        List<TriggerView> triggerViews = triggers.stream().map(t -> triggerView(sm, t)).toList();
        int firstVerb = 0;
        while (firstVerb < tokens.size() && !Words.isVerb(tokens.get(firstVerb))) {
            firstVerb++;
        }
        Set<String> sentenceSubjects = subjectsBefore(sm, firstVerb);
        return new SentenceView(sm, triggers, triggerViews, rules, quoted, anyQuote, firstPerson, negated, obligation,
                saying, low, high, firstVerb, sentenceSubjects);
    }

    private static int firstActorStart(SentenceView view) {
        for (Mention m : view.sm.mentions()) {
            if (m.type().isActor() || m.type() == MentionType.ROLE || m.type() == MentionType.DEMONYM) {
                return m.start();
            }
        }
        return -1;
    }

    private static Token nextContent(List<Token> tokens, int i) {
        while (i < tokens.size() - 1 && !CONTENT_TAGS.contains(tokens.get(i).tag())) {
            i++;
        }
        return tokens.get(i);
    }

    /** The lemma by which a statement word is listed ("condemned" is "condemn"), else its own lemma. */
    private String triggerLemma(Token token) {
        for (String lemma : org.newsgraph.nlp.Lemmas.candidates(token)) {
            if (context.gazetteer().statementKind(lemma) != null) {
                return lemma;
            }
        }
        return lemma(token);
    }

    private static String lemma(Token token) {
        String lemma = token.lemma();
        return (lemma == null || lemma.isEmpty() || lemma.equals("O") ? token.text() : lemma).toLowerCase(Locale.ROOT);
    }

    static String bucket(int distance) {
        if (distance <= 0) {
            return "0";
        }
        if (distance <= 2) {
            return "1-2";
        }
        if (distance <= 5) {
            return "3-5";
        }
        if (distance <= 10) {
            return "6-10";
        }
        return "11+";
    }

    /** What kind of text the article is: a government's own release (its authors speak), or news. */
    private static String documentKind(ArticleContext context) {
        if (context.sourceCountry() == null) {
            return "news";
        }
        String title = context.article().title().toLowerCase(Locale.ROOT);
        for (String kind : List.of("joint statement", "readout", "statement", "fact sheet", "remarks", "letter", "message")) {
            if (title.contains(kind)) {
                return "release-" + kind.replace(' ', '-');
            }
        }
        return "release";
    }

    private record SentenceView(SentenceMentions sm, List<Trigger> triggers, List<TriggerView> triggerViews,
                                List<StatementFact> rules, boolean[] quotedTokens, boolean quoted, String firstPerson,
                                boolean negated, boolean obligation, boolean saying,
                                double valenceLow, double valenceHigh, int firstVerb, Set<String> sentenceSubjects) {
        boolean inQuote(int token) {
            return token < quotedTokens.length && quotedTokens[token];
        }
    }
}
