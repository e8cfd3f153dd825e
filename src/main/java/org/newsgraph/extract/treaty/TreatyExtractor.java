package org.newsgraph.extract.treaty;

import java.util.List;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.model.Fact;

/** Placeholder until the treaty patterns land. */
public final class TreatyExtractor implements Extractor {
    @Override
    public String name() {
        return "treaty";
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        return List.of();
    }
}
