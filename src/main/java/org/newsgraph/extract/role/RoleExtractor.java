package org.newsgraph.extract.role;

import java.util.List;

import org.newsgraph.extract.ArticleContext;
import org.newsgraph.extract.Extractor;
import org.newsgraph.model.Fact;

/** Placeholder until the role patterns land. */
public final class RoleExtractor implements Extractor {
    @Override
    public String name() {
        return "role";
    }

    @Override
    public List<Fact> extract(ArticleContext context) {
        return List.of();
    }
}
