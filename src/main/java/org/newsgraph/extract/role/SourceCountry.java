package org.newsgraph.extract.role;

import opennlp.tools.util.Span;
import org.newsgraph.extract.ArticleContext;
import org.newsgraph.gazetteer.Entry;
import org.newsgraph.model.Entity;

/**
 * The country an article speaks for when its source is a government seat ("The White House"): there, a bare
 * "President Joe Biden" is that country's president. Null for independent outlets.
 */
final class SourceCountry {
    private SourceCountry() {
    }

    static Entity of(ArticleContext context) {
        String source = context.article().source();
        if (source == null || source.isBlank()) {
            return null;
        }
        String[] words = source.replaceAll("[()]", " ").trim().split("\\s+");
        for (Span span : context.gazetteer().names().find(words)) {
            Entry entry = context.gazetteer().names().lookup(words, span.getStart(), span.getEnd());
            if (entry.type() == org.newsgraph.gazetteer.NameType.SEAT) {
                return entry.entity();
            }
        }
        return null;
    }
}
