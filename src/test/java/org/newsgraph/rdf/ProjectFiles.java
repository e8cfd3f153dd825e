package org.newsgraph.rdf;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where tests find the project's files (surefire sets newsgraph.root) and ../shared. */
public final class ProjectFiles {
    private ProjectFiles() {
    }

    public static Path root() {
        return Path.of(System.getProperty("newsgraph.root", ".")).toAbsolutePath().normalize();
    }

    public static Path ontology(String file) {
        return root().resolve("ontology").resolve(file);
    }

    public static Path queries() {
        return root().resolve("queries");
    }

    /** A file of ../shared/gold; fails with a clear message where the shared folder is missing. */
    public static Path gold(String file) {
        Path path = root().resolveSibling("shared").resolve("gold").resolve(file);
        if (!Files.isRegularFile(path)) {
            throw new IllegalStateException("missing " + path + ": the tests expect ../shared/gold beside the checkout");
        }
        return path;
    }
}
