package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

/** Plain-text articles: title line, optional header block, body; problems name the file and line. */
class TextReaderTest {
    private final List<Article> articles = new ArrayList<>();
    private final Problems problems = Problems.silent();

    @Test
    void readsTitleHeaderBlockAndBody() throws IOException {
        read("""
                Ministers meet in Oslo
                published: 2024-06-24
                url: https://example.org/oslo
                source: Example Wire
                id: oslo-meeting

                The ministers met on Monday.
                They agreed to meet again.
                """);
        assertThat(problems.all()).isEmpty();
        assertThat(articles).containsExactly(new Article("oslo-meeting", "Ministers meet in Oslo", LocalDate.of(2024, 6, 24),
                "https://example.org/oslo", "Example Wire", "The ministers met on Monday.\nThey agreed to meet again."));
    }

    @Test
    void withoutHeadersTheFileStemIsTheIdAndTheRestIsText() throws IOException {
        read("Ministers meet\nThe ministers met on Monday.\n");
        assertThat(articles).containsExactly(new Article("stem", "Ministers meet", null, null, null, "The ministers met on Monday."));
    }

    @Test
    void headerKeysIgnoreCaseAndTheBlockEndsAtTheFirstOtherLine() throws IOException {
        read("Title\nPublished: 2024-06-24\n\nSource: officials said the talks would go on.\n");
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.published()).isEqualTo(LocalDate.of(2024, 6, 24));
            assertThat(article.source()).isNull();
            assertThat(article.text()).isEqualTo("Source: officials said the talks would go on.");
        });
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheTitle() throws IOException {
        read("\uFEFFTitle\nBody.\n");
        assertThat(articles).singleElement().satisfies(article -> assertThat(article.title()).isEqualTo("Title"));
    }

    @Test
    void windowsLineEndingsLeaveNoCarriageReturns() throws IOException {
        read("Title\r\npublished: 2024-06-24\r\n\r\nFirst line.\r\nSecond line.\r\n");
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.title()).isEqualTo("Title");
            assertThat(article.published()).isEqualTo(LocalDate.of(2024, 6, 24));
            assertThat(article.text()).isEqualTo("First line.\nSecond line.").doesNotContain("\r");
        });
    }

    @Test
    void anUnreadableDateKeepsTheArticleAndNamesTheLine() throws IOException {
        read("Title\nurl: https://example.org/a\npublished: next Tuesday\n\nBody.\n");
        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.published()).isNull();
            assertThat(article.url()).isEqualTo("https://example.org/a");
            assertThat(article.text()).isEqualTo("Body.");
        });
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).isEqualTo("in/stem.txt:3");
            assertThat(problem.message()).contains("next Tuesday").contains("kept");
        });
    }

    @Test
    void dateTimesAndFeedDatesGiveTheirDay() throws IOException {
        read("A\npublished: 2024-06-24T23:30:00+02:00\n\nBody.\n");
        read("B\npublished: Mon, 24 Jun 2024 10:00:00 GMT\n\nBody.\n");
        assertThat(articles).extracting(Article::published).containsOnly(LocalDate.of(2024, 6, 24));
        assertThat(problems.all()).isEmpty();
    }

    @Test
    void aTitleWithoutTextIsAProblemNotAnArticle() throws IOException {
        read("Only a title\npublished: 2024-06-24\n\n\n");
        assertThat(articles).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(problem -> {
            assertThat(problem.location()).startsWith("in/stem.txt:");
            assertThat(problem.message()).contains("no text");
        });
    }

    @Test
    void invalidUtf8IsReportedNotGuessed() throws IOException {
        new TextReader().read(new ByteArrayInputStream(new byte[] {'T', '\n', (byte) 0xC3, (byte) 0x28, '\n'}),
                "in/stem.txt", "stem", articles::add, problems);
        assertThat(articles).isEmpty();
        assertThat(problems.all()).singleElement().satisfies(problem -> assertThat(problem.message()).contains("UTF-8"));
    }

    @Test
    void impossibleDatesAreDroppedWithAWarning() throws IOException {
        for (String date : java.util.List.of("0000-01-01", "1799-12-31", "3024-06-24")) {
            articles.clear();
            Problems problems = Problems.silent();
            new TextReader().read(new ByteArrayInputStream(("Title\npublished: " + date + "\n\nThey met on Tuesday.\n")
                    .getBytes(StandardCharsets.UTF_8)), "in/stem.txt", "stem", articles::add, problems);
            assertThat(articles).singleElement().satisfies(article -> assertThat(article.published()).isNull());
            assertThat(problems.all()).singleElement().satisfies(problem -> {
                assertThat(problem.severity()).isEqualTo(Problem.Severity.WARNING);
                assertThat(problem.toString()).startsWith("in/stem.txt:2: read: impossible date '" + date + "' (before 1800 or after ");
            });
        }
        read("Title\npublished: 1800-01-01\n\nOld news.\n");
        assertThat(articles).last().satisfies(article -> assertThat(article.published()).isEqualTo(LocalDate.of(1800, 1, 1)));
    }

    @Test
    void aBlankIdHeaderLeavesTheDefaultId() throws IOException {
        read("Title\nid:   \n\nBody.\n");
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::id).containsExactly("stem");
    }

    @Test
    void aFileOverTheByteLimitIsNotReadWhole() {
        byte[] big = ("Title\n" + "Body. ".repeat(100)).getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new TextReader(100).read(new ByteArrayInputStream(big),
                "in/big.txt", "big", articles::add, problems)).isInstanceOf(TooLargeException.class);
        assertThat(articles).isEmpty();
    }

    private void read(String content) throws IOException {
        new TextReader().read(new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), "in/stem.txt", "stem",
                articles::add, problems);
    }
}
