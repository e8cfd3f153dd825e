package org.newsgraph.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of the gazetteer: '#' starts a comment, blank lines are skipped. */
final class DataFile {
    /** One data row with where it came from, for error messages; {@code user} for rows of a user's folder. */
    record Row(String origin, int line, String[] fields, boolean user) {
        Row(String origin, int line, String[] fields) {
            this(origin, line, fields, false);
        }

        String field(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        /** The number of columns up to the last one that is not empty. */
        int width() {
            int n = fields.length;
            while (n > 0 && fields[n - 1].isBlank()) {
                n--;
            }
            return n;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(origin + ":" + line + ": " + message);
        }

        String where() {
            return origin + ":" + line;
        }
    }

    private DataFile() {
    }

    static List<Row> bundled(String name) {
        String resource = "/org/newsgraph/gazetteer/" + name;
        try (InputStream in = DataFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("gazetteer file " + resource + " is missing from the class path");
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, false);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a user's file, or none (and an error in the log) if it cannot be read as UTF-8 text. */
    static List<Row> user(Path file, ProblemLog log) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            log.error(file.toString(), "cannot read: " + e.getMessage());
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            log.error(file.toString(), "not UTF-8 text: save the file as UTF-8");
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1); // a byte order mark some editors write
        }
        return read(text, file.toString(), true);
    }

    private static List<Row> read(String text, String origin, boolean user) {
        List<Row> rows = new ArrayList<>();
        int number = 0;
        for (String line : text.split("\r?\n", -1)) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new Row(origin, number, line.split("\t", -1), user));
        }
        return rows;
    }
}
