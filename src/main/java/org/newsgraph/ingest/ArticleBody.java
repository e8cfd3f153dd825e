package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import net.dankito.readability4j.Readability4J;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The body of a news page, as lines of text. The page is first cleaned of boilerplate ({@link HtmlText}); Mozilla's
 * Readability (Readability4J) then finds the element that holds the story by its paragraphs' text, commas, link
 * density and class words, and the lines of that element, less headlines and link-dense blocks (related links,
 * "Read more"), are the body. An element the publisher marks {@code itemprop=articleBody} is taken instead unless
 * it holds less than half as much; when Readability finds nothing, the element with the most paragraph text is taken;
 * a page without text of its own (a script app) gives its JSON-LD articleBody.
 */
final class ArticleBody {
    /** Readability resolves relative links against the page's address; newsgraph keeps text only. */
    private static final String NO_ADDRESS = "https://page.invalid/";
    /** A block whose text is more than this share link text is a list of links, not prose. */
    private static final double MAX_LINK_DENSITY = 0.5;

    private ArticleBody() {
    }

    /** The body's lines; empty if the page holds none. The page is changed (cleaned) on the way. */
    static List<String> of(Document page, JsonLdArticle jsonLd, String title) {
        HtmlText.removeBoilerplate(page.body());
        Element marked = page.body().selectFirst("[itemprop=articleBody]");
        List<String> markedLines = marked == null ? List.of() : lines(marked.clone(), title);
        List<String> lines = List.of();
        Element content = readability(page);
        if (content != null) {
            lines = lines(content, title);
        }
        // what the publisher marks as the article body wins unless it is much shorter than what Readability found
        if (!markedLines.isEmpty() && 2 * length(markedLines) >= length(lines)) {
            lines = markedLines;
        }
        if (lines.isEmpty()) {
            Element fallback = densestParagraphs(page.body());
            lines = fallback == null ? List.of() : lines(fallback, title);
        }
        String ldBody = jsonLd == null ? null : jsonLd.articleBody();
        if (ldBody != null && !ldBody.isBlank() && ldBody.length() > 2 * String.join("\n", lines).length()) {
            return ldBody.strip().lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        }
        return lines;
    }

    private static Element readability(Document page) {
        try {
            return new Readability4J(NO_ADDRESS, page).parse().getArticleContent();
        } catch (RuntimeException e) {
            return null; // a page Readability cannot handle is read by the fallbacks
        }
    }

    /** The element's lines without headlines, the title, link lists and lines of no letters ("###", "___"). */
    static List<String> lines(Element content, String title) {
        content.select("h1, head, title").remove();
        List<Element> linkLists = new ArrayList<>();
        for (Element block : content.select("p, li, ul, ol, dl, div, section, table")) {
            int length = block.text().length();
            if (length > 0 && linkText(block) > MAX_LINK_DENSITY * length) {
                linkLists.add(block);
            }
        }
        linkLists.forEach(Element::remove);
        String normalisedTitle = title == null ? "" : title.strip().toLowerCase(Locale.ROOT);
        List<String> lines = new ArrayList<>();
        for (String line : HtmlText.lines(content)) {
            if (line.codePoints().anyMatch(Character::isLetterOrDigit) && !line.toLowerCase(Locale.ROOT).equals(normalisedTitle)) {
                lines.add(line);
            }
        }
        return lines;
    }

    /** The element whose own {@code <p>} children hold the most text: where a page without markup keeps its story. */
    private static Element densestParagraphs(Element body) {
        Element best = null;
        int bestLength = 0;
        for (Element element : body.getAllElements()) {
            int length = 0;
            for (Element child : element.children()) {
                if (child.normalName().equals("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                best = element;
                bestLength = length;
            }
        }
        return best;
    }

    private static int length(List<String> lines) {
        return lines.stream().mapToInt(String::length).sum();
    }

    private static int linkText(Element block) {
        int length = 0;
        for (Element link : block.select("a")) {
            length += link.text().length();
        }
        return length;
    }
}
