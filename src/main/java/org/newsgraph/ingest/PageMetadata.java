package org.newsgraph.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A web page's title, publication date, address and site name, from Open Graph, JSON-LD and plain HTML. */
record PageMetadata(String title, String published, String url, String siteName) {
    static PageMetadata of(Document page, JsonLdArticle jsonLd) {
        JsonLdArticle ld = jsonLd == null ? new JsonLdArticle(null, null, null, null, null) : jsonLd;
        Element h1 = page.selectFirst("article h1, main h1, h1");
        String title = first(meta(page, "og:title"), ld.headline(), h1 == null ? null : h1.text(), page.title());
        Element time = page.selectFirst("[itemprop=datePublished]");
        String itemDate = time == null ? null : first(time.attr("content"), time.attr("datetime"));
        Element timeTag = page.selectFirst("article time[datetime], time[pubdate]");
        String published = first(meta(page, "article:published_time"), ld.datePublished(), itemDate,
                timeTag == null ? null : timeTag.attr("datetime"));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = first(meta(page, "og:url"), canonical == null ? null : canonical.attr("href"), ld.url());
        String siteName = first(meta(page, "og:site_name"), ld.publisher());
        return new PageMetadata(HtmlText.inlineText(title), published, url, siteName);
    }

    /** A {@code <meta property=...>} (Open Graph) or {@code <meta name=...>} value. */
    private static String meta(Document page, String key) {
        Element meta = page.selectFirst("meta[property=\"" + key + "\"][content], meta[name=\"" + key + "\"][content]");
        return meta == null ? null : meta.attr("content");
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }
}
