package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class FeedReaderTest {
    private final FeedReader reader = new FeedReader();

    @Test
    void turnsEachRssItemIntoAnArticleWithItsHtmlAsText() throws Exception {
        ReadResult result = ReadResult.read(reader, "f.rss", """
                <?xml version="1.0"?>
                <rss version="2.0"><channel><title>Wire &amp; Co</title>
                <item><title>First</title><link>https://w.example/1</link><guid isPermaLink="false">g-1</guid>
                <pubDate>Fri, 1 Mar 2024 23:00:00 -0500</pubDate>
                <description>&lt;p&gt;One &lt;i&gt;two&lt;/i&gt;.&lt;/p&gt;&lt;p&gt;Three.&lt;/p&gt;&lt;script&gt;x()&lt;/script&gt;</description></item>
                <item><title>Second</title><link>https://w.example/2</link><description><![CDATA[Plain <b>text</b>]]></description></item>
                </channel></rss>""");
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(2);
        Article first = result.articles().get(0);
        assertThat(first.id()).isEqualTo("g-1");
        assertThat(first.title()).isEqualTo("First");
        assertThat(first.url()).isEqualTo("https://w.example/1");
        assertThat(first.source()).isEqualTo("Wire & Co");
        assertThat(first.published()).isEqualTo(LocalDate.of(2024, 3, 1));
        assertThat(first.text()).isEqualTo("One two.\nThree.");
        assertThat(result.articles().get(1).id()).as("no guid: the link").isEqualTo("https://w.example/2");
        assertThat(result.articles().get(1).text()).isEqualTo("Plain text");
    }

    @Test
    void readsItemAuthors() throws Exception {
        ReadResult result = ReadResult.read(reader, "f.rss", """
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>
                <item><guid>1</guid><dc:creator>Kari Nordmann</dc:creator><description>One.</description></item>
                <item><guid>2</guid><author>kari@wire.example (Kari Nordmann)</author><description>Two.</description></item>
                <item><guid>3</guid><author>kari@wire.example</author><description>Three.</description></item>
                </channel></rss>""");
        assertThat(result.articles()).extracting(Article::author).containsExactly("Kari Nordmann", "Kari Nordmann", null);
    }

    @Test
    void readsAtomEntriesWithXhtmlContentAndAlternateLinks() throws Exception {
        ReadResult result = ReadResult.read(reader, "f.atom", """
                <feed xmlns="http://www.w3.org/2005/Atom"><title type="text">Desk</title>
                <entry><title>Entry</title><id>urn:e:1</id><updated>2024-05-02T10:00:00Z</updated>
                <link rel="self" href="https://d.example/self"/><link href="https://d.example/1"/>
                <summary>Short.</summary>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>A &lt; b.</p><p>Next.</p></div></content>
                </entry></feed>""");
        assertThat(result.problems()).isEmpty();
        Article entry = result.articles().get(0);
        assertThat(entry.id()).isEqualTo("urn:e:1");
        assertThat(entry.url()).isEqualTo("https://d.example/1");
        assertThat(entry.source()).isEqualTo("Desk");
        assertThat(entry.published()).isEqualTo(LocalDate.of(2024, 5, 2));
        assertThat(entry.text()).isEqualTo("A < b.\nNext.");
    }

    @Test
    void neverReadsExternalEntities() throws Exception {
        ReadResult result = ReadResult.read(reader, "x.rss", """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
                <rss><channel><item><guid>1</guid><description>&secret;</description></item></channel></rss>""");
        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("\"secret\" was referenced, but not declared"));
    }

    @Test
    void anItemOverTheByteLimitEndsTheFeedAndTheItemsBeforeItAreKept() throws Exception {
        ReadResult result = ReadResult.read(new FeedReader(200), "big.rss", "<rss><channel>\n"
                + "<item><guid>1</guid><description>Small.</description></item>\n"
                + "<item><guid>2</guid><description>" + "Big. ".repeat(5000) + "</description></item>\n"
                + "<item><guid>3</guid><description>Never read.</description></item></channel></rss>");
        assertThat(result.articles()).extracting(Article::id).containsExactly("1");
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.SKIPPED);
            assertThat(problem.message()).isEqualTo("item 2 is larger than the limit of 200 bytes (--max-bytes): it and the rest "
                    + "of the feed are skipped (the 1 whole item(s) before it were read)");
        });
    }

    @Test
    void anImpossibleDateIsDroppedWithAWarning() throws Exception {
        ReadResult result = ReadResult.read(reader, "f.rss", """
                <rss><channel><item><guid>1</guid><pubDate>Sat, 1 Jan 0000 00:00:00 GMT</pubDate>
                <description>Text.</description></item></channel></rss>""");
        assertThat(result.articles()).singleElement().satisfies(article -> assertThat(article.published()).isNull());
        assertThat(result.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(problem.message()).startsWith("impossible date");
        });
    }

    @Test
    void keepsTheItemsBeforeABreakInTheXml() throws Exception {
        ReadResult result = ReadResult.read(reader, "cut.rss", """
                <rss><channel>
                <item><guid>1</guid><description>Whole.</description></item>
                <item><guid>2</guid><description>Cut""");
        assertThat(result.articles()).extracting(Article::id).containsExactly("1");
        assertThat(result.problems()).singleElement().hasToString("cut.rss:3: read: feed is not well-formed XML: "
                + "XML document structures must start and end within the same entity. (the 1 whole item(s) before it were read)");
    }
}
