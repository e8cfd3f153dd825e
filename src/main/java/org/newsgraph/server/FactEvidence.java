package org.newsgraph.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.newsgraph.store.QueryText;

/**
 * The evidence of a page of facts (fact-evidence.rq, the facts bound by a VALUES block): the sentence with the
 * evidence's place in it, the article, the quote and the direct quotations the fact rests on. Call inside a read
 * transaction.
 */
final class FactEvidence {
    private static final Query EVIDENCE = QueryFactory.create(QueryText.load("/org/newsgraph/server/fact-evidence.rq"));
    private static final Var FACT = Var.alloc("fact");

    /** What the page shows under a fact; {@code highlightStart} and {@code highlightEnd} are offsets in the sentence, -1 when unknown. */
    record Evidence(String fact, String sentence, int highlightStart, int highlightEnd, boolean inTitle, String article, String articleId,
                    String title, String url, String quote, List<String> quotations, String extractor) {
    }

    private FactEvidence() {
    }

    static Map<String, Evidence> of(Dataset dataset, Collection<String> facts, Duration timeout) {
        Map<String, Evidence> found = new LinkedHashMap<>();
        if (facts.isEmpty()) {
            return found;
        }
        Query query = EVIDENCE.cloneQuery();
        List<Binding> values = new ArrayList<>();
        for (String fact : facts) {
            values.add(BindingFactory.binding(FACT, NodeFactory.createURI(fact)));
        }
        ((ElementGroup) query.getQueryPattern()).getElements().add(0, new ElementData(List.of(FACT), values));
        query.setLimit(facts.size() * 20L);
        try (QueryExec exec = QueryExec.dataset(dataset.asDatasetGraph()).query(query).timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build()) {
            exec.select().forEachRemaining(row -> {
                String fact = row.get(FACT).getURI();
                Evidence known = found.get(fact);
                String quotation = text(row, "quotation");
                if (known != null) {
                    if (quotation != null && !known.quotations().contains(quotation)) {
                        known.quotations().add(quotation);
                    }
                    return;
                }
                String sentence = text(row, "sentence");
                int sentenceStart = integer(row, "sentenceStart");
                int start = integer(row, "start");
                int end = integer(row, "end");
                int from = -1;
                int to = -1;
                if (sentence != null && sentenceStart >= 0 && start >= sentenceStart && end > start && end - sentenceStart <= sentence.length()) {
                    from = start - sentenceStart;
                    to = end - sentenceStart;
                }
                List<String> quotations = new ArrayList<>();
                if (quotation != null) {
                    quotations.add(quotation);
                }
                found.put(fact, new Evidence(fact, sentence, from, to, "true".equals(text(row, "inTitle")), uri(row, "article"),
                        text(row, "articleId"), text(row, "title"), text(row, "url"), text(row, "quote"), quotations, text(row, "extractor")));
            });
        }
        return found;
    }

    private static String text(Binding row, String name) {
        Node node = row.get(Var.alloc(name));
        return node != null && node.isLiteral() ? node.getLiteralLexicalForm() : null;
    }

    private static String uri(Binding row, String name) {
        Node node = row.get(Var.alloc(name));
        return node != null && node.isURI() ? node.getURI() : null;
    }

    private static int integer(Binding row, String name) {
        String value = text(row, name);
        try {
            return value == null ? -1 : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
