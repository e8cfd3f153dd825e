package org.newsgraph.gazetteer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A user's dictionary folder: which of its files newsgraph reads, and what is wrong with the folder itself (it is
 * missing, or holds a file whose name is none of the dictionary's, such as a misspelt {@code country.tsv}).
 */
final class DictionaryFolder {
    /** The files a dictionary folder may hold, in the order they are read. */
    static final List<String> FILES = List.of("settings.tsv", "agents.tsv", "countries.tsv", "organisations.tsv",
            "outlets.tsv", "roles.tsv", "statement-verbs.tsv", "persons.tsv", "places.tsv");

    private final Path folder;
    private final boolean readable;
    private final boolean ignoreCase;

    private DictionaryFolder(Path folder, boolean readable, boolean ignoreCase) {
        this.folder = folder;
        this.readable = readable;
        this.ignoreCase = ignoreCase;
    }

    static DictionaryFolder open(Path folder, ProblemLog log) {
        if (!Files.exists(folder)) {
            log.error(folder.toString(), "no such folder (--gazetteer takes a folder of dictionary files: "
                    + String.join(", ", FILES) + ")");
            return new DictionaryFolder(folder, false, false);
        }
        if (!Files.isDirectory(folder)) {
            log.error(folder.toString(), "not a folder: --gazetteer takes a folder that holds files named "
                    + String.join(", ", FILES));
            return new DictionaryFolder(folder, false, false);
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(folder)) {
            files = listing.sorted().toList();
        } catch (IOException e) {
            log.error(folder.toString(), "cannot list the folder: " + e.getMessage());
            return new DictionaryFolder(folder, false, false);
        }
        int known = 0;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (FILES.contains(name)) {
                known++;
                continue;
            }
            String near = nearest(name);
            if (near != null) {
                log.error(file.toString(), "unknown dictionary file: did you mean " + near + "? (files newsgraph reads: "
                        + String.join(", ", FILES) + ")");
            } else if (name.toLowerCase(Locale.ROOT).endsWith(".tsv")) {
                log.error(file.toString(), "unknown dictionary file (files newsgraph reads: " + String.join(", ", FILES) + ")");
            } else if (!Files.isDirectory(file)) {
                log.warning(file.toString(), "not a dictionary file; not read");
            }
        }
        if (known == 0) {
            log.warning(folder.toString(), "holds none of the dictionary files (" + String.join(", ", FILES) + ")");
        }
        boolean ignoreCase = false;
        Path settings = folder.resolve("settings.tsv");
        if (Files.isRegularFile(settings)) {
            for (DataFile.Row row : DataFile.user(settings, log)) {
                if (row.field(0).equals("case") && List.of("insensitive", "sensitive").contains(row.field(1))) {
                    ignoreCase = row.field(1).equals("insensitive");
                } else {
                    log.error(row, "unknown setting '" + String.join("\t", row.fields()).strip()
                            + "' (known: 'case<TAB>insensitive', 'case<TAB>sensitive')");
                }
            }
        }
        return new DictionaryFolder(folder, true, ignoreCase);
    }

    /** The rows of one of the folder's files; none if it has no such file. */
    List<DataFile.Row> rows(String name, ProblemLog log) {
        Path file = folder.resolve(name);
        if (!readable || !Files.isRegularFile(file)) {
            return List.of();
        }
        return DataFile.user(file, log);
    }

    /** True when the folder's settings say that its names match in any case ("GONDOR", "Gondor", "gondor"). */
    boolean ignoreCase() {
        return ignoreCase;
    }

    /** The known file name a misspelt one is closest to ("country.tsv", "Countries.tsv", "countries.txt"), or null. */
    static String nearest(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : FILES) {
            int distance = distance(lower, known);
            String stem = known.substring(0, known.length() - 4);
            String bare = lower.replaceFirst("\\.[a-z]+$", "");
            if (lower.startsWith(stem) || bare.length() >= 5 && stem.startsWith(bare)) {
                distance = Math.min(distance, 1);
            }
            if (distance < bestDistance) {
                bestDistance = distance;
                best = known;
            }
        }
        return bestDistance <= 3 ? best : null;
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
