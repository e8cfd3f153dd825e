package org.newsgraph.export;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;

/**
 * The attributes every format writes for a node and an edge, with their types: one list, so GraphML,
 * GEXF, Cytoscape JSON and DOT carry the same columns. Absent values are left out, not written empty.
 */
final class ViewAttributes {
    /** A named, typed attribute column. */
    record Column(String name, AttributeType type) {
    }

    static final List<Column> NODE = List.of(
            new Column("label", AttributeType.STRING), new Column("type", AttributeType.STRING),
            new Column("iri", AttributeType.STRING), new Column("isoCode", AttributeType.STRING),
            new Column("aliases", AttributeType.STRING), new Column("evidence", AttributeType.INT));

    static final List<Column> EDGE = List.of(
            new Column("label", AttributeType.STRING), new Column("relation", AttributeType.STRING),
            new Column("fact", AttributeType.STRING), new Column("date", AttributeType.STRING),
            new Column("confidence", AttributeType.DOUBLE), new Column("quote", AttributeType.STRING),
            new Column("outlet", AttributeType.STRING), new Column("current", AttributeType.BOOLEAN),
            new Column("article", AttributeType.STRING), new Column("articleId", AttributeType.STRING),
            new Column("articleTitle", AttributeType.STRING));

    private ViewAttributes() {
    }

    static Map<String, Attribute> of(ViewGraph.Node node) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        put(values, "label", node.label());
        put(values, "type", node.type().label());
        put(values, "iri", node.iri());
        put(values, "isoCode", node.isoCode());
        put(values, "aliases", node.aliases().isEmpty() ? null : String.join("; ", node.aliases()));
        values.put("evidence", DefaultAttribute.createAttribute(node.evidence()));
        return values;
    }

    static Map<String, Attribute> of(ViewGraph.Edge edge) {
        Map<String, Attribute> values = new LinkedHashMap<>();
        put(values, "label", edge.label());
        put(values, "relation", edge.relation().label());
        put(values, "fact", edge.fact());
        put(values, "date", edge.date());
        values.put("confidence", DefaultAttribute.createAttribute(edge.confidence()));
        put(values, "quote", edge.quote());
        put(values, "outlet", edge.outlet());
        if (edge.current() != null) {
            values.put("current", DefaultAttribute.createAttribute(edge.current()));
        }
        put(values, "article", edge.article());
        put(values, "articleId", edge.articleId());
        put(values, "articleTitle", edge.articleTitle());
        return values;
    }

    private static void put(Map<String, Attribute> values, String name, String value) {
        if (value != null) {
            values.put(name, DefaultAttribute.createAttribute(xmlSafe(value)));
        }
    }

    /**
     * Replaces the few characters XML 1.0 cannot hold at all (control characters other than tab and line
     * breaks, lone surrogates), which scraped article text can carry, so one odd quote cannot spoil a file.
     */
    static String xmlSafe(String text) {
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1)))
                    || (Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1)));
            if (!allowed && safe == null) {
                safe = new StringBuilder(text.substring(0, i));
            }
            if (safe != null) {
                safe.append(allowed ? c : '\uFFFD');
            }
        }
        return safe == null ? text : safe.toString();
    }
}
