package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

/** JSON Lines: one article per line; a bad line is reported with file and line and the rest is read. */
class JsonLinesReaderTest {
    private final List<Article> articles = new ArrayList<>();
    private final Problems problems = Problems.silent();

    @Test
    void readsEveryField() throws IOException {
        read("""
                {"id": "a1", "title": "Ministers meet", "published": "2024-06-24", "url": "https://example.org/a1", \
                "source": "Example Wire", "license": "CC BY 2.5", "text": "The ministers met.\\nThey spoke."}
                """);
        assertThat(problems.all()).isEmpty();
        assertThat(articles).containsExactly(new Article("a1", "Ministers meet", LocalDate.of(2024, 6, 24),
                "https://example.org/a1", "Example Wire", "The ministers met.\nThey spoke."));
    }

    @Test
    void nullsAndMissingFieldsAreAbsentValues() throws IOException {
        read("{\"id\": \"a1\", \"url\": null, \"published\": null, \"text\": \"Body.\"}\n");
        assertThat(articles).containsExactly(new Article("a1", "", null, null, null, "Body."));
    }

    @Test
    void aMalformedLineIsReportedWithItsNumberAndTheRestIsRead() throws IOException {
        read("""
                {"id": "a1", "text": "One."}

                {"id": "a2", "text": "Two.
                {"id": "a3", "text": "Three."}
                [1, 2]
                """);
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a3");
        assertThat(problems.all()).extracting(Problem::location).containsExactly("in/feed.jsonl:3", "in/feed.jsonl:5");
        assertThat(problems.all().get(0).message()).startsWith("malformed JSON");
        assertThat(problems.all().get(1).message()).contains("JSON object");
    }

    @Test
    void anArticleWithoutTextOrIdIsAProblem() throws IOException {
        read("""
                {"id": "a1", "title": "No text"}
                {"id": "a2", "text": "   "}
                {"text": "No id."}
                {"id": "a4", "text": "Fine."}
                """);
        assertThat(articles).extracting(Article::id).containsExactly("a4");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly(
                "in/feed.jsonl:1: read: article 'a1' has no \"text\"",
                "in/feed.jsonl:2: read: article 'a2' has no \"text\"",
                "in/feed.jsonl:3: read: article without \"id\"");
    }

    @Test
    void anUnreadableDateKeepsTheArticle() throws IOException {
        read("{\"id\": \"a1\", \"published\": \"June 24th\", \"text\": \"Body.\"}\n");
        assertThat(articles).singleElement().satisfies(article -> assertThat(article.published()).isNull());
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("in/feed.jsonl:1");
            assertThat(problem.message()).contains("a1").contains("published").contains("kept");
        });
    }

    @Test
    void windowsLineEndingsAreLineEndings() throws IOException {
        read("{\"id\": \"a1\", \"text\": \"One.\"}\r\n{\"id\": \"a2\", \"text\": \"Two.\"}\r\n");
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::text).containsExactly("One.", "Two.");
    }

    @Test
    void aByteOrderMarkBeforeTheFirstLineIsSkipped() throws IOException {
        read("\uFEFF{\"id\": \"a1\", \"text\": \"One.\"}\n{\"id\": \"a2\", \"text\": \"Two.\"}\n");
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("a1", "a2");
    }

    @Test
    void invalidUtf8SpoilsOnlyItsLine() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("{\"id\": \"a1\", \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é
        bytes.writeBytes("\"}\n{\"id\": \"a2\", \"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8));
        new JsonLinesReader().read(new ByteArrayInputStream(bytes.toByteArray()), "in/feed.jsonl", "feed", articles::add, problems);
        assertThat(articles).extracting(Article::id).containsExactly("a2");
        assertThat(problems.all()).extracting(Problem::toString).containsExactly("in/feed.jsonl:1: read: invalid UTF-8");
    }

    private void read(String content) throws IOException {
        new JsonLinesReader().read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "in/feed.jsonl", "feed",
                articles::add, problems);
    }
}
