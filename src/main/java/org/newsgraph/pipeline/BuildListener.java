package org.newsgraph.pipeline;

/** Hears of a build's progress: each batch committed to the store (called on the thread that writes). */
@FunctionalInterface
public interface BuildListener {
    BuildListener NONE = (articles, firstId, lastId, storedSoFar) -> { };

    /** A batch of {@code articles} articles, {@code firstId} to {@code lastId}, is committed; storedSoFar counts this run. */
    void committed(int articles, String firstId, String lastId, long storedSoFar);

    /** Both this and then other. */
    default BuildListener andThen(BuildListener other) {
        return (articles, firstId, lastId, storedSoFar) -> {
            committed(articles, firstId, lastId, storedSoFar);
            other.committed(articles, firstId, lastId, storedSoFar);
        };
    }
}
