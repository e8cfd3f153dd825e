package org.newsgraph.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.newsgraph.pipeline.BuildOptions;

/**
 * What every executor needs to extract as the driver asked: the limits of a build, the digest of the statement
 * model the driver has (executors refuse to extract with another), and the user's dictionary folders, carried as
 * their files' bytes, since an executor's machine need not see the driver's folders.
 */
final class JobOptions implements Serializable {
    private static final long serialVersionUID = 1L;

    final int maxChars;
    final long maxBytes;
    final String modelDigest;
    /** Per --gazetteer folder: file name to contents. */
    final List<Map<String, byte[]>> gazetteers;
    /** Whether to write facts/ beside the quads (reading them back costs about a fifth of extraction's time). */
    final boolean facts;
    /** For tests: the first attempt of partition 0 fails after this many articles (-1: never). */
    final int faultAfter;

    private JobOptions(int maxChars, long maxBytes, String modelDigest, List<Map<String, byte[]>> gazetteers, boolean facts, int faultAfter) {
        this.maxChars = maxChars;
        this.maxBytes = maxBytes;
        this.modelDigest = modelDigest;
        this.gazetteers = gazetteers;
        this.facts = facts;
        this.faultAfter = faultAfter;
    }

    /** A build's defaults, the driver's statement model, no dictionary folders. */
    static JobOptions defaults() {
        return new JobOptions(BuildOptions.DEFAULT_MAX_CHARS, BuildOptions.DEFAULT_MAX_BYTES, ModelCheck.bundledDigest(), List.of(), true, -1);
    }

    JobOptions withLimits(int chars, long bytes) {
        return new JobOptions(chars, bytes, modelDigest, gazetteers, facts, faultAfter);
    }

    /** The files of each folder (dictionary folders are flat: DictionaryFolder lists one level). */
    JobOptions withGazetteers(List<Path> folders) {
        List<Map<String, byte[]>> read = new ArrayList<>();
        for (Path folder : folders) {
            Map<String, byte[]> files = new LinkedHashMap<>();
            try (Stream<Path> listing = Files.list(folder)) {
                for (Path file : listing.filter(Files::isRegularFile).sorted().toList()) {
                    files.put(file.getFileName().toString(), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the dictionary folder " + folder + ": " + e.getMessage(), e);
            }
            read.add(files);
        }
        return new JobOptions(maxChars, maxBytes, modelDigest, List.copyOf(read), facts, faultAfter);
    }

    JobOptions withFacts(boolean write) {
        return new JobOptions(maxChars, maxBytes, modelDigest, gazetteers, write, faultAfter);
    }

    JobOptions withFaultAfter(int articles) {
        return new JobOptions(maxChars, maxBytes, modelDigest, gazetteers, facts, articles);
    }

    /** Names the dictionaries, so that an executor builds its pipeline once for them. */
    String gazetteerKey() {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Map<String, byte[]> folder : gazetteers) {
                digest.update((byte) '/');
                folder.forEach((name, bytes) -> {
                    digest.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    digest.update((byte) 0);
                    digest.update(bytes);
                });
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
