package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.model.Article;

/** JSON Lines, one article per line, streamed line by line: a bad line is reported and the rest read on. */
public final class JsonLinesReader implements ArticleReader {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public void read(InputStream input, String name, String defaultId, ArticleSink out, Problems problems) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(input, decoder))) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1); // a byte order mark, as some Windows tools write
                }
                if (line.isBlank()) {
                    continue;
                }
                if (line.indexOf('\uFFFD') >= 0) {
                    problems.add(Problem.at(name, number, "read", "invalid UTF-8"));
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
        LocalDate published = null;
        try {
            published = Dates.parse(text(node, "published"));
        } catch (DateTimeParseException e) {
            problems.add(Problem.warning(name + ":" + number, "read", "article '" + id + "': unreadable \"published\" date '"
                    + text(node, "published") + "'; kept without it"));
        }
        return new Article(id, text(node, "title"), published, text(node, "url"), text(node, "source"), text);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
