package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.system.Txn;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph export --format F -o FILE}: write the graph in an RDF format. */
@Command(name = "export", description = "Export the graph: turtle, ntriples, rdfxml (all articles merged), trig, nquads, jsonld (a graph per article).")
public final class ExportCommand implements Callable<Integer> {
    enum Format {
        turtle(RDFFormat.TURTLE_PRETTY, false), ntriples(RDFFormat.NTRIPLES, false), rdfxml(RDFFormat.RDFXML_PRETTY, false),
        trig(RDFFormat.TRIG_PRETTY, true), nquads(RDFFormat.NQUADS, true), jsonld(RDFFormat.JSONLD11, true);

        final RDFFormat rdf;
        final boolean quads;

        Format(RDFFormat rdf, boolean quads) {
            this.rdf = rdf;
            this.quads = quads;
        }
    }

    @Mixin
    StoreOption store;

    @Option(names = "--format", defaultValue = "turtle", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write (default: standard output)")
    Path output;

    @Override
    public Integer call() throws IOException {
        try (GraphStore graphStore = GraphStore.open(store.path())) {
            if (output != null && output.toAbsolutePath().getParent() != null) {
                Files.createDirectories(output.toAbsolutePath().getParent());
            }
            // written to a temporary file first, so a failed export never leaves half a file behind
            Path temporary = output == null ? null : Files.createTempFile(output.toAbsolutePath().getParent(), ".export", ".tmp");
            try (OutputStream out = temporary == null ? System.out : Files.newOutputStream(temporary)) {
                Txn.executeRead(graphStore.dataset(), () -> {
                    if (format.quads) {
                        RDFDataMgr.write(out, graphStore.dataset(), format.rdf);
                    } else {
                        RDFDataMgr.write(out, graphStore.dataset().getUnionModel(), format.rdf);
                    }
                });
            }
            if (temporary != null) {
                Files.move(temporary, output, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return 0;
    }
}
