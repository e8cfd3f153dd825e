package org.newsgraph.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.newsgraph.cli.Main;

/**
 * A store built from the bundled examples/ by the real command line, once per test JVM, in a folder of the
 * build directory that is removed when the JVM ends. Tests only read it.
 */
public final class ExamplesStore {
    private static Path store;

    private ExamplesStore() {
    }

    /** The store's folder; the first call builds it (a few seconds). */
    public static synchronized Path path() {
        if (store == null) {
            try {
                Path folder = Files.createTempDirectory(buildDirectory(), "examples-store-");
                Path built = folder.resolve("store");
                int exit = Main.run("build", "--quiet", "--store", built.toString(), root().resolve("examples").toString());
                if (exit != 0) {
                    throw new IllegalStateException("build of examples/ exited with " + exit);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(folder)));
                store = built;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return store;
    }

    /** The repository (the newsgraph.root property surefire sets). */
    public static Path root() {
        return Path.of(System.getProperty("newsgraph.root", "."));
    }

    /** target/ (or whatever -DbuildDir names): the parent of the folder the test classes were loaded from. */
    public static Path buildDirectory() {
        try {
            return Path.of(ExamplesStore.class.getProtectionDomain().getCodeSource().getLocation().toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void delete(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // best effort at exit
        }
    }
}
