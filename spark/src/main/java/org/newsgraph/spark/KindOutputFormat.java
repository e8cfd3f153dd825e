package org.newsgraph.spark;

import org.apache.hadoop.mapred.lib.MultipleTextOutputFormat;

/**
 * Hadoop's text output with one folder per kind of record: {@code quads/part-NNNNN.nq.gz},
 * {@code facts/part-NNNNN.jsonl.gz}, {@code problems/part-NNNNN.txt.gz}, each file written by one task attempt and
 * kept only when the attempt commits (Hadoop's output committer), so a retried or speculative task never adds
 * its records twice.
 */
public final class KindOutputFormat extends MultipleTextOutputFormat<String, String> {
    @Override
    protected String generateFileNameForKeyValue(String kind, String value, String name) {
        String extension = switch (kind) {
            case ExtractTask.QUADS -> ".nq";
            case ExtractTask.FACTS -> ".jsonl";
            default -> ".txt";
        };
        return kind + "/" + name + extension;
    }

    /** The record alone: the kind names the folder, not a column. */
    @Override
    protected String generateActualKey(String kind, String value) {
        return null;
    }
}
