package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.eval.Confidence;
import org.newsgraph.eval.Curve;
import org.newsgraph.eval.ErrorListing;
import org.newsgraph.eval.FactSheet;
import org.newsgraph.eval.GoldFile;
import org.newsgraph.eval.PersonClusters;
import org.newsgraph.eval.QuotationScore;
import org.newsgraph.eval.Scorer;
import org.newsgraph.eval.SystemFacts;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.store.GraphStore;
import org.newsgraph.store.StoreException;
import org.newsgraph.store.StoreFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph eval --gold GOLD.jsonl ARTICLES... | --store DIR}: score the extraction against gold facts. */
@Command(name = "eval", description = {
        "Score extracted facts against gold facts (../shared/gold/README.md): precision, recall and F1 per measure, then the KG F1.",
        "Extracts ARTICLES into a temporary store (deleted afterwards), or reads the facts of an existing store with --store."})
public final class EvalCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Option(names = "--gold", required = true, paramLabel = "GOLD.jsonl", description = {"the gold facts, one article per line",
            "(repeat it to score several sets at once: persons across articles are scored over all of them)"})
    List<Path> gold;

    @Parameters(arity = "0..*", paramLabel = "ARTICLES", description = "articles to extract: files, folders (recursive) or - for standard input")
    List<String> articles = new ArrayList<>();

    @Option(names = "--store", paramLabel = "DIR", description = "score the facts of this store instead of extracting ARTICLES")
    Path store;

    @Option(names = "--json", description = "print the report as JSON (the keys of score.py --json)")
    boolean json;

    @Option(names = "--errors", description = "list every false positive (with its evidence sentence) and false negative (with the nearest article sentence)")
    boolean errors;

    @Option(names = "--curve", description = "also score the headline measures at confidence thresholds 0, 0.3, 0.5, 0.7, 0.9")
    boolean curve;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X", description = "score only facts with confidence >= X (default: ${DEFAULT-VALUE})")
    double minConfidence;

    @Option(names = "--write-facts", paramLabel = "FILE", description = "write the scored system facts as JSON Lines (score.py reads them)")
    Path writeFacts;

    @Option(names = "--quotes", paramLabel = "QUOTES.jsonl", description = "also score the attribution of direct quotations against these annotated ones (id, start, end, speaker per line)")
    Path quotes;

    @Option(names = "--gazetteer", paramLabel = "DIR", description = "a dictionary folder, as for build (docs/dictionaries.md)")
    List<Path> gazetteers = List.of();

    @Override
    public Integer call() throws IOException {
        long started = System.nanoTime();
        String usage = usageProblem();
        if (usage != null) {
            System.err.println("error: " + usage);
            return 2;
        }
        Problems problems = new Problems(System.err);
        Map<String, FactSheet> goldSheets = new LinkedHashMap<>();
        for (Path file : gold) {
            try {
                goldSheets.putAll(GoldFile.readGold(file, problems));
            } catch (IOException e) {
                System.err.println("error: " + file + ": cannot read the gold file: " + e.getMessage());
                return 2;
            }
        }
        if (goldSheets.isEmpty()) {
            System.err.println("error: " + gold + ": no gold articles in it");
            return 2;
        }

        SystemFacts facts = systemFacts();
        double extractSeconds = (System.nanoTime() - started) / 1e9;
        List<ObjectNode> scored = facts.articles().stream().map(article -> Confidence.atLeast(article, minConfidence)).toList();
        Map<String, FactSheet> system = systemSheets(scored, goldSheets, problems);
        if (writeFacts != null) {
            write(scored, writeFacts);
        }
        Scorer.Result result = Scorer.score(goldSheets, system);
        Curve thresholds = curve ? Curve.of(goldSheets, facts.articles(), Curve.THRESHOLDS) : null;
        ErrorListing listing = errors ? new ErrorListing(result.errors(), goldSheets, facts.texts()) : null;
        QuotationScore quotations = quotes == null ? null : QuotationScore.score(QuotationScore.read(quotes), facts.articles(), goldSheets);
        PersonClusters.Result persons = PersonClusters.score(goldSheets, facts.personNodes());
        double seconds = (System.nanoTime() - started) / 1e9;
        String timing = String.format(Locale.ROOT, "eval took %.1f s (%s %.1f s, scoring %.1f s)", seconds,
                store == null ? "extraction" : "reading the store", extractSeconds, seconds - extractSeconds);

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (json) {
            ObjectNode root = result.report().toJson();
            if (thresholds != null) {
                root.set("curve", thresholds.toJson());
            }
            if (listing != null) {
                root.set("errors", listing.toJson());
            }
            if (quotations != null) {
                root.set("quotations", org.newsgraph.eval.Report.toJson(quotations.attribution()));
            }
            root.set("person_clusters", persons.toJson());
            out.println(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            System.err.println(timing);
        } else {
            out.print(result.report().table());
            out.print(persons.table());
            if (quotations != null) {
                out.println(quotations.line());
            }
            if (thresholds != null) {
                out.println();
                out.print(thresholds.table());
            }
            if (listing != null) {
                out.println();
                out.print(listing.text());
            }
            out.println(timing);
        }
        boolean built = facts.build() == null || facts.build().ok();
        return problems.isEmpty() && built ? 0 : 1;
    }

    /** What is wrong with the command line, or null. */
    private String usageProblem() throws IOException {
        if (store == null && articles.isEmpty()) {
            return "give the ARTICLES to extract, or --store DIR to score a store's facts";
        }
        if (store != null && !articles.isEmpty()) {
            return "give either ARTICLES or --store DIR, not both";
        }
        if (store != null) {
            try {
                StoreFolder.requireStore(store);
            } catch (StoreException e) {
                return e.getMessage();
            }
        }
        for (Path file : gold) {
            if (!Files.isRegularFile(file)) {
                return "gold file " + file + ": no such file";
            }
        }
        if (quotes != null && !Files.isRegularFile(quotes)) {
            return "quotations file " + quotes + ": no such file";
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            return "--min-confidence must lie in [0, 1]: " + minConfidence;
        }
        return null;
    }

    private SystemFacts systemFacts() throws IOException {
        if (store != null) {
            try (GraphStore graphStore = StoreOption.announce(GraphStore.openExisting(store))) {
                return SystemFacts.read(graphStore, errors);
            }
        }
        SystemFacts facts = SystemFacts.extract(articles, gazetteers, errors, System.in, System.err);
        System.err.println("extracted: " + facts.build());
        return facts;
    }

    private static Map<String, FactSheet> systemSheets(List<ObjectNode> articles, Map<String, FactSheet> gold, Problems problems) {
        Map<String, FactSheet> system = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (ObjectNode article : articles) {
            String id = article.path("id").asText();
            FactSheet sheet = FactSheet.fromJson(article, false, message -> problems.add(new Problem("system facts", "eval", message)));
            if (sheet == null) {
                continue;
            }
            system.put(sheet.id(), sheet);
            if (!gold.containsKey(id)) {
                unknown.add(id);
            }
        }
        if (!unknown.isEmpty()) {
            System.err.println("note: " + unknown.size() + " article(s) have no gold facts and are not scored, e.g. " + unknown.get(0));
        }
        return system;
    }

    private static void write(List<ObjectNode> articles, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            for (ObjectNode article : articles) {
                out.println(JSON.writeValueAsString(article));
            }
        }
    }
}
