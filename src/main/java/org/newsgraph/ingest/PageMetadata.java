package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A web page's title, publication date, author, address and site name, from JSON-LD, Open Graph and other
 * {@code <meta>}, microdata, {@code <time>}, bylines and datelines, and the URL. {@code published} is the first
 * date that reads as one, placeholders ("0001-01-01", the Unix epoch) passed over; {@code unreadDate} is the
 * first value that did not read or was a placeholder, when no date was found.
 */
record PageMetadata(String title, LocalDate published, String unreadDate, String author, String url, String siteName) {
    /** Where sites put the publication date in {@code <meta>}, most specific first. */
    private static final List<String> DATE_META = List.of("article:published_time", "article:published",
            "og:article:published_time", "og:published_time", "published_time", "article.published", "datePublished",
            "dateCreated", "pubdate", "publishdate", "publish-date", "publish_date", "pdate", "date", "dc.date.issued",
            "dcterms.issued", "dc.date", "dcterms.created", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "citation_publication_date", "article:created", "created");
    private static final List<String> AUTHOR_META = List.of("author", "article:author", "byl", "parsely-author",
            "sailthru.author", "dc.creator", "dcterms.creator", "twitter:creator");
    /** Class or id words of elements that state when a story was published ("dateline", "posted-on", "lblDate"). */
    private static final Pattern DATE_CLASS = Pattern.compile("(?i).*(date|time|posted|published|updated|dateline|byline|meta).*");
    private static final Pattern DATE_PHRASE = Pattern.compile("(?i)\\b(posted|published|updated|first published)\\b(\\s+on)?:?\\s*");
    /** Class, id or data words of an element that names the author ("byline", "lblAuthor"), less bio boxes and photos. */
    private static final Pattern AUTHOR_CLASS = Pattern.compile("(?i)(?!.*(bio|box|avatar|image|img|photo|about)).*(author|byline|writer).*|fn");
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\u2013\u2014\u00b7\u2022]|-{1,2}|::|/)\\s+");

    static PageMetadata of(Document page, JsonLdArticle jsonLd) {
        JsonLdArticle ld = jsonLd == null ? JsonLdArticle.NONE : jsonLd;
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url = first(meta(page, "og:url"), canonical == null ? null : canonical.attr("href"), ld.url());
        String siteName = first(meta(page, "og:site_name"), ld.publisher(), meta(page, "application-name"));
        String title = title(page, ld, siteName);
        List<String> dates = dateCandidates(page, ld);
        LocalDate published = null;
        String unread = null;
        for (String value : dates) {
            LocalDate date = Dates.lenient(value);
            if (date == null || Dates.isPlaceholder(date)) {
                unread = unread == null ? value : unread;
            } else {
                published = date;
                break;
            }
        }
        if (published == null) {
            published = textDate(page, url);
        }
        return new PageMetadata(title, published, published == null ? unread : null, author(page, ld), url, siteName);
    }

    // ---------------------------------------------------------------- title

    /**
     * The page's headline: its {@code <h1>} (or a heading of class "title"/"headline") when the page's metadata
     * title agrees with it or there is none, else the Open Graph, Twitter or JSON-LD title, else {@code <title>},
     * without the site's name ("Headline | Site", "Site - Headline", "Headline - Section - Site").
     */
    private static String title(Document page, JsonLdArticle ld, String siteName) {
        Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline]:not(meta)");
        h1 = h1 != null ? h1 : page.selectFirst("h1");
        h1 = h1 != null ? h1 : titleHeading(page);
        String heading = h1 == null ? null : HtmlText.inlineText(h1.text());
        String metaTitle = first(meta(page, "og:title"), meta(page, "twitter:title"), ld.headline());
        String docTitle = page.title();
        for (String other : new String[] {metaTitle, docTitle}) {
            if (heading != null && !heading.isBlank() && other != null && agrees(heading, other)) {
                return heading;
            }
        }
        if (metaTitle == null && heading != null && !heading.isBlank()) {
            return heading; // <title> may name only the site
        }
        String chosen = first(metaTitle, docTitle);
        return chosen == null ? null : withoutSiteName(HtmlText.inlineText(chosen), siteName);
    }

    /** A heading whose class says it is the title ("entry-title", "post-title", "headline"). */
    private static Element titleHeading(Document page) {
        for (Element heading : page.select("h1, h2, h3")) {
            for (String name : heading.classNames()) {
                String lower = name.toLowerCase(Locale.ROOT);
                if (lower.contains("title") || lower.contains("headline")) {
                    return heading;
                }
            }
        }
        return null;
    }

    /** True if the other title holds the heading, or they share most of the shorter one's words. */
    private static boolean agrees(String heading, String other) {
        String h = heading.toLowerCase(Locale.ROOT).strip();
        String o = HtmlText.inlineText(other).toLowerCase(Locale.ROOT);
        if (h.length() < 10) {
            return o.equals(h);
        }
        if (o.contains(h)) {
            return true;
        }
        Set<String> hw = words(h);
        Set<String> ow = words(o);
        int shared = 0;
        for (String w : hw) {
            shared += ow.contains(w) ? 1 : 0;
        }
        return shared * 2 >= Math.min(hw.size(), ow.size()) && shared >= 3;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) {
            if (w.length() > 2) {
                words.add(w);
            }
        }
        return words;
    }

    /** "Headline | Site" -> "Headline": parts that name the site, or are short beside a much longer one, go. */
    static String withoutSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String site = siteName == null ? "" : siteName.strip().toLowerCase(Locale.ROOT);
        String longest = "";
        for (String part : parts) {
            if (part.length() > longest.length()) {
                longest = part;
            }
        }
        int longestWords = longest.split("\\s+").length;
        List<String> kept = new ArrayList<>();
        for (String part : parts) {
            String lower = part.strip().toLowerCase(Locale.ROOT);
            int partWords = part.split("\\s+").length;
            boolean isSite = !site.isEmpty() && (lower.equals(site) || lower.contains(site) && partWords <= 5);
            boolean short_ = part != longest && partWords <= 4 && longestWords >= 2 * partWords;
            if (!isSite && !short_) {
                kept.add(part.strip());
            }
        }
        return kept.isEmpty() ? longest.strip() : String.join(" - ", kept);
    }

    // ---------------------------------------------------------------- date

    private static List<String> dateCandidates(Document page, JsonLdArticle ld) {
        List<String> values = new ArrayList<>();
        values.add(ld.datePublished());
        for (String key : DATE_META) {
            values.add(meta(page, key));
        }
        for (Element item : page.select("[itemprop~=(?i)\\bdate(Published|Created)\\b]")) {
            values.add(first(item.attr("content"), item.attr("datetime"), item.text()));
        }
        for (Element time : page.select("article time[datetime], time[pubdate], time[itemprop], time.published, "
                + "time.entry-date, header time[datetime], time[datetime]")) {
            values.add(time.attr("datetime"));
        }
        for (Element dated : page.select("[content]:not(meta)")) {
            if (DATE_CLASS.matcher(dated.className()).matches()) {
                values.add(dated.attr("content"));
            }
        }
        values.removeIf(v -> v == null || v.isBlank());
        return values;
    }

    /**
     * A date the page writes for people: in an element whose class or id says date, time, posted or byline
     * ("Updated 4:32 PM ET, Mon October 16, 2023"), after "Posted on" or "Published", else in the page's URL.
     */
    private static LocalDate textDate(Document page, String url) {
        for (Element element : page.body() == null ? List.<Element>of() : page.body().getAllElements()) {
            if (element.text().length() > 200) {
                continue;
            }
            if (DATE_CLASS.matcher(element.className() + " " + element.id()).matches()) {
                LocalDate date = Dates.find(element.text());
                if (date != null && !Dates.isPlaceholder(date)) {
                    return date;
                }
            }
        }
        String text = page.body() == null ? "" : page.body().text();
        Matcher phrase = DATE_PHRASE.matcher(text);
        while (phrase.find()) {
            String after = text.substring(phrase.end(), Math.min(text.length(), phrase.end() + 40));
            LocalDate date = Dates.find(after);
            if (date != null && !Dates.isPlaceholder(date)) {
                return date;
            }
        }
        LocalDate fromUrl = url == null ? null : Dates.find(url);
        return fromUrl == null || Dates.isPlaceholder(fromUrl) ? null : fromUrl;
    }

    // ---------------------------------------------------------------- author

    /** The byline: JSON-LD author, author meta, microdata, rel=author, or an element of class author/byline. */
    private static String author(Document page, JsonLdArticle ld) {
        if (ld.author() != null) {
            return byline(ld.author());
        }
        for (String key : AUTHOR_META) {
            String value = meta(page, key);
            if (value != null && !value.isBlank() && !value.startsWith("http") && !value.startsWith("@")) {
                return byline(value);
            }
        }
        Element item = page.selectFirst("[itemprop=author] [itemprop=name], [itemprop=author]");
        if (item != null) {
            return byline(first(item.attr("content"), item.text()));
        }
        Element rel = page.selectFirst("a[rel=author], [rel=author]");
        if (rel != null && !rel.text().isBlank()) {
            return byline(rel.text());
        }
        Element body = page.body();
        for (Element element : body == null ? List.<Element>of() : body.getAllElements()) {
            String text = element.text();
            if (text.isBlank() || text.length() > 100 || element.closest("footer, aside") != null) {
                continue;
            }
            boolean marked = AUTHOR_CLASS.matcher(element.id()).matches()
                    || AUTHOR_CLASS.matcher(element.attr("data-component")).matches()
                    || AUTHOR_CLASS.matcher(element.attr("data-testid")).matches()
                    || element.classNames().stream().anyMatch(c -> AUTHOR_CLASS.matcher(c).matches());
            if (marked) {
                Element firstChild = element.children().isEmpty() ? null : element.child(0);
                String line = firstChild != null && !firstChild.text().isBlank() && !firstChild.normalName().equals("a")
                        && !firstChild.text().strip().equalsIgnoreCase("by") ? firstChild.text() : text;
                String name = byline(line);
                if (name != null) {
                    return name;
                }
            }
        }
        return null;
    }

    /** "By Marta Kowalczyk, Warsaw correspondent" -> "Marta Kowalczyk"; "By CARLOS MENDOZA" -> "Carlos Mendoza". */
    static String byline(String text) {
        if (text == null) {
            return null;
        }
        String name = HtmlText.inlineText(text).replaceFirst("(?i)^\\s*(written\\s+)?by\\s*:?\\s+", "");
        name = name.split("\\s*(?:[,|\u00b7\u2022/]|\\s-\\s|\\s\u2013\\s|\\s\u2014\\s)\\s*")[0].strip();
        if (name.isEmpty() || name.length() > 60 || name.split("\\s+").length > 6) {
            return null;
        }
        if (name.equals(name.toUpperCase(Locale.ROOT)) && name.chars().anyMatch(Character::isLetter)) {
            StringBuilder titled = new StringBuilder();
            for (String w : name.toLowerCase(Locale.ROOT).split(" ")) {
                titled.append(titled.length() > 0 ? " " : "").append(w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1));
            }
            name = titled.toString();
        }
        return name;
    }

    // ---------------------------------------------------------------- helpers

    /** A {@code <meta property=...>}, {@code <meta name=...>} or {@code <meta itemprop=...>} value, the key in any case. */
    private static String meta(Document page, String key) {
        for (Element meta : page.select("meta[content]")) {
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                if (meta.attr(attribute).equalsIgnoreCase(key)) {
                    String value = meta.attr("content");
                    if (!value.isBlank()) {
                        return value.strip();
                    }
                }
            }
        }
        return null;
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
