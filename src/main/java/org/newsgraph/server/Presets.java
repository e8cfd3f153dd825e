package org.newsgraph.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The repository's queries/*.rq files, which the build copies into the jar under org/newsgraph/queries,
 * offered by the web page as presets. Read once at start-up.
 */
public final class Presets {
    /** Where the build puts queries/ on the class path. */
    public static final String FOLDER = "org/newsgraph/queries";

    /** One preset: the file name without .rq, its first comment line (or the name) and the query text. */
    public record Preset(String name, String title, String query) {
    }

    private Presets() {
    }

    /** The presets on the class path, by name; none when the folder is missing. */
    public static List<Preset> load() {
        URL folder = Presets.class.getClassLoader().getResource(FOLDER);
        if (folder == null) {
            return List.of();
        }
        try {
            URI uri = folder.toURI();
            if (!"jar".equals(uri.getScheme())) {
                return read(Path.of(uri));
            }
            FileSystem opened = openJar(uri);
            try {
                return read(Path.of(uri));
            } finally {
                if (opened != null) {
                    opened.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the preset queries in " + folder, e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("class path folder is no URI: " + folder, e);
        }
    }

    /** Opens the jar as a file system, or returns null when it is open already (then it is not ours to close). */
    private static FileSystem openJar(URI uri) throws IOException {
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return null;
        }
    }

    private static List<Preset> read(Path folder) throws IOException {
        List<Preset> presets = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".rq"))
                    .sorted(Comparator.comparing(f -> f.getFileName().toString())).toList()) {
                String fileName = file.getFileName().toString();
                String name = fileName.substring(0, fileName.length() - ".rq".length());
                String query = Files.readString(file);
                presets.add(new Preset(name, title(query, name), query));
            }
        }
        return presets;
    }

    /** The text of the first comment line, the usual one-line description of a query file. */
    static String title(String query, String fallback) {
        return query.lines().map(String::strip).filter(line -> line.startsWith("#"))
                .map(line -> line.replaceFirst("^#+\\s*", "")).filter(line -> !line.isEmpty())
                .findFirst().orElse(fallback);
    }
}
