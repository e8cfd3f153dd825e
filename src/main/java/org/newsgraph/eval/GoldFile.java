package org.newsgraph.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.ingest.Problem;
import org.newsgraph.ingest.Problems;

/**
 * Reads a JSON Lines file of fact sheets (a gold file, or system facts in its shape), one article per line.
 * A bad line or fact is reported as {@code file:line: gold: reason} and the reading goes on. As in score.py, a
 * later line with the same id replaces the earlier one.
 */
public final class GoldFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldFile() {
    }

    /** The gold facts of a file, by article id in file order. */
    public static Map<String, FactSheet> readGold(Path file, Problems problems) throws IOException {
        return read(file, true, problems);
    }

    /** System facts in the gold shape, by article id; values may be left out. */
    public static Map<String, FactSheet> readSystem(Path file, Problems problems) throws IOException {
        return read(file, false, problems);
    }

    private static Map<String, FactSheet> read(Path file, boolean gold, Problems problems) throws IOException {
        Map<String, FactSheet> sheets = new LinkedHashMap<>();
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(Files.newInputStream(file), decoder))) {
            String line;
            long number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String where = file + ":" + number;
                JsonNode node;
                try {
                    node = JSON.readTree(line);
                } catch (JsonProcessingException e) {
                    problems.add(new Problem(where, "gold", "not JSON: " + e.getOriginalMessage()));
                    continue;
                }
                FactSheet sheet = FactSheetJson.parse(node, gold, message -> problems.add(new Problem(where, "gold", message)));
                if (sheet != null && sheets.put(sheet.id(), sheet) != null) {
                    problems.add(new Problem(where, "gold", "article '" + sheet.id() + "' appears twice; this line replaces the earlier one"));
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        }
        return sheets;
    }
}
