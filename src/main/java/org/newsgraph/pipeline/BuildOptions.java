package org.newsgraph.pipeline;

import org.newsgraph.ingest.ReaderRegistry;
import org.newsgraph.store.Loader;

/**
 * How a build runs: extraction threads, articles per store transaction, the size limits, whether the first
 * error stops it, whether articles already stored unchanged are skipped, whether an article stored with
 * another text is replaced, who hears of its progress, and how batches are written to the store.
 *
 * @param maxChars the most characters an article may have, title and text together
 * @param maxBytes the most bytes a file, a JSON line or a feed item may have once decompressed; larger ones are
 *                 skipped without being read whole
 */
public record BuildOptions(int threads, int batchSize, int maxChars, long maxBytes, boolean failFast, boolean resume,
                           boolean replace, BuildListener listener, Loader loader) {
    /**
     * Large enough that a commit's fixed cost (journal, fsync) is spread over many quads; a kill loses at most one
     * batch (redone by --resume). Measured loading 20,000 generated articles: 19-20 s in batches of 1,000,
     * 15.6-16.2 s in batches of 5,000, 15.4-16.8 s in one. The price is heap: the build's live heap over
     * 100,000 articles was 42-49 MB with batches of 1,000, 56-72 MB with batches of 5,000 (bench).
     */
    public static final int DEFAULT_BATCH = 5000;
    public static final int DEFAULT_MAX_CHARS = 1_000_000;
    public static final long DEFAULT_MAX_BYTES = ReaderRegistry.DEFAULT_MAX_BYTES;

    public BuildOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1, was " + batchSize);
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("max chars must be at least 1, was " + maxChars);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("max bytes must be at least 1, was " + maxBytes);
        }
        listener = listener == null ? BuildListener.NONE : listener;
        loader = loader == null ? Loader.TRANSACTIONAL : loader;
    }

    /** All cores, batches of {@value #DEFAULT_BATCH}, {@value #DEFAULT_MAX_CHARS} characters at most. */
    public static BuildOptions defaults() {
        return new BuildOptions(Runtime.getRuntime().availableProcessors(), DEFAULT_BATCH, DEFAULT_MAX_CHARS, DEFAULT_MAX_BYTES,
                false, false, false, null, Loader.TRANSACTIONAL);
    }

    public BuildOptions withThreads(int n) {
        return new BuildOptions(n, batchSize, maxChars, maxBytes, failFast, resume, replace, listener, loader);
    }

    public BuildOptions withBatchSize(int n) {
        return new BuildOptions(threads, n, maxChars, maxBytes, failFast, resume, replace, listener, loader);
    }

    public BuildOptions withMaxChars(int n) {
        return new BuildOptions(threads, batchSize, n, maxBytes, failFast, resume, replace, listener, loader);
    }

    public BuildOptions withMaxBytes(long n) {
        return new BuildOptions(threads, batchSize, maxChars, n, failFast, resume, replace, listener, loader);
    }

    public BuildOptions withFailFast(boolean on) {
        return new BuildOptions(threads, batchSize, maxChars, maxBytes, on, resume, replace, listener, loader);
    }

    public BuildOptions withResume(boolean on) {
        return new BuildOptions(threads, batchSize, maxChars, maxBytes, failFast, on, replace, listener, loader);
    }

    public BuildOptions withReplace(boolean on) {
        return new BuildOptions(threads, batchSize, maxChars, maxBytes, failFast, resume, on, listener, loader);
    }

    public BuildOptions withLoader(Loader l) {
        return new BuildOptions(threads, batchSize, maxChars, maxBytes, failFast, resume, replace, listener, l);
    }

    public BuildOptions withListener(BuildListener l) {
        return new BuildOptions(threads, batchSize, maxChars, maxBytes, failFast, resume, replace, l, loader);
    }
}
