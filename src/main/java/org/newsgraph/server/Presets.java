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
 * offered by the web page as presets. Read once at start-up. A preset declares its parameters in comment lines
 * {@code # @param NAME TYPE: what it is}; the query reads each as the variable {@code ?NAME}, which is unbound
 * (meaning: any) unless the user gives a value, so the file runs as it is too (bin/newsgraph query).
 */
public final class Presets {
    /** Where the build puts queries/ on the class path. */
    public static final String FOLDER = "org/newsgraph/queries";

    /** One preset: the file name without .rq, its first comment line (or the name), the query text and its parameters. */
    public record Preset(String name, String title, String query, List<Param> params) {
        public Preset {
            params = List.copyOf(params);
        }
    }

    /**
     * A parameter: bound to the variable {@code ?name}. Types: {@code country} (an ISO 3166-1 alpha-3 code, a string),
     * {@code person}, {@code entity} and {@code fact} (IRIs), {@code since} and {@code until} (a date, yyyy[-mm[-dd]],
     * bound as the first or last day it covers, yyyy-mm-dd, for comparing with STR of a date).
     */
    public record Param(String name, String type, String description) {
        static final java.util.Set<String> TYPES = java.util.Set.of("country", "person", "entity", "fact", "since", "until");
    }

    private static final java.util.regex.Pattern PARAM =
            java.util.regex.Pattern.compile("^#\\s*@param\\s+([A-Za-z][A-Za-z0-9_]*)\\s+([a-z]+)\\s*:?\\s*(.*)$");

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
                presets.add(new Preset(name, title(query, name), query, params(query, fileName)));
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

    /** The {@code # @param} lines of a query; a line of an unknown type is a mistake in the file, said at start-up. */
    static List<Param> params(String query, String file) {
        List<Param> params = new ArrayList<>();
        for (String line : query.lines().map(String::strip).toList()) {
            java.util.regex.Matcher matcher = PARAM.matcher(line);
            if (matcher.matches()) {
                if (!Param.TYPES.contains(matcher.group(2))) {
                    throw new IllegalStateException(file + ": parameter ?" + matcher.group(1) + " has unknown type '" + matcher.group(2)
                            + "'; one of " + String.join(", ", Param.TYPES.stream().sorted().toList()));
                }
                params.add(new Param(matcher.group(1), matcher.group(2), matcher.group(3).strip()));
            }
        }
        return params;
    }
}
