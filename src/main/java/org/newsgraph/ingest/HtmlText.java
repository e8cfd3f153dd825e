package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/** Readable text out of HTML: one line per paragraph, heading, list item or quotation, boilerplate left out. */
final class HtmlText {
    /** The elements whose text makes a line; h1 is the title and is read apart. */
    private static final String BLOCKS = "p, h2, h3, h4, h5, h6, li, blockquote, pre, dt, dd";
    /** Never article text, wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, form, button, select, figure, [hidden], [aria-hidden=true], [role=navigation], "
            + "[role=complementary], [role=banner], [role=contentinfo]";
    /** A class name or id of comment threads, adverts and sharing widgets ("article-comments", "ad-slot"). */
    private static final Pattern NOISE = Pattern.compile("(?i)(.*[_-])?(comments?|disqus|advert\\w*|ads?|adslot|sponsored|promo"
            + "|share|sharing|social|related|newsletter|subscribe|sidebar|cookies?|consent|breadcrumbs?)([_-].*)?");
    /** Containers that are kept even when a class word looks like noise ("post has-sidebar"). */
    private static final Set<String> NEVER_NOISE = Set.of("html", "body", "article", "main");

    private HtmlText() {
    }

    /** Removes scripts, navigation, asides, comment threads, adverts and sharing widgets from under root. */
    static void removeBoilerplate(Element root) {
        root.select(NEVER_TEXT).remove();
        List<Element> noise = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !NEVER_NOISE.contains(element.normalName()) && !element.hasAttr("itemprop")
                    && (isNoise(element.id()) || element.classNames().stream().anyMatch(HtmlText::isNoise))) {
                noise.add(element);
            }
        }
        noise.forEach(Element::remove);
        // a site header (logo, menu) is boilerplate; an article's own header holds its title and is kept
        for (Element header : root.select("header")) {
            if (header.closest("article, main") == null) {
                header.remove();
            }
        }
    }

    /** The text of each block element under root, in document order, nested blocks counted once. */
    static List<String> blocks(Element root) {
        Elements found = root.select(BLOCKS);
        Set<Element> blockSet = new HashSet<>(found);
        List<String> lines = new ArrayList<>();
        for (Element block : found) {
            if (hasBlockAncestor(block, root, blockSet)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        if (lines.isEmpty()) {
            String text = root.text().strip();
            if (!text.isEmpty()) {
                lines.add(text);
            }
        }
        return lines;
    }

    /** The text of an HTML fragment (a feed item's description), one line per block. */
    static String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        removeBoilerplate(body);
        return String.join("\n", blocks(body));
    }

    /** Inline text that may hold markup or entities (a feed title), as plain text. */
    static String inlineText(String maybeHtml) {
        if (maybeHtml == null) {
            return null;
        }
        if (maybeHtml.indexOf('<') < 0 && maybeHtml.indexOf('&') < 0) {
            return maybeHtml.strip();
        }
        return Jsoup.parseBodyFragment(maybeHtml).body().text().strip();
    }

    private static boolean isNoise(String word) {
        return !word.isEmpty() && NOISE.matcher(word).matches();
    }

    private static boolean hasBlockAncestor(Element block, Element root, Set<Element> blockSet) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (blockSet.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
