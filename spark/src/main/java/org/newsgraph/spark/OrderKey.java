package org.newsgraph.spark;

import java.io.Serializable;
import java.util.Comparator;

/**
 * Where an article or a problem was read: the {@link org.newsgraph.pipeline.ArticleIds#root root} of its id, the
 * input file's place in reading order and its own place in the file. Partitions go by root, so that the articles
 * that could compete for an id meet in one partition; sorting by the whole key puts them in reading order there.
 */
final class OrderKey implements Comparable<OrderKey>, Serializable {
    private static final long serialVersionUID = 1L;
    private static final Comparator<OrderKey> ORDER = Comparator.<OrderKey, String>comparing(key -> key.root)
            .thenComparingInt(key -> key.file).thenComparingLong(key -> key.seq);

    /** The root of problems: they sort before every article, in reading order. */
    static final String PROBLEMS = "";

    final String root;
    final int file;
    final long seq;

    OrderKey(String root, int file, long seq) {
        this.root = root;
        this.file = file;
        this.seq = seq;
    }

    @Override
    public int compareTo(OrderKey other) {
        return ORDER.compare(this, other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderKey key && key.root.equals(root) && key.file == file && key.seq == seq;
    }

    @Override
    public int hashCode() {
        return root.hashCode() * 31 + Long.hashCode(file * 1_000_003L + seq);
    }

    @Override
    public String toString() {
        return root + "@" + file + ":" + seq;
    }
}
