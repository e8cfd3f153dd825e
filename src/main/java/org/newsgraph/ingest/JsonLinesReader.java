package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.model.Article;

/**
 * JSON Lines, one article per line, streamed line by line: a bad line (not JSON, not UTF-8, over the byte
 * limit) is reported and the rest read on.
 */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBytes;

    public JsonLinesReader() {
        this(ReaderRegistry.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the longest line read; a longer one is skipped without being held */
    public JsonLinesReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream input, String name, String defaultId, ArticleSink out, Problems problems) throws IOException {
        ByteLines lines = new ByteLines(input, maxBytes);
        byte[] bytes;
        long number = 0;
        while ((bytes = lines.next()) != null) {
            number++;
            if (bytes == ByteLines.TOO_LONG) {
                problems.add(Problem.skipped(name + ":" + number, "read", String.format(
                        "line larger than the limit of %,d bytes (--max-bytes); skipped without reading it whole", maxBytes)));
                continue;
            }
            String line = Utf8.decode(bytes);
            if (line == null) {
                problems.add(Problem.at(name, number, "read", "invalid UTF-8"));
                continue;
            }
            if (number == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1); // a byte order mark, as some Windows tools write
            }
            if (line.isBlank()) {
                continue;
            }
            if (number == 1 && (line.strip().equals("{") || line.strip().equals("["))) {
                problems.add(Problem.at(name, number, "read", "not JSON Lines: the file starts with a JSON value spread over "
                        + "several lines (JSON Lines needs one article per line, e.g. jq -c '.[]')"));
                return;
            }
            Article article = parse(line, name, number, problems);
            if (article != null) {
                out.accept(article, name + ":" + number);
            }
        }
    }

    private static Article parse(String line, String name, long number, Problems problems) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            problems.add(Problem.at(name, number, "read", "malformed JSON: " + e.getOriginalMessage()));
            return null;
        }
        if (!node.isObject()) {
            problems.add(Problem.at(name, number, "read", "a JSON object is expected, found " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT)));
            return null;
        }
        String id = text(node, "id");
        String text = text(node, "text");
        if (id == null || id.isBlank()) {
            problems.add(Problem.at(name, number, "read", "article without \"id\""));
            return null;
        }
        JsonNode textNode = node.get("text");
        if (textNode != null && !textNode.isNull() && !textNode.isTextual()) {
            problems.add(Problem.at(name, number, "read", "article '" + id + "': \"text\" is a JSON "
                    + textNode.getNodeType().name().toLowerCase(java.util.Locale.ROOT) + ", not a string"));
            return null;
        }
        if (text == null || text.isBlank()) {
            problems.add(Problem.at(name, number, "read", "article '" + id + "' has no \"text\""));
            return null;
        }
        LocalDate published = Dates.published(text(node, "published"), name + ":" + number,
                "article '" + id + "': \"published\": ", problems);
        return new Article(id, text(node, "title"), published, text(node, "url"), text(node, "source"), text,
                text(node, "author"), null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
