package org.newsgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.model.Article;

/**
 * A saved web page, one article: its body ({@link ArticleBody}: Readability on a page cleaned of boilerplate),
 * title, date, author, address and site ({@link PageMetadata}). Offsets refer to the body's text. The page's id
 * is its canonical URL (Open Graph, canonical link, JSON-LD), else the input's default id.
 */
public final class HtmlReader implements ArticleReader {
    private final long maxBytes;

    public HtmlReader() {
        this(ReaderRegistry.DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes the largest page read; a larger one is skipped without being read whole */
    public HtmlReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public void read(InputStream input, String name, String defaultId, ArticleSink out, Problems problems) throws IOException {
        byte[] bytes = TooLargeException.readAtMost(input, maxBytes);
        // jsoup finds the charset from a BOM or <meta charset>, UTF-8 otherwise
        Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        if (page.charset().equals(StandardCharsets.UTF_8) && Utf8.decode(bytes) == null) {
            // jsoup would put U+FFFD in silence; text and JSON Lines reject the same bytes
            problems.add(Problem.at(name, Utf8.lineOfFirstError(bytes), "read", "invalid UTF-8"));
            return;
        }
        JsonLdArticle jsonLd = JsonLdArticle.find(page, name, problems);
        PageMetadata meta = PageMetadata.of(page, jsonLd);
        String text = String.join("\n", ArticleBody.of(page, jsonLd, meta.title()));
        if (text.isBlank()) {
            problems.add(new Problem(name, "read", "no article body: no <article>, [itemprop=articleBody], <main> "
                    + "or paragraph text, and no JSON-LD articleBody"));
            return;
        }
        LocalDate published = meta.published();
        if (published == null && meta.unreadDate() != null) {
            problems.add(Problem.warning(name, "read", "unreadable or placeholder date '" + meta.unreadDate()
                    + "'; the article is kept without it"));
        }
        String canonical = Ids.fromUrl(meta.url());
        String id = canonical != null ? canonical : Ids.orFromContent(defaultId, text);
        out.accept(new Article(id, meta.title(), published, meta.url(), meta.siteName(), text, meta.author(), null), name);
    }
}
