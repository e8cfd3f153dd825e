package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.ingest.InputWalker;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;
import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.model.Article;

/**
 * Scores page reading against pages whose body, title, date, author and language are known: a folder with
 * {@code expected.jsonl} (one page a line: {@code page}, {@code body}, and optionally {@code title},
 * {@code published}, {@code author}, {@code language}, {@code carries}) and the pages it names, or a folder in
 * the layout of the public article-extraction benchmark ({@code ground-truth.json}, keyed by page, with
 * {@code articleBody}, and {@code html/KEY.html.gz}). Each page is read as {@code build} reads it.
 */
public final class PageBenchmark {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One page with what it should give. */
    public record Expected(String page, Path file, String carries, String body, String title, String published,
                           String author, String language) {
    }

    /** What reading one page gave: the article (null if refused) and the problems reported. */
    public record Result(Expected expected, Article article, List<Problem> problems, BodyOverlap overlap) {
        public boolean refused() {
            return article == null;
        }

        public boolean titleRight() {
            return expected.title() != null && article != null && same(expected.title(), article.title());
        }

        public String date() {
            return article == null || article.published() == null ? null : article.published().toString();
        }

        public boolean authorRight() {
            return expected.author() != null && article != null && article.author() != null
                    && same(expected.author(), article.author());
        }

        /** True when the page is in another language than English and reading said so. */
        public boolean languageReported() {
            return problems.stream().anyMatch(p -> p.stage().equals("language"))
                    && article != null && expected.language().equals(article.language());
        }
    }

    private PageBenchmark() {
    }

    /** The pages of a benchmark folder. */
    public static List<Expected> load(Path dir) throws IOException {
        List<Expected> pages = new ArrayList<>();
        Path groundTruth = dir.resolve("ground-truth.json");
        if (Files.exists(groundTruth) && !Files.exists(dir.resolve("expected.jsonl"))) {
            JsonNode root = JSON.readTree(groundTruth.toFile());
            for (var entry : root.properties()) {
                String key = entry.getKey();
                Path file = dir.resolve("html").resolve(key + ".html.gz");
                if (!Files.exists(file)) {
                    file = dir.resolve("html").resolve(key + ".html");
                }
                pages.add(new Expected(key, file, null, text(entry.getValue(), "articleBody"), null, null, null, "en"));
            }
            return pages;
        }
        for (String line : Files.readAllLines(dir.resolve("expected.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode node = JSON.readTree(line);
            String page = text(node, "page");
            String language = text(node, "language");
            pages.add(new Expected(page, dir.resolve(page), text(node, "carries"), text(node, "body"), text(node, "title"),
                    text(node, "published"), text(node, "author"), language == null ? "en" : language));
        }
        return pages;
    }

    /** Reads every page as {@code build} would and scores its body in shingles of {@code n} tokens. */
    public static List<Result> run(List<Expected> pages, int n) {
        List<Result> results = new ArrayList<>();
        InputWalker walker = new InputWalker(ReaderRegistry.standard(), java.io.InputStream.nullInputStream());
        for (Expected page : pages) {
            Problems problems = Problems.silent();
            List<Article> read = new ArrayList<>();
            walker.walk(List.of(page.file().toString()), read::add, problems);
            Article article = read.isEmpty() ? null : read.get(0);
            BodyOverlap overlap = BodyOverlap.of(page.body(), article == null ? "" : article.text(), n);
            results.add(new Result(page, article, problems.all(), overlap));
        }
        return results;
    }

    /** Pages read per second, on this thread: the whole set read {@code rounds} times, the best round kept. */
    public static double pagesPerSecond(List<Expected> pages, int rounds) {
        InputWalker walker = new InputWalker(ReaderRegistry.standard(), java.io.InputStream.nullInputStream());
        List<String> files = pages.stream().map(p -> p.file().toString()).toList();
        double best = 0;
        for (int round = 0; round < rounds; round++) {
            long start = System.nanoTime();
            walker.walk(files, a -> { }, Problems.silent());
            best = Math.max(best, files.size() / ((System.nanoTime() - start) / 1e9));
        }
        return best;
    }

    /** The summary lines of a run. */
    public static String report(List<Result> results, int n) {
        List<BodyOverlap> overlaps = results.stream().map(Result::overlap).toList();
        double[] body = BodyOverlap.mean(overlaps);
        long refused = results.stream().filter(Result::refused).count();
        long zero = results.stream().filter(r -> !r.refused() && r.overlap().f1() == 0).count();
        long titles = results.stream().filter(r -> r.expected().title() != null).count();
        long titlesRight = results.stream().filter(Result::titleRight).count();
        long dated = results.stream().filter(r -> r.expected().published() != null).count();
        long datesRight = results.stream().filter(r -> r.expected().published() != null && r.expected().published().equals(r.date())).count();
        long datesWrong = results.stream().filter(r -> r.expected().published() != null && r.date() != null
                && !r.expected().published().equals(r.date())).count();
        long undatedPages = results.stream().filter(r -> r.expected().published() == null && r.expected().title() != null).count();
        long invented = results.stream().filter(r -> r.expected().published() == null && r.expected().title() != null && r.date() != null).count();
        long placeholders = results.stream().filter(r -> r.date() != null && r.date().startsWith("0001")).count();
        long authors = results.stream().filter(r -> r.expected().author() != null).count();
        long authorsRight = results.stream().filter(Result::authorRight).count();
        long foreign = results.stream().filter(r -> !r.expected().language().equals("en")).count();
        long foreignReported = results.stream().filter(r -> !r.expected().language().equals("en") && r.languageReported()).count();
        long falseAlarms = results.stream().filter(r -> r.expected().language().equals("en")
                && r.problems().stream().anyMatch(p -> p.stage().equals("language"))).count();
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "pages     %d%n", results.size()));
        out.append(String.format(Locale.ROOT, "body      P %.3f  R %.3f  F1 %.3f  (shingles of %d tokens, mean per page); "
                + "%d refused, %d read with F1 0%n", body[0], body[1], body[2], n, refused, zero));
        if (titles > 0) {
            out.append(String.format(Locale.ROOT, "title     %d of %d right%n", titlesRight, titles));
        }
        if (dated + undatedPages > 0) {
            out.append(String.format(Locale.ROOT, "date      %d of %d right, %d wrong, %d missing; %d invented on %d pages "
                    + "that state none; %d placeholders%n", datesRight, dated, datesWrong, dated - datesRight - datesWrong,
                    invented, undatedPages, placeholders));
        }
        if (authors > 0) {
            out.append(String.format(Locale.ROOT, "author    %d of %d right%n", authorsRight, authors));
        }
        if (foreign > 0 || falseAlarms > 0) {
            out.append(String.format(Locale.ROOT, "language  %d of %d pages in another language reported; %d English "
                    + "pages reported as another%n", foreignReported, foreign, falseAlarms));
        }
        return out.toString();
    }

    /** A line per page that is not read right: its F1 and each field that differs. */
    public static String errors(List<Result> results) {
        StringBuilder out = new StringBuilder();
        for (Result r : results) {
            List<String> wrong = new ArrayList<>();
            Expected e = r.expected();
            if (r.refused()) {
                wrong.add("refused: " + r.problems().stream().map(Problem::message).findFirst().orElse("no article"));
            } else {
                if (r.overlap().f1() < 0.95) {
                    wrong.add(String.format(Locale.ROOT, "body P %.2f R %.2f", r.overlap().precision(), r.overlap().recall()));
                }
                if (e.title() != null && !r.titleRight()) {
                    wrong.add("title '" + r.article().title() + "'");
                }
                if (!java.util.Objects.equals(e.published(), r.date()) && (e.published() != null || e.title() != null)) {
                    wrong.add("date " + r.date() + " (expected " + e.published() + ")");
                }
                if (e.author() != null && !r.authorRight()) {
                    wrong.add("author '" + r.article().author() + "'");
                }
                if (!e.language().equals("en") && !r.languageReported()) {
                    wrong.add("language " + r.article().language() + " not reported (expected " + e.language() + ")");
                }
            }
            if (!wrong.isEmpty()) {
                out.append(e.page()).append(": ").append(String.join("; ", wrong)).append('\n');
            }
        }
        return out.toString();
    }

    private static boolean same(String a, String b) {
        return a.strip().replaceAll("\\s+", " ").equalsIgnoreCase(b.strip().replaceAll("\\s+", " "));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
