package org.newsgraph.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** One registry of readers per format: by extension, or by sniffing the first bytes. */
public final class ReaderRegistry {
    /** How many bytes sniffing looks at. */
    static final int HEAD = 4096;

    /**
     * The most bytes a file, a JSON line or a feed item may have once decompressed: a 1,000,000-character
     * article (the default --max-chars) takes at most 4 MB of UTF-8, and a saved page of it several times that.
     */
    public static final long DEFAULT_MAX_BYTES = 16L << 20;

    private final Map<String, ArticleReader> byExtension = new LinkedHashMap<>();

    public static ReaderRegistry standard() {
        return standard(DEFAULT_MAX_BYTES);
    }

    /** The readers of every format, each skipping a file, line or item over {@code maxBytes} without reading it whole. */
    public static ReaderRegistry standard(long maxBytes) {
        ReaderRegistry registry = new ReaderRegistry();
        TextReader text = new TextReader(maxBytes);
        JsonLinesReader jsonLines = new JsonLinesReader(maxBytes);
        HtmlReader html = new HtmlReader(maxBytes);
        FeedReader feed = new FeedReader(maxBytes);
        registry.register(".txt", text);
        registry.register(".text", text);
        registry.register(".jsonl", jsonLines);
        registry.register(".ndjson", jsonLines);
        registry.register(".html", html);
        registry.register(".htm", html);
        registry.register(".xhtml", html);
        registry.register(".rss", feed);
        registry.register(".atom", feed);
        registry.register(".xml", feed);
        return registry;
    }

    public void register(String extension, ArticleReader reader) {
        byExtension.put(extension, reader);
    }

    /** The reader for a file name, or by content when the extension says nothing; null if unknown. */
    public ArticleReader forName(String lowerCaseName, BufferedInputStream in) throws IOException {
        for (var entry : byExtension.entrySet()) {
            if (lowerCaseName.endsWith(entry.getKey())) {
                return entry.getValue();
            }
        }
        return sniff(in);
    }

    private ArticleReader sniff(BufferedInputStream in) throws IOException {
        in.mark(HEAD);
        byte[] head = ReaderRegistry.head(in);
        in.reset();
        String start = skipProlog(new String(head, StandardCharsets.UTF_8)).toLowerCase(Locale.ROOT);
        if (start.startsWith("{")) {
            return byExtension.get(".jsonl");
        }
        if (start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return byExtension.get(".html");
        }
        if (start.startsWith("<rss") || start.startsWith("<feed") || start.startsWith("<rdf:rdf")) {
            return byExtension.get(".rss");
        }
        return byExtension.get(".txt");
    }

    /**
     * Up to {@value #HEAD} first bytes, for sniffing, without consuming them (the caller marks and resets): all
     * of them from a file, but from a pipe only what has come so far, so that a slow writer (a live feed on
     * standard input) is read as it writes, not once it has written 4 KB or closed.
     */
    static byte[] head(BufferedInputStream in) throws IOException {
        byte[] head = new byte[HEAD];
        int length = 0;
        while (length < HEAD) {
            int n = in.read(head, length, HEAD - length);
            if (n < 0) {
                break;
            }
            length += n;
            if (in.available() == 0) {
                break;
            }
        }
        return java.util.Arrays.copyOf(head, length);
    }

    /** The text from its first element or character on: without a byte order mark, XML declaration or comments. */
    static String skipProlog(String text) {
        String rest = text.startsWith("\uFEFF") ? text.substring(1) : text;
        while (true) {
            rest = rest.stripLeading();
            int end;
            if (rest.startsWith("<?")) {
                end = rest.indexOf("?>");
                end = end < 0 ? -1 : end + 2;
            } else if (rest.startsWith("<!--")) {
                end = rest.indexOf("-->");
                end = end < 0 ? -1 : end + 3;
            } else {
                return rest;
            }
            if (end < 0) {
                return rest;
            }
            rest = rest.substring(end);
        }
    }
}
