package org.newsgraph.train;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.Matcher;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.ExtractionPipeline;
import org.newsgraph.extract.role.RoleExtractor;
import org.newsgraph.extract.statement.LearnedStatementExtractor;
import org.newsgraph.extract.statement.LearnedStatementExtractor.Evidence;
import org.newsgraph.extract.statement.StatementCandidate;
import org.newsgraph.extract.statement.StatementExtractor;
import org.newsgraph.extract.statement.StatementModel;
import org.newsgraph.extract.treaty.TreatyExtractor;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Fact;
import org.newsgraph.nlp.Sentence;

/**
 * One gold article made ready for the statement model: extracted up to the statements (posts and treaties found,
 * the rules' statements as evidence), its candidates with their features, and the outcomes the gold gives each.
 * <p>
 * A candidate's outcomes are the kinds of the gold statements of its (speaker, target) whose quoted words lie in
 * its sentence (any sentence, when the gold quotes nothing); {@code none} when the gold has no statement of that
 * pair at all. A pair the gold states elsewhere, or only optionally, teaches nothing either way: its outcomes are
 * empty and it is left out of training.
 */
record StatementExamples(GoldArticle gold, ArticleContext context, List<Fact> otherFacts, Evidence evidence,
                         List<Set<String>> outcomes) {

    static StatementExamples of(ExtractionPipeline pipeline, GoldArticle gold) {
        ArticleContext context = pipeline.run(gold.article(), List.of(new RoleExtractor(), new TreatyExtractor()));
        List<Fact> otherFacts = context.facts();
        Evidence evidence = LearnedStatementExtractor.evidence(context, new StatementExtractor());
        Matcher matcher = new Matcher(gold.gold().aliases());
        List<Set<String>> outcomes = new ArrayList<>();
        for (StatementCandidate candidate : evidence.candidates()) {
            outcomes.add(outcomes(context, gold, matcher, candidate));
        }
        return new StatementExamples(gold, context, otherFacts, evidence, outcomes);
    }

    private static Set<String> outcomes(ArticleContext context, GoldArticle gold, Matcher matcher, StatementCandidate c) {
        Set<String> kinds = new LinkedHashSet<>();
        boolean stated = false;
        String speaker = FactSheets.value(c.speaker());
        String target = FactSheets.value(c.target());
        for (FactSheet.Statement s : gold.gold().statements()) {
            if (!matcher.same(s.speaker(), speaker) || !matcher.same(s.target(), target)) {
                continue;
            }
            stated = true;
            if (!s.optional() && inEvidence(context, gold, s, c.sentence())) {
                kinds.add(s.kind());
            }
        }
        if (!stated) {
            kinds.add(StatementModel.NONE);
        }
        return kinds;
    }

    /**
     * Whether the sentence holds the gold statement's quoted words. A statement the gold quotes nothing of (or
     * nothing findable) says in no sentence in particular: it labels none, positive or negative.
     */
    private static boolean inEvidence(ArticleContext context, GoldArticle gold, FactSheet.Statement s, int sentence) {
        String text = gold.article().text();
        String quote = s.quote();
        int at = quote == null || quote.isBlank() ? -1 : text.indexOf(quote);
        if (at < 0) {
            return false;
        }
        CharSpan quoted = new CharSpan(at, at + quote.length());
        Sentence here = context.sentences().get(sentence);
        return here.span().start() < quoted.end() && quoted.start() < here.span().end();
    }
}
