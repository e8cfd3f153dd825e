package org.newsgraph.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The fields newsgraph reads from a page's JSON-LD NewsArticle (or Article, BlogPosting, Report) node. Blocks are
 * read leniently, as browsers and search engines do: trailing commas, raw line breaks in strings, comments and
 * single quotes are accepted; a block still unreadable gives its {@code "datePublished"} and {@code "headline"} by
 * pattern, with a warning.
 */
record JsonLdArticle(String headline, String datePublished, String url, String publisher, String articleBody,
                     String author) {
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
                    JsonReadFeature.ALLOW_JAVA_COMMENTS, JsonReadFeature.ALLOW_SINGLE_QUOTES,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();
    private static final Pattern FIELD = Pattern.compile("\"(datePublished|dateCreated|headline)\"\\s*:\\s*\"([^\"]{1,500})\"");

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, null, null, null, null);

    /** The page's first article-typed JSON-LD node, or null; a block that cannot be read at all is a warning. */
    static JsonLdArticle find(Document page, String name, Problems problems) {
        JsonLdArticle byPattern = null;
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            try {
                root = JSON.readTree(script.data());
            } catch (JsonProcessingException e) {
                problems.add(Problem.warning(name, "read", "a JSON-LD block is not valid JSON, read by pattern: " + e.getOriginalMessage()));
                byPattern = byPattern != null ? byPattern : byPattern(script.data());
                continue;
            }
            if (root == null) {
                continue;
            }
            Map<String, JsonNode> byId = new HashMap<>();
            JsonNode article = findArticle(root, byId);
            if (article != null) {
                JsonNode publisher = resolve(article.path("publisher"), byId);
                String date = first(text(article.get("datePublished")), text(article.get("dateCreated")));
                return new JsonLdArticle(text(article.get("headline")), date,
                        text(article.has("url") ? article.get("url") : article.get("mainEntityOfPage")),
                        publisher.isTextual() ? publisher.asText() : text(publisher.get("name")),
                        text(article.get("articleBody")), names(article.get("author"), byId));
            }
        }
        return byPattern;
    }

    private static JsonLdArticle byPattern(String data) {
        Map<String, String> found = new HashMap<>();
        Matcher m = FIELD.matcher(data);
        while (m.find()) {
            found.putIfAbsent(m.group(1), m.group(2));
        }
        if (found.isEmpty()) {
            return null;
        }
        return new JsonLdArticle(found.get("headline"), first(found.get("datePublished"), found.get("dateCreated")),
                null, null, null, null);
    }

    /** Breadth-first through arrays and {@code @graph}: the first node whose {@code @type} is an article; every node with an {@code @id} is noted. */
    private static JsonNode findArticle(JsonNode root, Map<String, JsonNode> byId) {
        Deque<JsonNode> queue = new ArrayDeque<>();
        queue.add(root);
        JsonNode found = null;
        while (!queue.isEmpty()) {
            JsonNode node = queue.poll();
            if (node.isArray()) {
                node.forEach(queue::add);
            } else if (node.isObject()) {
                if (node.hasNonNull("@id") && node.size() > 1) {
                    byId.putIfAbsent(node.get("@id").asText(), node);
                }
                if (found == null && isArticleType(node.get("@type"))) {
                    found = node;
                }
                if (node.has("@graph")) {
                    queue.add(node.get("@graph"));
                }
            }
        }
        return found;
    }

    /** A node that only names another by {@code @id} (as Yoast SEO writes authors), replaced by that node. */
    private static JsonNode resolve(JsonNode node, Map<String, JsonNode> byId) {
        if (node != null && node.isObject() && node.size() == 1 && node.has("@id")) {
            JsonNode target = byId.get(node.get("@id").asText());
            return target == null ? node : target;
        }
        return node == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance() : node;
    }

    /** The names of a person, an organisation or a list of them, joined by ", ". */
    private static String names(JsonNode author, Map<String, JsonNode> byId) {
        if (author == null || author.isNull()) {
            return null;
        }
        List<String> names = new ArrayList<>();
        for (JsonNode one : author.isArray() ? author : List.of(author)) {
            JsonNode node = resolve(one, byId);
            String name = node.isTextual() ? node.asText() : text(node.get("name"));
            if (name != null && !name.isBlank() && !name.startsWith("http")) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
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
        return name.endsWith("Article") || name.equals("BlogPosting") || name.equals("Report") || name.equals("LiveBlogPosting");
    }

    private static String first(String a, String b) {
        return a != null && !a.isBlank() ? a : b;
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : text(node.get(0));
        }
        if (node.isObject()) {
            JsonNode id = node.get("@id");
            return id == null ? null : id.asText();
        }
        return node.isValueNode() ? node.asText() : null;
    }
}
