package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * How well direct quotations are attributed, against a file of annotated quotations (one JSON object a line:
 * {@code id}, {@code start}, {@code end} of the quoted words, and {@code speaker}, null where the quotation is no
 * one's speech, such as a name or a title in quotation marks). A system quotation is the same when it starts at
 * the same offset; its speaker is right when it matches the annotated one by the gold rules.
 */
public record QuotationScore(int annotated, int withSpeaker, int found, int attributed, int correct) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One annotated quotation. */
    public record Annotated(String id, int start, int end, String speaker) {
    }

    public static List<Annotated> read(Path file) throws IOException {
        List<Annotated> all = new ArrayList<>();
        try (BufferedReader lines = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (IOException e) {
                    throw new IOException(file + ":" + number + ": not JSON: " + e.getMessage(), e);
                }
                if (!node.path("id").isTextual() || !node.path("start").isInt() || !node.path("end").isInt()) {
                    throw new IOException(file + ":" + number + ": a quotation needs a string id and integer start and end");
                }
                JsonNode speaker = node.path("speaker");
                all.add(new Annotated(node.get("id").asText(), node.get("start").asInt(), node.get("end").asInt(),
                        speaker.isTextual() ? speaker.asText() : null));
            }
        }
        return all;
    }

    /**
     * Scores the quotations of the system's articles (FactsReader's JSON) against the annotated ones; the gold fact
     * sheets lend their aliases ("Biden" for "Joseph R. Biden Jr.").
     */
    public static QuotationScore score(List<Annotated> gold, List<ObjectNode> system, Map<String, FactSheet> sheets) {
        Map<String, JsonNode> byStart = new HashMap<>();
        for (ObjectNode article : system) {
            for (JsonNode quotation : article.path("quotations")) {
                byStart.put(article.path("id").asText() + "@" + quotation.path("start").asInt(), quotation);
            }
        }
        int withSpeaker = 0;
        int found = 0;
        int attributed = 0;
        int correct = 0;
        for (Annotated q : gold) {
            FactSheet sheet = sheets.get(q.id());
            Matcher matcher = new Matcher(sheet == null ? Map.of() : sheet.aliases());
            JsonNode mine = byStart.get(q.id() + "@" + q.start());
            String speaker = mine == null || !mine.path("speaker").isTextual() ? null : mine.get("speaker").asText();
            withSpeaker += q.speaker() == null ? 0 : 1;
            found += mine == null ? 0 : 1;
            attributed += speaker == null ? 0 : 1;
            correct += speaker != null && q.speaker() != null && matcher.same(q.speaker(), speaker) ? 1 : 0;
        }
        return new QuotationScore(gold.size(), withSpeaker, found, attributed, correct);
    }

    public Score attribution() {
        return Score.of(correct, attributed, withSpeaker);
    }

    public String line() {
        Score s = attribution();
        return String.format(Locale.ROOT, "quotations: %d annotated (%d with a speaker), %d found; attribution P %.3f R %.3f F1 %.3f (%d/%d/%d)",
                annotated, withSpeaker, found, s.precision(), s.recall(), s.f1(), correct, attributed, withSpeaker);
    }
}
