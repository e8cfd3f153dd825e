package org.newsgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.apache.jena.system.Txn;
import org.newsgraph.server.StoreClient;
import org.newsgraph.store.GraphStore;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph query FILE.rq | --sparql QUERY}: run SPARQL over the store. */
@Command(name = "query", description = "Run a SPARQL query over the store (default graph: all articles).")
public final class QueryCommand implements Callable<Integer> {
    enum Format { table, csv, tsv, json, xml }

    @Mixin
    StoreOption store;

    @ArgGroup(multiplicity = "1")
    Source source;

    static final class Source {
        @Parameters(paramLabel = "FILE.rq", description = "a file holding the query")
        Path file;

        @Option(names = "--sparql", paramLabel = "QUERY", description = "the query text")
        String sparql;
    }

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv, json, xml (SELECT/ASK); CONSTRUCT prints Turtle")
    Format format;

    @Override
    public Integer call() throws IOException {
        String text;
        try {
            text = source.sparql != null ? source.sparql : Files.readString(source.file);
        } catch (IOException e) {
            System.err.println("error: " + source.file + ": cannot read the query: " + e.getClass().getSimpleName()
                    + (e.getMessage() != null && !e.getMessage().equals(source.file.toString()) ? " " + e.getMessage() : ""));
            return 2;
        }
        Query query;
        try {
            query = QueryFactory.create(text);
        } catch (QueryParseException e) {
            System.err.println("error: " + (source.file != null ? source.file + ": " : "") + "not valid SPARQL: " + e.getMessage());
            return 2;
        }
        var server = store.server("query");
        if (server.isPresent()) {
            return remote(server.get(), query, text);
        }
        try (GraphStore graphStore = store.open()) {
            Txn.executeRead(graphStore.dataset(), () -> {
                try (QueryExecution execution = QueryExecution.dataset(graphStore.dataset()).query(query).build()) {
                    if (query.isSelectType()) {
                        var results = execution.execSelect();
                        switch (format) {
                            case table -> ResultSetFormatter.out(System.out, results, query);
                            case csv -> ResultSetFormatter.outputAsCSV(System.out, results);
                            case tsv -> ResultSetFormatter.outputAsTSV(System.out, results);
                            case json -> ResultSetFormatter.outputAsJSON(System.out, results);
                            case xml -> ResultSetFormatter.outputAsXML(System.out, results);
                        }
                    } else if (query.isAskType()) {
                        System.out.println(execution.execAsk());
                    } else {
                        RDFDataMgr.write(System.out, query.isConstructType() ? execution.execConstruct() : execution.execDescribe(), Lang.TURTLE);
                    }
                }
            });
        }
        return 0;
    }

    /** The query at the endpoint of the server that holds the store: its answer printed as a local run prints it. */
    private int remote(StoreClient server, Query query, String text) throws IOException {
        String accept;
        if (query.isSelectType()) {
            accept = switch (format) {
                case table, json -> "application/sparql-results+json";
                case csv -> "text/csv";
                case tsv -> "text/tab-separated-values";
                case xml -> "application/sparql-results+xml";
            };
        } else if (query.isAskType()) {
            accept = "application/sparql-results+json";
        } else {
            accept = "text/turtle";
        }
        HttpResponse<InputStream> response = server.query(text, accept);
        try (InputStream in = response.body()) {
            if (response.statusCode() != 200) {
                System.err.println("error: the server at " + server.url() + " answered " + response.statusCode() + ": "
                        + StoreClient.errorMessage(in.readAllBytes()));
                return response.statusCode() == 400 ? 2 : 1;
            }
            if (query.isAskType()) {
                System.out.println(ResultSetMgr.readBoolean(in, ResultSetLang.RS_JSON));
            } else if (query.isSelectType() && format == Format.table) {
                ResultSetFormatter.out(System.out, ResultSetMgr.read(in, ResultSetLang.RS_JSON), query);
            } else {
                in.transferTo(System.out);
                System.out.flush();
            }
        }
        if (response.headers().firstValue(StoreClient.TRUNCATED_HEADER).orElse("").equals("true")) {
            System.err.println("warning: the server's row limit cut the answer (serve --max-results raises it)");
        }
        return 0;
    }
}
