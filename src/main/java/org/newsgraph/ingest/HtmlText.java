package org.newsgraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Readable text out of HTML: one line per paragraph, heading, list item, quotation, {@code <div>} of text or
 * {@code <br>}-separated line, with boilerplate (navigation, scripts, adverts, sharing, comment threads,
 * sidebars) left out by tag, role and class words.
 */
final class HtmlText {
    /** Never article text, wherever they are. */
    private static final String NEVER_TEXT = "script, style, noscript, template, iframe, object, embed, svg, canvas, "
            + "nav, aside, footer, button, select, input, textarea, label, figure, figcaption, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=complementary], [role=banner], [role=contentinfo], [role=dialog], [role=alert], "
            + "amp-sidebar, amp-analytics, amp-ad, dialog";
    /** Words of class names and ids that mark what is no article text ("article-comments", "ad-slot", "l-sidebar"). */
    private static final Set<String> NOISE_WORDS = Set.of("comment", "comments", "disqus", "advert", "advertisement",
            "advertising", "ad", "ads", "adslot", "sponsored", "promo", "share", "sharing", "social", "related", "newsletter",
            "subscribe", "signup", "sidebar", "cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "popular",
            "recirculation", "paywall", "trending", "outbrain", "taboola", "byline", "dateline", "meta", "metadata",
            "tags", "topics", "kicker", "caption", "credit", "pager", "pagination", "banner", "modal", "popup", "widget",
            "bio", "more", "responses", "clap", "toolbar", "print", "skip", "masthead", "menu", "rail", "footer", "header",
            "standfirst", "subhead", "hidden");
    /** Words that mark a container of the article itself: a class with one of them is never noise ("ad_body"). */
    private static final Set<String> CONTENT_WORDS = Set.of("body", "content", "column", "main", "story", "article",
            "text", "entry", "post", "page", "container", "wrapper", "wrap", "grid", "layout");
    /** WordPress and Drupal taxonomy classes name what a post is about, not what an element is. */
    private static final Pattern TAXONOMY = Pattern.compile("(?i)(category|tag|post|type|format|status|topic|section|author)[-_].*");
    private static final Pattern WORD_SPLIT = Pattern.compile("[-_\\s]+|(?<=[a-z])(?=[A-Z])");
    /** Elements that end a line of text before and after them. */
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "blockquote", "pre", "dt", "dd", "dl", "section", "article", "main", "header", "footer", "table", "tr", "td", "th",
            "tbody", "thead", "form", "center", "address", "figure", "hr", "br", "details", "summary", "body", "html");
    /** Containers that are kept even when a class word looks like noise ("post has-sidebar"). */
    private static final Set<String> NEVER_NOISE = Set.of("html", "body", "article", "main");

    private HtmlText() {
    }

    /**
     * Removes scripts, navigation, asides, comment threads, adverts and sharing widgets from under root; an
     * element that holds the page's headline or most of its text in paragraphs is never removed, whatever its class says
     * (a story in {@code <div class="non-ad-column-l">} or a WordPress post of {@code category-advertising}).
     * A form that holds paragraphs of text is kept (its contents): some sites wrap the whole page in one.
     */
    static void removeBoilerplate(Element root) {
        for (Element form : root.select("form")) {
            if (form.select("p, br").size() < 3) {
                form.remove();
            } else {
                form.unwrap(); // Readability drops forms whole
            }
        }
        root.select(NEVER_TEXT).remove();
        int total = root.text().length();
        Element headline = root.selectFirst("h1");
        List<Element> noise = new ArrayList<>();
        for (Element element : root.getAllElements()) {
            if (element != root && !NEVER_NOISE.contains(element.normalName()) && !element.hasAttr("itemprop")
                    && looksLikeNoise(element)) {
                noise.add(element);
            }
        }
        for (Element element : noise) {
            if (element.parent() == null) {
                continue; // inside an element removed already
            }
            boolean holdsHeadline = headline != null && element.getAllElements().contains(headline);
            boolean holdsTheText = element.text().length() * 2 >= total && element.select("p, br, div").size() >= 3;
            if (!holdsHeadline && !holdsTheText) {
                element.remove();
            }
        }
        removeTeaserLists(root, headline);
        // a site header (logo, menu) is boilerplate; an article's own header holds its title and is kept
        for (Element header : root.select("header")) {
            if (header.closest("article, main") == null && (headline == null || !header.getAllElements().contains(headline))) {
                header.remove();
            }
        }
    }

    /**
     * Removes runs of three or more sibling teasers: elements of one tag and class, each a short text led by a
     * link (a headline and its summary), as "more stories" grids, menus and link lists are made. Story paragraphs
     * are longer or carry few links; comments carry none.
     */
    private static void removeTeaserLists(Element root, Element headline) {
        List<Element> teasers = new ArrayList<>();
        for (Element parent : root.getAllElements()) {
            java.util.Map<String, List<Element>> groups = new java.util.HashMap<>();
            for (Element child : parent.children()) {
                groups.computeIfAbsent(child.normalName() + "." + child.className(), k -> new ArrayList<>()).add(child);
            }
            for (List<Element> group : groups.values()) {
                if (group.size() < 3) {
                    continue;
                }
                int linked = 0;
                for (Element child : group) {
                    int length = child.text().length();
                    int links = 0;
                    for (Element a : child.select("a")) {
                        links += a.text().length();
                    }
                    linked += length > 0 && length < 400 && links * 4 >= length ? 1 : 0;
                }
                if (linked * 4 >= group.size() * 3) {
                    for (Element child : group) {
                        if (headline == null || !child.getAllElements().contains(headline)) {
                            teasers.add(child);
                        }
                    }
                }
            }
        }
        teasers.forEach(Element::remove);
    }

    /** True if the element's id or one of its class names is made of a noise word and no content word. */
    static boolean looksLikeNoise(Element element) {
        if (isNoise(element.id())) {
            return true;
        }
        for (String name : element.classNames()) {
            if (isNoise(name)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isNoise(String name) {
        if (name.isEmpty() || TAXONOMY.matcher(name).matches()) {
            return false;
        }
        boolean noise = false;
        for (String word : WORD_SPLIT.split(name)) {
            String w = word.toLowerCase(Locale.ROOT);
            if (CONTENT_WORDS.contains(w)) {
                return false;
            }
            noise |= NOISE_WORDS.contains(w);
        }
        return noise;
    }

    /**
     * The lines of text under root in document order: each block element ({@code <p>}, {@code <div>},
     * {@code <li>}, headings ...) and each {@code <br>} ends a line; inline markup runs on. Lines are stripped and
     * blank ones left out.
     */
    static List<String> lines(Element root) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        collect(root, line, lines);
        flush(line, lines);
        return lines;
    }

    private static void collect(Node node, StringBuilder line, List<String> lines) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode text) {
                appendNormalised(line, text.getWholeText());
            } else if (child instanceof Element element) {
                boolean block = BLOCK_TAGS.contains(element.normalName());
                if (block) {
                    flush(line, lines);
                }
                if (!element.normalName().equals("br")) {
                    collect(element, line, lines);
                }
                if (block) {
                    flush(line, lines);
                }
            }
        }
    }

    /** Appends text with runs of white space as one space, as a browser shows it. */
    private static void appendNormalised(StringBuilder line, String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
            if (space) {
                if (line.length() > 0 && line.charAt(line.length() - 1) != ' ') {
                    line.append(' ');
                }
            } else {
                line.append(c);
            }
        }
    }

    private static void flush(StringBuilder line, List<String> lines) {
        String text = line.toString().strip();
        if (!text.isEmpty()) {
            lines.add(text);
        }
        line.setLength(0);
    }

    /** The text of an HTML fragment (a feed item's description), one line per block. */
    static String fragmentText(String html) {
        Element body = Jsoup.parseBodyFragment(html).body();
        removeBoilerplate(body);
        return String.join("\n", lines(body));
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
}
