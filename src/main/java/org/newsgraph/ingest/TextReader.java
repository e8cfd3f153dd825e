package org.newsgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

import org.newsgraph.model.Article;

/**
 * Plain text: the first line is the title; an optional header block of {@code published:}, {@code url:},
 * {@code source:} and {@code id:} lines may follow; the rest is the body.
 */
public final class TextReader implements ArticleReader {
    private final long maxBytes;

    public TextReader() {
        this(ReaderRegistry.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest file read; a larger one is skipped without being read whole */
    public TextReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream input, String name, String defaultId, ArticleSink out, Problems problems) throws IOException {
        byte[] bytes = TooLargeException.readAtMost(input, maxBytes);
        String content = Utf8.decode(bytes);
        if (content == null) {
            problems.add(Problem.at(name, Utf8.lineOfFirstError(bytes), "read", "invalid UTF-8"));
            return;
        }
        if (content.startsWith("\uFEFF")) {
            content = content.substring(1);
        }
        content = content.replace("\r\n", "\n");
        String[] lines = content.split("\n", -1);
        String title = lines[0].strip();
        int line = 1;
        String id = null;
        String url = null;
        String source = null;
        LocalDate published = null;
        while (line < lines.length) {
            String header = lines[line];
            int colon = header.indexOf(':');
            String key = colon > 0 ? header.substring(0, colon).strip().toLowerCase(Locale.ROOT) : "";
            if (!(key.equals("published") || key.equals("url") || key.equals("source") || key.equals("id"))) {
                break;
            }
            String value = header.substring(colon + 1).strip();
            switch (key) {
                case "published" -> published = Dates.published(value, name + ":" + (line + 1), "", problems);
                case "url" -> url = value;
                case "source" -> source = value;
                default -> id = value;
            }
            line++;
        }
        StringBuilder body = new StringBuilder();
        for (int i = line; i < lines.length; i++) {
            body.append(lines[i]).append('\n');
        }
        String text = body.toString().strip();
        if (text.isEmpty()) {
            problems.add(Problem.at(name, 1, "read", "empty article: no text after the title"));
            return;
        }
        id = id == null || id.isBlank() ? Ids.orFromContent(defaultId, text) : id;
        out.accept(new Article(id, title, published, url, source, text), name);
    }
}
