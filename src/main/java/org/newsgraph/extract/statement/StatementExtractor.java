package org.newsgraph.extract.statement;

import java.util.List;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.model.Fact;

/** Placeholder until the statement patterns land. */
public final class StatementExtractor implements Extractor {
    @Override
    public String name() {
        return "statement";
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        return List.of();
    }
}
