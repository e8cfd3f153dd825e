package org.newsgraph.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.store.FactsReader;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsgraph facts}: one JSON line per stored article, in the shape of the gold files. */
@Command(name = "facts", description = "Print the stored facts, one JSON line per article (the shape of ../shared/gold/README.md).")
public final class FactsCommand implements Callable<Integer> {
    @Mixin
    StoreOption store;

    @Option(names = "--article", paramLabel = "ID", description = "only this article")
    String article;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X", description = "only facts with confidence >= X (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Override
    public Integer call() {
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            System.err.println("error: --min-confidence must lie in [0, 1]: " + minConfidence);
            return 2;
        }
        var server = store.server("facts");
        if (server.isPresent()) {
            long lines = server.get().facts(article, minConfidence, System.out);
            return article != null && lines == 0 ? noArticle() : 0;
        }
        ObjectMapper json = new ObjectMapper();
        PrintWriter out = new PrintWriter(System.out, false, java.nio.charset.StandardCharsets.UTF_8);
        int[] count = {0};
        try (GraphStore graphStore = store.open()) {
            new FactsReader(graphStore).read(article, minConfidence, node -> {
                try {
                    out.println(json.writeValueAsString(node));
                    count[0]++;
                } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                    throw new IllegalStateException(e);
                }
            });
        }
        out.flush();
        if (article != null && count[0] == 0) {
            return noArticle();
        }
        return 0;
    }

    private int noArticle() {
        System.err.println("error: no article '" + article + "' in " + store.path());
        return 1;
    }
}
