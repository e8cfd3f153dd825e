package org.newsgraph.export;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.QueryText;

/**
 * The flat event table ({@code export --format csv-events}): one CSV line per statement, post or treaty signing,
 * with its date, its actors (IRIs, the names the article used, their types), its kind, confidence, quote,
 * outlet, article and evidence offsets. {@link #COLUMNS} lists the columns; README.md says what each holds.
 * Actors are read first (a few per fact), then the facts' details stream through, so memory grows with the
 * number of facts, not with their sentences.
 */
public final class EventTable {
    /** The header line, in order. */
    public static final List<String> COLUMNS = List.of("event", "type", "relation", "date", "published",
            "subject", "subject_label", "subject_type", "object", "object_label", "object_type",
            "role", "current", "parties", "party_labels", "place", "confidence", "quote", "quotation", "outlet",
            "article_id", "article", "title", "url", "source",
            "sentence_start", "evidence_start", "evidence_end", "in_title", "sentence", "extractor");
    /** Between the values of a field that holds several (a signing's signatories and parties). */
    public static final String LIST_SEPARATOR = " | ";

    private final GraphStore store;

    public EventTable(GraphStore store) {
        this.store = store;
    }

    /** One of a fact's actors. */
    private record Actor(String iri, String label, String type, String isoCode) {
    }

    /** What events.rq says of one fact. */
    private static final class Event {
        String type;
        String relation;
        final List<Actor> subjects = new ArrayList<>();
        final List<Actor> objects = new ArrayList<>();
        final List<Actor> parties = new ArrayList<>();

        List<Actor> side(String side) {
            return switch (side) {
                case "subject" -> subjects;
                case "object" -> objects;
                default -> parties;
            };
        }

        /** Actors in IRI order, so that a signing's line is the same every time. */
        void sort() {
            for (List<Actor> actors : List.of(subjects, objects, parties)) {
                actors.sort(java.util.Comparator.comparing(Actor::iri));
            }
        }

        boolean involves(String isoCode) {
            for (List<Actor> actors : List.of(subjects, objects, parties)) {
                for (Actor actor : actors) {
                    if (isoCode.equals(actor.isoCode())) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Writes the header and the events the filter keeps; {@code noText} leaves the sentences out. Returns the rows written. */
    public long write(ViewFilter filter, boolean noText, OutputStream out) {
        return Txn.calculateRead(store.dataset(), () -> {
            Dataset dataset = store.dataset();
            Map<String, Event> events = new HashMap<>();
            select(dataset, "events.rq", row -> {
                String key = row.getResource("article").getURI() + " " + row.getResource("event").getURI();
                Event event = events.computeIfAbsent(key, k -> new Event());
                event.type = text(row, "type");
                event.relation = text(row, "relation");
                RDFNode actor = row.get("actor");
                List<Actor> side = event.side(text(row, "side"));
                String iri = actor.isURIResource() ? actor.asResource().getURI() : actor.toString();
                String type = row.get("actorClass") == null ? null : NodeType.ofClass(row.getResource("actorClass").getURI()).label();
                Actor value = new Actor(iri, text(row, "actorLabel"), type, text(row, "isoCode"));
                if (side.stream().noneMatch(known -> known.iri().equals(iri))) {
                    side.add(value);
                }
            });
            Map<String, List<String>> quotations = new HashMap<>();
            select(dataset, "quotation-words.rq", row ->
                    quotations.computeIfAbsent(row.getResource("event").getURI(), k -> new ArrayList<>()).add(text(row, "words")));

            CsvWriter csv = new CsvWriter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)));
            csv.row(COLUMNS);
            long[] rows = {0};
            select(dataset, "event-details.rq", row -> {
                String eventIri = row.getResource("event").getURI();
                Event event = events.get(row.getResource("article").getURI() + " " + eventIri);
                if (event == null || !kept(event, row, filter)) {
                    return;
                }
                event.sort();
                List<String> quoted = quotations.getOrDefault(eventIri, List.of());
                csv.row(java.util.Arrays.asList(eventIri, event.type, event.relation, text(row, "date"), text(row, "published"),
                        join(event.subjects, Actor::iri), join(event.subjects, Actor::label), join(event.subjects, Actor::type),
                        join(event.objects, Actor::iri), join(event.objects, Actor::label), join(event.objects, Actor::type),
                        text(row, "role"), text(row, "current"),
                        join(event.parties, Actor::iri), join(event.parties, Actor::label), text(row, "place"),
                        Double.toString(row.getLiteral("confidence").getDouble()), text(row, "quote"), quoted.isEmpty() ? null : String.join(LIST_SEPARATOR, quoted),
                        text(row, "outlet"), text(row, "articleId"), row.getResource("article").getURI(), text(row, "title"),
                        text(row, "url"), text(row, "source"), text(row, "sentenceStart"), text(row, "start"), text(row, "end"),
                        Boolean.toString(row.get("inTitle") != null && row.getLiteral("inTitle").getBoolean()), noText ? null : text(row, "sentence"), text(row, "extractor")));
                rows[0]++;
            });
            csv.flush();
            return rows[0];
        });
    }

    private static boolean kept(Event event, QuerySolution row, ViewFilter filter) {
        if (row.getLiteral("confidence").getDouble() < filter.minConfidence()) {
            return false;
        }
        if (filter.country() != null && !event.involves(filter.country())) {
            return false;
        }
        if (filter.hasDateWindow()) {
            String date = text(row, "date") != null ? text(row, "date") : text(row, "published");
            DateRange range;
            try {
                range = date == null ? null : DateRange.parse(date);
            } catch (IllegalArgumentException e) {
                range = null;
            }
            return filter.inWindow(range);
        }
        return true;
    }

    private static String join(List<Actor> actors, java.util.function.Function<Actor, String> field) {
        if (actors.isEmpty()) {
            return null;
        }
        return actors.stream().map(field).map(value -> value == null ? "" : value).collect(Collectors.joining(LIST_SEPARATOR));
    }

    private static void select(Dataset dataset, String resource, Consumer<QuerySolution> rows) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(QueryText.load("/org/newsgraph/export/" + resource)).build()) {
            execution.execSelect().forEachRemaining(rows);
        }
    }

    private static String text(QuerySolution row, String variable) {
        RDFNode node = row.get(variable);
        if (node == null) {
            return null;
        }
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.isURIResource() ? node.asResource().getURI() : node.toString();
    }
}
