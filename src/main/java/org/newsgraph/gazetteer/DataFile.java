package org.newsgraph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads the tab-separated data files of the gazetteer: '#' starts a comment, blank lines are skipped. */
final class DataFile {
    /** One data row with where it came from, for error messages. */
    record Row(String origin, int line, String[] fields) {
        String field(int i) {
            return i < fields.length ? fields[i].strip() : "";
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(origin + ":" + line + ": " + message);
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
            return read(in, resource);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of a user's file of the same name in a folder, or none if it has no such file. */
    static List<Row> user(Path folder, String name) {
        Path file = folder.resolve(name);
        if (!Files.exists(file)) {
            return List.of();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer file " + file, e);
        }
    }

    private static List<Row> read(InputStream in, String origin) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            rows.add(new Row(origin, number, line.split("\t")));
        }
        return rows;
    }
}
