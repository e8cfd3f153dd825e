package org.newsgraph.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;

/**
 * Reads the stored facts back, one JSON object per article in the shape of ../shared/gold/README.md
 * ({@code id}, {@code roles}, {@code treaties}, {@code statements}), with confidences beside them, and each
 * fact's IRI ({@code fact}) and evidence sentence ({@code evidence}), which scorers ignore; the article's direct
 * {@code quotations} with their speakers and the statements they support follow.
 * The queries live beside this class as .rq files; values are bound, never pasted into query text.
 */
public final class FactsReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SEPARATOR = "\u001F";
    /**
     * The queries, parsed once per thread: a Spark job reads the facts of each article from a graph of its own, where
     * parsing them each time took longer than running them (a Query is not for sharing between threads).
     */
    private static final ThreadLocal<Map<String, Query>> PARSED = ThreadLocal.withInitial(HashMap::new);

    private final Dataset dataset;

    public FactsReader(GraphStore store) {
        this(store.dataset());
    }

    /** Reads any dataset that holds article graphs as the store does (a Spark job's in-memory graph of one article). */
    public FactsReader(Dataset dataset) {
        this.dataset = dataset;
    }

    /** Every stored article (or only {@code articleId}, when not null), with its facts of at least minConfidence. */
    public void read(String articleId, double minConfidence, Consumer<ObjectNode> out) {
        Txn.executeRead(dataset, () -> {
            Map<String, ObjectNode> articles = new LinkedHashMap<>();
            Map<String, RDFNode> binding = new LinkedHashMap<>();
            if (articleId != null) {
                binding.put("id", ResourceFactory.createStringLiteral(articleId));
            }
            select("articles.rq", binding, row -> {
                ObjectNode article = JSON.createObjectNode();
                article.put("id", row.getLiteral("id").getString());
                article.putArray("roles");
                article.putArray("treaties");
                article.putArray("statements");
                article.putArray("quotations");
                articles.put(row.getResource("g").getURI(), article);
            });
            Map<String, String> evidence = new HashMap<>();
            select("evidence.rq", Map.of(), row -> evidence.put(row.getResource("fact").getURI(), string(row, "sentence")));
            Map<String, RDFNode> threshold = Map.of("minConfidence", ResourceFactory.createTypedLiteral(minConfidence));
            select("roles.rq", threshold, row -> into(articles, row, "roles", role -> {
                role.put("person", string(row, "person"));
                role.put("role", string(row, "role"));
                role.put("country", string(row, "country"));
                role.put("current", row.getLiteral("current").getBoolean());
                putIfPresent(role, "posted_to", string(row, "postedTo"));
                role.put("confidence", row.getLiteral("confidence").getDouble());
                provenance(role, row, evidence);
            }));
            select("treaties.rq", threshold, row -> into(articles, row, "treaties", treaty -> {
                treaty.put("name", string(row, "name"));
                list(treaty.putArray("aliases"), string(row, "aliases"));
                list(treaty.putArray("signatories"), string(row, "signatories"));
                list(treaty.putArray("parties"), string(row, "parties"));
                treaty.put("date", string(row, "date"));
                treaty.put("place", string(row, "place"));
                treaty.put("confidence", row.getLiteral("confidence").getDouble());
                provenance(treaty, row, evidence);
            }));
            select("statements.rq", threshold, row -> into(articles, row, "statements", statement -> {
                statement.put("speaker", string(row, "speaker"));
                statement.put("target", string(row, "target"));
                statement.put("kind", string(row, "kind"));
                statement.put("quote", string(row, "quote"));
                statement.put("outlet", string(row, "outlet"));
                putIfPresent(statement, "date", string(row, "date"));
                statement.put("confidence", row.getLiteral("confidence").getDouble());
                provenance(statement, row, evidence);
            }));
            select("quotations.rq", threshold, row -> into(articles, row, "quotations", quotation -> {
                quotation.put("words", string(row, "words"));
                putIfPresent(quotation, "speaker", string(row, "speaker"));
                quotation.put("attribution", string(row, "attribution"));
                quotation.put("start", row.getLiteral("start").getInt());
                quotation.put("end", row.getLiteral("end").getInt());
                list(quotation.putArray("supports"), string(row, "supports"));
                quotation.put("confidence", row.getLiteral("confidence").getDouble());
                provenance(quotation, row, evidence);
            }));
            articles.values().forEach(out);
        });
    }

    /** All articles as a list, for callers that score them. */
    public List<ObjectNode> readAll(double minConfidence) {
        List<ObjectNode> all = new ArrayList<>();
        read(null, minConfidence, all::add);
        return all;
    }

    private void select(String resource, Map<String, RDFNode> binding, Consumer<QuerySolution> rows) {
        var builder = QueryExecution.dataset(dataset).query(PARSED.get().computeIfAbsent(resource,
                name -> QueryFactory.create(QueryText.load("/org/newsgraph/store/" + name))));
        binding.forEach(builder::substitution);
        try (QueryExecution execution = builder.build()) {
            execution.execSelect().forEachRemaining(rows);
        }
    }

    private static void into(Map<String, ObjectNode> articles, QuerySolution row, String field, Consumer<ObjectNode> fill) {
        ObjectNode article = articles.get(row.getResource("g").getURI());
        if (article != null) {
            fill.accept(((ArrayNode) article.get(field)).addObject());
        }
    }

    private static String string(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        if (node.isLiteral()) {
            Literal literal = node.asLiteral();
            return literal.getLexicalForm();
        }
        Node n = node.asNode();
        return n.isURI() ? n.getURI() : n.toString();
    }

    /** The fact's IRI and its evidence sentence, in fields of their own. */
    private static void provenance(ObjectNode fact, QuerySolution row, Map<String, String> evidence) {
        String iri = row.getResource("fact").getURI();
        fact.put("fact", iri);
        putIfPresent(fact, "evidence", evidence.get(iri));
    }

    private static void list(ArrayNode array, String joined) {
        if (joined != null && !joined.isEmpty()) {
            Arrays.stream(joined.split(SEPARATOR)).sorted().forEach(array::add);
        }
    }

    private static void putIfPresent(ObjectNode node, String field, String value) {
        if (value != null) {
            node.put(field, value);
        }
    }

}
