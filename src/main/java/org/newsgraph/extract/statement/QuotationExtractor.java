package org.newsgraph.extract.statement;

import java.util.ArrayList;
import java.util.List;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.model.CharSpan;
import org.newsgraph.model.Fact;
import org.newsgraph.model.Provenance;
import org.newsgraph.model.QuotationFact;
import org.newsgraph.nlp.Sentence;

/** The article's direct quotations as facts of their own, each with its speaker where the text attributes one. */
public final class QuotationExtractor implements Extractor {
    public static final String NAME = "quotation";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        List<Fact> facts = new ArrayList<>();
        String text = context.article().text();
        for (Quotation q : QuoteAttributor.quotations(context)) {
            Sentence first = context.sentences().get(q.firstSentence());
            Sentence last = context.sentences().get(q.lastSentence());
            // the sentences it runs over, so that the evidence lies inside them
            int from = Math.min(first.span().start(), q.span().start());
            int to = Math.max(last.span().end(), q.span().end());
            CharSpan sentences = new CharSpan(from, to);
            Provenance provenance = new Provenance(text.substring(from, to), sentences, q.span(), NAME, q.confidence());
            facts.add(new QuotationFact(q.text(), q.span(), q.speaker(), q.cue(), provenance));
        }
        return facts;
    }
}
