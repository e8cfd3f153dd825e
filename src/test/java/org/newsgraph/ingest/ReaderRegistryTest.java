package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import org.junit.jupiter.api.Test;

class ReaderRegistryTest {
    private final ReaderRegistry registry = ReaderRegistry.standard();

    @Test
    void sniffsTheFormatWhenTheNameSaysNothing() throws Exception {
        assertThat(sniff("\uFEFF<!DOCTYPE html><html></html>")).isInstanceOf(HtmlReader.class);
        assertThat(sniff("  <html lang=en>")).isInstanceOf(HtmlReader.class);
        assertThat(sniff("<?xml version=\"1.0\"?>\n<!-- a feed -->\n<rss version=\"2.0\">")).isInstanceOf(FeedReader.class);
        assertThat(sniff("<feed xmlns=\"http://www.w3.org/2005/Atom\">")).isInstanceOf(FeedReader.class);
        assertThat(sniff("{\"id\": \"a\", \"text\": \"b\"}")).isInstanceOf(JsonLinesReader.class);
        assertThat(sniff("A title\n\nSome text.")).isInstanceOf(TextReader.class);
    }

    @Test
    void readsGzipFilesByTheFormatUnderTheGz() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write("{\"id\":\"z1\",\"text\":\"One.\"}\n{\"id\":\"z2\",\"text\":\"Two.\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        List<String> read = new ArrayList<>();
        Problems problems = Problems.silent();
        new InputWalker(registry, new ByteArrayInputStream(bytes.toByteArray()))
                .walk(List.of("-"), ArticleSink.withLocation((article, location) -> read.add(article.id() + "@" + location)), problems);
        assertThat(problems.all()).isEmpty();
        assertThat(read).containsExactly("z1@<stdin>:1", "z2@<stdin>:2");
    }

    private ArticleReader sniff(String head) throws Exception {
        return registry.forName("-", new BufferedInputStream(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8))));
    }
}
