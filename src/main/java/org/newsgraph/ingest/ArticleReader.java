package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;

/** Reads one input (a file or standard input) of one format, pushing articles and reporting problems. */
public interface ArticleReader {
    /**
     * @param name the input's name as the user gave it; it starts every problem's location
     * @param defaultId the id for a single-article input that carries none (the file's stem)
     */
    void read(InputStream input, String name, String defaultId, ArticleSink out, Problems problems) throws IOException;
}
