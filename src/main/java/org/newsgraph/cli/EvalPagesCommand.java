package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.newsgraph.eval.PageBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsgraph eval-pages DIR}: score page reading (body, title, date, author, language) against known pages. */
@Command(name = "eval-pages", description = {
        "Score how web pages are read: the body by token-shingle precision and recall (as the public article-extraction",
        "benchmarks do), and title, date, author and language against what each page should give.",
        "DIR holds expected.jsonl and the pages (src/bench/pages), or ground-truth.json and html/ (that benchmark's layout)."})
public final class EvalPagesCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DIR", description = "the benchmark folder")
    Path dir;

    @Option(names = "--ngram", defaultValue = "4", paramLabel = "N", description = "tokens per shingle; 1 scores bags of tokens (default: ${DEFAULT-VALUE})")
    int ngram;

    @Option(names = "--errors", description = "a line per page not read right: its body's precision and recall and each wrong field")
    boolean errors;

    @Option(names = "--speed", paramLabel = "ROUNDS", defaultValue = "0", description = "also time page reading on one thread, best of ROUNDS readings of all pages")
    int speedRounds;

    @Override
    public Integer call() throws IOException {
        List<PageBenchmark.Expected> pages = PageBenchmark.load(dir);
        List<PageBenchmark.Result> results = PageBenchmark.run(pages, ngram);
        if (errors) {
            System.out.print(PageBenchmark.errors(results));
        }
        System.out.print(PageBenchmark.report(results, ngram));
        if (speedRounds > 0) {
            System.out.printf(Locale.ROOT, "speed     %.0f pages/s (one thread, best of %d)%n",
                    PageBenchmark.pagesPerSecond(pages, speedRounds), speedRounds);
        }
        return 0;
    }
}
