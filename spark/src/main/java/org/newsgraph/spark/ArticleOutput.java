package org.newsgraph.spark;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.newsgraph.model.ArticleFacts;
import org.newsgraph.rdf.FactMapper;
import org.newsgraph.store.FactsReader;

/**
 * One article's records: its quads in N-Quads, as {@link FactMapper} writes them into the store, and its facts as
 * the JSON line {@code newsgraph facts} prints for it, read by the core's {@link FactsReader} from a dataset that
 * holds the same quads.
 */
final class ArticleOutput {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FactMapper MAPPER = new FactMapper();

    final String quads;
    final String facts;
    final long quadCount;

    private ArticleOutput(String quads, String facts, long quadCount) {
        this.quads = quads;
        this.facts = facts;
        this.quadCount = quadCount;
    }

    /** The article's quads, and its facts' JSON line if {@code withFacts} (else null). */
    static ArticleOutput of(ArticleFacts articleFacts, boolean withFacts) {
        ByteArrayOutputStream nquads = new ByteArrayOutputStream(8192);
        StreamRDF writer = StreamRDFWriter.getWriterStream(nquads, RDFFormat.NQUADS);
        // a plain in-memory dataset: its reads are transactions enough for FactsReader, and it fills faster than TIM
        DatasetGraph graph = DatasetGraphFactory.create();
        StreamRDF intoGraph = withFacts ? StreamRDFLib.dataset(graph) : StreamRDFLib.sinkNull();
        long[] count = {0};
        StreamRDF both = new StreamRDFWrapper(writer) {
            @Override
            public void quad(Quad quad) {
                super.quad(quad);
                intoGraph.quad(quad);
                count[0]++;
            }
        };
        both.start();
        MAPPER.write(articleFacts, both);
        both.finish();
        String quads = nquads.toString(StandardCharsets.UTF_8);
        // a record is a line (TextOutputFormat ends it): the block of quads without its last line break
        quads = quads.endsWith("\n") ? quads.substring(0, quads.length() - 1) : quads;
        if (!withFacts) {
            return new ArticleOutput(quads, null, count[0]);
        }
        StringBuilder facts = new StringBuilder();
        new FactsReader(DatasetFactory.wrap(graph)).read(null, 0, node -> {
            try {
                facts.append(JSON.writeValueAsString(node));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        });
        return new ArticleOutput(quads, facts.toString(), count[0]);
    }
}
