package org.newsgraph.spark;

import org.apache.spark.Partitioner;

/** Sends every key of one id root to one partition (String.hashCode is the same in every JVM). */
final class RootPartitioner extends Partitioner {
    private static final long serialVersionUID = 1L;

    private final int partitions;

    RootPartitioner(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public int numPartitions() {
        return partitions;
    }

    @Override
    public int getPartition(Object key) {
        return Math.floorMod(((OrderKey) key).root.hashCode(), partitions);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RootPartitioner partitioner && partitioner.partitions == partitions;
    }

    @Override
    public int hashCode() {
        return partitions;
    }
}
