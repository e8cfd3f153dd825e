package org.newsgraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a view graph in one file format. */
public interface ViewGraphWriter {
    /** Writes the whole graph to {@code out} (UTF-8) and flushes it, without closing it. */
    void write(ViewGraph graph, OutputStream out) throws IOException;
}
