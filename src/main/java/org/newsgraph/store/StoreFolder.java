package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.OptionalLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.tdb2.sys.DatabaseOps;

/**
 * What a folder given as {@code --store} holds. A TDB2 store keeps each generation of its data in a
 * {@code Data-NNNN} folder; TDB2 makes one in any folder it is asked to open, so every command but
 * {@code build} checks first and never creates a store where none was.
 */
public final class StoreFolder {
    private StoreFolder() {
    }

    /** True if the folder holds a TDB2 store. */
    public static boolean isStore(Path folder) {
        return Files.isDirectory(folder) && activeGeneration(folder) != null;
    }

    /** The generation TDB2 opens (the highest {@code Data-NNNN}), or null. */
    public static Path activeGeneration(Path folder) {
        return DatabaseOps.findStorageLocation(folder);
    }

    /** For commands that read: the folder must hold a store. */
    public static void requireStore(Path folder) {
        if (Files.isRegularFile(folder)) {
            throw new StoreException(folder + " is a file, not a store folder");
        }
        if (!isStore(folder)) {
            throw new StoreException("no newsgraph store at " + folder + " (build one first: newsgraph build --store " + folder + " INPUT...)");
        }
    }

    /**
     * For {@code build}: a store, a new folder or an empty one. A folder that holds other files is refused, so that
     * a mistyped {@code --store} never scatters TDB2's files among someone's documents.
     */
    public static void requireBuildable(Path folder) {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new StoreException(folder + " is a file, not a store folder");
        }
        if (Files.isDirectory(folder) && !isStore(folder) && !isEmpty(folder)) {
            throw new StoreException(folder + " holds other files and no newsgraph store; give a new or empty folder as --store");
        }
    }

    /**
     * The space the folder takes on disk, from {@code du -sk} (POSIX), or empty where there is none. TDB2 grows
     * its files in sparse 8 MB steps, so their lengths overstate a small store many times over.
     */
    public static OptionalLong diskUse(Path folder) {
        try {
            Process du = new ProcessBuilder("du", "-sk", folder.toString()).redirectErrorStream(true).start();
            String out = new String(du.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            if (du.waitFor() != 0) {
                return OptionalLong.empty();
            }
            return OptionalLong.of(Long.parseLong(out.trim().split("\\s+")[0]) * 1024);
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }

    /** The sum of the lengths of all files in the folder (sparse files counted whole). */
    public static long size(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(file -> {
                try {
                    return Files.size(file);
                } catch (IOException e) {
                    return 0; // deleted while we walk
                }
            }).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the generations older than the active one: TDB2 never reads them again. */
    static void deleteOldGenerations(Path folder) {
        Path active = activeGeneration(folder);
        if (active == null) {
            return;
        }
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path old : entries.filter(entry -> GENERATION.matcher(entry.getFileName().toString()).matches())
                    .filter(entry -> generation(entry) < generation(active)).toList()) {
                deleteTree(old);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final Pattern GENERATION = Pattern.compile("Data-(\\d+)");

    private static int generation(Path folder) {
        var matcher = GENERATION.matcher(folder.getFileName().toString());
        return matcher.matches() ? Integer.parseInt(matcher.group(1)) : -1;
    }

    private static void deleteTree(Path folder) throws IOException {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
