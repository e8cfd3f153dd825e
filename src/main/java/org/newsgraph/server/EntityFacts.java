package org.newsgraph.server;

import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.store.QueryText;

/**
 * What the web page shows about the nodes of its graph view: their labels and kinds, and for one node
 * the facts it takes part in with the evidence sentence and the article. The queries live beside this
 * class as .rq files; the node is bound into them, never pasted.
 */
final class EntityFacts {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NODE = QueryText.load("/org/newsgraph/server/node.rq");
    private static final String ENTITY_FACTS = QueryText.load("/org/newsgraph/server/entity-facts.rq");
    private static final String FACT_DETAILS = QueryText.load("/org/newsgraph/server/fact-details.rq");

    private final Dataset dataset;

    EntityFacts(Dataset dataset) {
        this.dataset = dataset;
    }

    /** {iri: {label, kind}} for each IRI; label and kind are null where the store knows none. */
    ObjectNode labels(Collection<String> iris) {
        return Txn.calculateRead(dataset, () -> {
            ObjectNode out = JSON.createObjectNode();
            for (String iri : iris) {
                ObjectNode node = out.putObject(iri);
                node.putNull("label");
                node.putNull("kind");
                select(NODE, "node", iri, row -> {
                    node.put("label", text(row, "label"));
                    node.put("kind", localName(row.get("kind")));
                });
            }
            return out;
        });
    }

    /** The node's label and kind, and its facts, each with its details, sentence and article. */
    ObjectNode describe(String iri) {
        return Txn.calculateRead(dataset, () -> {
            ObjectNode out = JSON.createObjectNode();
            out.put("iri", iri);
            out.setAll((ObjectNode) labels(List.of(iri)).get(iri));
            ArrayNode facts = out.putArray("facts");
            select(ENTITY_FACTS, "entity", iri, row -> {
                ObjectNode fact = facts.addObject();
                String factIri = row.getResource("fact").getURI();
                fact.put("fact", factIri);
                fact.put("kind", localName(row.get("type")));
                fact.put("confidence", row.getLiteral("confidence").getDouble());
                fact.put("sentence", text(row, "sentence"));
                fact.put("article", row.getResource("article").getURI());
                fact.put("title", text(row, "title"));
                fact.put("url", text(row, "url"));
                ArrayNode details = fact.putArray("details");
                select(FACT_DETAILS, "fact", factIri, detail -> {
                    ObjectNode pair = details.addObject();
                    pair.put("property", text(detail, "property"));
                    pair.put("value", text(detail, "value"));
                    RDFNode valueIri = detail.get("valueIri");
                    pair.put("iri", valueIri == null ? null : valueIri.asResource().getURI());
                });
            });
            return out;
        });
    }

    private void select(String query, String variable, String iri, Consumer<QuerySolution> rows) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query)
                .substitution(variable, ResourceFactory.createResource(iri)).build()) {
            execution.execSelect().forEachRemaining(rows);
        }
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    private static String localName(RDFNode node) {
        if (node == null || !node.isURIResource()) {
            return null;
        }
        String uri = node.asResource().getURI();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }

}
