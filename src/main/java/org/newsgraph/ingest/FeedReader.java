package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.newsgraph.model.Article;

/**
 * RSS (2.0 and 1.0) and Atom feeds, streamed with StAX: each {@code <item>} or {@code <entry>} becomes an
 * article (title, link, date, the content or else the description, its HTML turned into text). Items before
 * a break in the XML are kept; the break is reported with its line. DTDs and external entities are not read.
 */
public final class FeedReader implements ArticleReader {
    private static final Set<String> FEED_ROOTS = Set.of("rss", "feed", "RDF");
    private static final Set<String> MAY_HOLD_HTML = Set.of("title", "description", "summary", "content", "encoded");
    private static final String CONTENT_MODULE = "http://purl.org/rss/1.0/modules/content/";

    private static final Pattern DECLARED_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)");

    private final long maxBytes;

    public FeedReader() {
        this(ReaderRegistry.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest item read (and the most bytes before the first); a larger one ends the feed */
    public FeedReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream input, String name, String defaultId, ArticleSink out, Problems problems) throws IOException {
        BufferedInputStream buffered = input instanceof BufferedInputStream b ? b : new BufferedInputStream(input);
        // the parser would turn bytes that are not UTF-8 into an error at a line near them; this stream names the line
        CheckedStream checked = new CheckedStream(buffered, maxBytes, declaresUtf8(buffered));
        XMLStreamReader xml = null;
        int items = 0;
        int whole = 0;
        try {
            xml = factory().createXMLStreamReader(checked);
            // the prolog: declaration, comments, a DOCTYPE (which is not read)
            while (xml.getEventType() != XMLStreamConstants.START_ELEMENT) {
                if (!xml.hasNext()) {
                    problems.add(new Problem(name, "read", "feed is not XML: no root element"));
                    return;
                }
                xml.next();
            }
            if (!FEED_ROOTS.contains(xml.getLocalName())) {
                problems.add(Problem.at(name, line(xml.getLocation()), "read", "not an RSS or Atom feed: the root element is <"
                        + xml.getLocalName() + ">, not <rss>, <feed> or <rdf:RDF>"));
                return;
            }
            String feedTitle = null;
            int depth = 1;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.END_ELEMENT) {
                    depth--;
                } else if (event == XMLStreamConstants.START_ELEMENT) {
                    String local = xml.getLocalName();
                    if (local.equals("item") || local.equals("entry")) {
                        items++;
                        checked.restart();
                        long line = line(xml.getLocation());
                        Map<String, String> fields = readItem(xml);
                        whole++;
                        emit(fields, name, line, items, defaultId, feedTitle, out, problems);
                    } else if (local.equals("title") && feedTitle == null && depth <= 2) {
                        // the channel's (RSS) or the feed's (Atom) own title names the source
                        feedTitle = HtmlText.inlineText(readInner(xml, false));
                    } else {
                        depth++;
                    }
                }
            }
            if (items == 0) {
                problems.add(new Problem(name, "read", "empty feed: no <item> or <entry>"));
            }
        } catch (XMLStreamException e) {
            String before = whole > 0 ? " (the " + whole + " whole item(s) before it were read)" : "";
            if (cause(e, TooLargeException.class) instanceof TooLargeException tooLarge) {
                problems.add(Problem.skipped(name + ":" + checked.line(), "read", String.format("%s larger than the limit of %,d bytes "
                        + "(--max-bytes): it and the rest of the feed are skipped%s", whole < items ? "item " + items + " is"
                        : "the feed's head is", tooLarge.limit(), before)));
                return;
            }
            if (cause(e, CheckedStream.InvalidUtf8Exception.class) instanceof CheckedStream.InvalidUtf8Exception invalid) {
                problems.add(Problem.at(name, invalid.line(), "read", "invalid UTF-8" + before));
                return;
            }
            problems.add(Problem.at(name, line(e.getLocation()), "read", "feed is not well-formed XML: " + reason(e)
                    + (whole > 0 ? " (the " + whole + " whole item(s) before it were read)" : "")));
        } finally {
            close(xml);
        }
    }

    /** An item's fields by local name ("encoded" for content:encoded), the reader left after its end tag. */
    private static Map<String, String> readItem(XMLStreamReader xml) throws XMLStreamException {
        Map<String, String> fields = new HashMap<>();
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return fields;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue; // white space, comments, stray text between the item's fields
            }
            String local = xml.getLocalName();
            if (local.equals("link") && xml.getAttributeValue(null, "href") != null) {
                String rel = xml.getAttributeValue(null, "rel");
                if (rel == null || rel.equals("alternate")) {
                    fields.putIfAbsent("link", xml.getAttributeValue(null, "href"));
                }
                readInner(xml, false);
                continue;
            }
            String type = xml.getAttributeValue(null, "type");
            String key = CONTENT_MODULE.equals(xml.getNamespaceURI()) ? "encoded" : local;
            String value = readInner(xml, "xhtml".equals(type));
            // Atom says what its text is; RSS titles and descriptions are HTML by custom
            boolean html = MAY_HOLD_HTML.contains(key) && !"text".equals(type)
                    && !(type == null && (key.equals("content") || key.equals("summary")));
            fields.putIfAbsent(html ? key + ".html" : key, value);
        }
    }

    private static void emit(Map<String, String> fields, String name, long line, int number, String defaultId,
                             String feedTitle, ArticleSink out, Problems problems) {
        String location = name + ":" + line + " (item " + number + ")";
        String text = firstText(fields, "encoded", "content", "description", "summary");
        if (text == null) {
            problems.add(new Problem(location, "read", "empty article: the item has no description or content"));
            return;
        }
        String link = blankToNull(fields.get("link"));
        String id = firstNonBlank(fields.get("guid"), fields.get("id"), link,
                defaultId == null ? Ids.fromContent(text) : defaultId + "#" + number);
        String date = firstNonBlank(fields.get("pubDate"), fields.get("published"), fields.get("date"), fields.get("updated"));
        LocalDate published = Dates.published(date, location, "", problems);
        String title = firstNonBlank(fields.get("title"), fields.get("title.html"));
        out.accept(new Article(id.strip(), HtmlText.inlineText(title), published, link, feedTitle, text,
                author(firstNonBlank(fields.get("creator"), fields.get("author"))), null), location);
    }

    /** An item's author: Dublin Core's creator, Atom's author name, or RSS's "jane@example.com (Jane Doe)". */
    private static String author(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        java.util.regex.Matcher named = java.util.regex.Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)").matcher(text);
        if (named.matches()) {
            return PageMetadata.byline(named.group(1));
        }
        return text.contains("@") && !text.contains(" ") ? null : PageMetadata.byline(text.split("\\s*\\n\\s*")[0]);
    }

    /** The text of the first field that has any, HTML fields turned into text. */
    private static String firstText(Map<String, String> fields, String... keys) {
        for (String key : keys) {
            String plain = fields.get(key);
            if (plain != null && !plain.isBlank()) {
                return plain.strip();
            }
            String html = fields.get(key + ".html");
            if (html != null && !html.isBlank()) {
                String text = HtmlText.fragmentText(html);
                if (!text.isBlank()) {
                    return text;
                }
            }
        }
        return null;
    }

    /**
     * All text under the current element, which the reader is left at the end of. With markup, child elements
     * are written back as tags (Atom's inline XHTML) so that paragraphs stay apart.
     */
    private static String readInner(XMLStreamReader xml, boolean markup) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    if (markup) {
                        text.append('<').append(xml.getLocalName().toLowerCase(Locale.ROOT)).append('>');
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (markup && depth > 0) {
                        text.append("</").append(xml.getLocalName().toLowerCase(Locale.ROOT)).append('>');
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(markup ? escape(xml.getText()) : xml.getText());
                default -> {
                    // comments and processing instructions carry no article text
                }
            }
        }
        return text.toString();
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        // a feed is data from anywhere: no DTDs, no external entities (XXE), no entity expansion bombs
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    /** True unless the XML declaration names another encoding than UTF-8 (which is then the parser's to read). */
    private static boolean declaresUtf8(BufferedInputStream in) throws IOException {
        in.mark(ReaderRegistry.HEAD);
        byte[] head = ReaderRegistry.head(in);
        in.reset();
        int bom = head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF ? 3 : 0;
        Matcher declared = DECLARED_ENCODING.matcher(new String(head, bom, head.length - bom, StandardCharsets.ISO_8859_1));
        return !declared.find() || declared.group(1).equalsIgnoreCase("UTF-8") || declared.group(1).equalsIgnoreCase("UTF8");
    }

    /** The first exception of a type among the causes (a parser wraps what its stream throws). */
    private static Throwable cause(Throwable thrown, Class<? extends Throwable> type) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < 10; depth++) {
            if (type.isInstance(t)) {
                return t;
            }
            Throwable next = t.getCause();
            if (next == null && t instanceof XMLStreamException x) {
                next = x.getNestedException();
            }
            t = next == t ? null : next;
        }
        return null;
    }

    /** The parser's own reason, without its "ParseError at [row,col]" preamble (the location says it). */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static long line(Location location) {
        return location == null || location.getLineNumber() < 1 ? 1 : location.getLineNumber();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // closing a reader over a stream the caller closes; nothing is lost
            }
        }
    }
}
