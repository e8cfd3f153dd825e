package org.newsgraph.pipeline;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Random;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.newsgraph.model.Article;

/**
 * Any number of news articles made from the template corpus beside this class, names, countries, cities,
 * outlets and days drawn anew for each article; the same seed gives the same corpus.
 */
public final class CorpusGenerator implements Iterable<Article> {
    private static final String RESOURCE = "/org/newsgraph/pipeline/bench-corpus.txt";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, List<String>> values;
    private final List<List<String>> templates;
    private final int count;
    private final long seed;

    public CorpusGenerator(int count, long seed) {
        this.count = count;
        this.seed = seed;
        Map<String, List<String>> sections = new HashMap<>();
        List<List<String>> parsedTemplates = new ArrayList<>();
        List<String> current = null;
        for (String line : load().lines().toList()) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            if (line.equals("[template]")) {
                current = new ArrayList<>();
                parsedTemplates.add(current);
            } else if (line.startsWith("[") && line.endsWith("]")) {
                current = new ArrayList<>();
                sections.put(line.substring(1, line.length() - 1), current);
            } else if (current != null) {
                current.add(line);
            }
        }
        this.values = sections;
        this.templates = parsedTemplates;
    }

    /** The i-th article (0-based). */
    public Article article(int i) {
        Random random = new Random(seed * 1_000_003L + i);
        List<String> template = templates.get(i % templates.size());
        List<String> people = distinct(random, values.get("names"), 3);
        List<String> countries = distinct(random, values.get("countries"), 3);
        Map<String, String> fill = new HashMap<>();
        for (int k = 0; k < 3; k++) {
            fill.put("{person" + (k + 1) + "}", people.get(k));
            fill.put("{country" + (k + 1) + "}", countries.get(k));
        }
        fill.put("{city}", pick(random, values.get("cities")));
        fill.put("{outlet}", pick(random, values.get("outlets")));
        fill.put("{day}", pick(random, values.get("days")));
        String title = substitute(template.get(0), fill);
        StringBuilder text = new StringBuilder();
        for (String paragraph : template.subList(1, template.size())) {
            text.append(substitute(paragraph, fill)).append('\n');
        }
        LocalDate published = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
        return new Article(String.format("bench-%07d", i), title, published, "https://news.example/" + i, "Bench News",
                text.toString().strip());
    }

    @Override
    public Iterator<Article> iterator() {
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < count;
            }

            @Override
            public Article next() {
                if (next >= count) {
                    throw new NoSuchElementException();
                }
                return article(next++);
            }
        };
    }

    /** Writes the corpus as JSON Lines, one article a line, streaming. */
    public void writeJsonLines(Path file) {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Article article : this) {
                ObjectNode node = JSON.createObjectNode();
                node.put("id", article.id());
                node.put("title", article.title());
                node.put("published", article.published().toString());
                node.put("url", article.url());
                node.put("source", article.source());
                node.put("text", article.text());
                out.write(JSON.writeValueAsString(node));
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus to " + file, e);
        }
    }

    private static String substitute(String template, Map<String, String> fill) {
        String result = template;
        for (var entry : fill.entrySet()) {
            result = result.replace(entry.getKey(), entry.getValue());
        }
        return result;
    }

    private static List<String> distinct(Random random, List<String> from, int n) {
        List<String> pool = new ArrayList<>(from);
        List<String> chosen = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private static String pick(Random random, List<String> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static String load() {
        try (InputStream in = CorpusGenerator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
