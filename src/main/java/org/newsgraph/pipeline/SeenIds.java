package org.newsgraph.pipeline;

/**
 * The ids a run has used, each with its text: an open-addressing table of 64-bit hashes (16 bytes an entry, not
 * the hundred or more a map of strings takes), so a run of millions of articles keeps them all.
 */
final class SeenIds {
    private long[] keys = new long[1 << 10];
    private long[] values = new long[1 << 10];
    private int size;

    /** The text hash kept for an id hash, or 0 if the id was not seen. */
    long get(long idHash) {
        long key = nonZero(idHash);
        for (int slot = slot(key, keys.length); ; slot = (slot + 1) & (keys.length - 1)) {
            if (keys[slot] == 0) {
                return 0;
            }
            if (keys[slot] == key) {
                return values[slot];
            }
        }
    }

    /** Keeps the text hash for an id hash (0 stands for "not seen", so a hash of 0 is kept as 1: see {@link #nonZero}). */
    void put(long idHash, long textHash) {
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        insert(nonZero(idHash), nonZero(textHash));
    }

    int size() {
        return size;
    }

    /** 0 marks an empty slot; a real hash of 0 (one in 2^64) shares its slot with 1. */
    static long nonZero(long hash) {
        return hash == 0 ? 1 : hash;
    }

    private void insert(long key, long value) {
        int slot = slot(key, keys.length);
        while (keys[slot] != 0 && keys[slot] != key) {
            slot = (slot + 1) & (keys.length - 1);
        }
        if (keys[slot] == 0) {
            size++;
        }
        keys[slot] = key;
        values[slot] = value;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new long[oldValues.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                insert(oldKeys[i], oldValues[i]);
            }
        }
    }

    private static int slot(long key, int capacity) {
        // the hashes are SHA-256 bits already; mixing the halves spreads keys that differ only high up
        return (int) (key ^ (key >>> 32)) & (capacity - 1);
    }
}
