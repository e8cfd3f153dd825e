package org.newsgraph.ingest;

import java.util.ArrayDeque;
import java.util.Deque;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** The fields newsgraph reads from a page's JSON-LD NewsArticle (or Article, BlogPosting) block. */
record JsonLdArticle(String headline, String datePublished, String url, String publisher, String articleBody) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The page's first article-typed JSON-LD node, or null; a block that is not JSON is a warning. */
    static JsonLdArticle find(Document page, String name, Problems problems) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                problems.add(Problem.warning(name, "read", "a JSON-LD block is not valid JSON, ignored: " + e.getOriginalMessage()));
                continue;
            }
            JsonNode article = findArticle(root);
            if (article != null) {
                JsonNode publisher = article.path("publisher");
                return new JsonLdArticle(text(article.get("headline")), text(article.get("datePublished")),
                        text(article.has("url") ? article.get("url") : article.get("mainEntityOfPage")),
                        publisher.isTextual() ? publisher.asText() : text(publisher.get("name")),
                        text(article.get("articleBody")));
            }
        }
        return null;
    }

    /** Breadth-first through arrays and {@code @graph}: the first node whose {@code @type} is an article. */
    private static JsonNode findArticle(JsonNode root) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (isArticleType(node.get("@type"))) {
                    return node;
                }
                if (node.has("@graph")) {
                    queue.add(node.get("@graph"));
                }
            }
        }
        return null;
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText();
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report");
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isObject()) {
            JsonNode id = node.get("@id");
            return id == null ? null : id.asText();
        }
        return node.isValueNode() ? node.asText() : null;
    }
}
