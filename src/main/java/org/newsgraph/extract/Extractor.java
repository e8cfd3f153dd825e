package org.newsgraph.extract;

import java.util.List;

import org.newsgraph.model.Fact;

/** Finds one kind of fact in an annotated article. */
public interface Extractor {
    /** A short stable name, written into each fact's provenance. */
    String name();

    List<Fact> extract(ArticleContext context);
}
