package org.newsgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
