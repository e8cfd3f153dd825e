package org.newsgraph.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

class HtmlReaderTest {
    private final HtmlReader reader = new HtmlReader();

    @Test
    void takesTheArticleBodyWithoutNavigationScriptsCommentsOrSharing() throws Exception {
        Article article = only("""
                <html><head><title>Site</title><script>var tracking = 1;</script></head><body>
                <header><nav><a href="/">Home</a></nav></header>
                <article><h1>Headline</h1><div class="share-bar">Share this</div>
                <p>First paragraph.</p><p>Second <b>bold</b> paragraph.</p>
                <div id="comments"><p>A reader's comment.</p></div></article>
                <aside><p>Most read elsewhere.</p></aside><footer><p>Copyright</p></footer></body></html>""");
        assertThat(article.text()).isEqualTo("First paragraph.\nSecond bold paragraph.");
        assertThat(article.title()).isEqualTo("Headline");
    }

    @Test
    void prefersItempropArticleBodyOverTheWholeArticle() throws Exception {
        Article article = only("""
                <html><body><article><p class="standfirst">A teaser above the story.</p>
                <div itemprop="articleBody"><p>The story itself.</p></div></article></body></html>""");
        assertThat(article.text()).isEqualTo("The story itself.");
    }

    @Test
    void fallsBackToTheDensestBlockOfParagraphs() throws Exception {
        Article article = only("""
                <html><body><div class="menu"><p>Home</p></div>
                <div class="x"><p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.</p>
                <p>She said talks would go on.</p></div><div><p>Short.</p></div></body></html>""");
        assertThat(article.text()).isEqualTo("Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.\nShe said talks would go on.");
    }

    @Test
    void readsOpenGraphAndCanonicalMetadata() throws Exception {
        Article article = only("""
                <html><head><title>Title tag | Site</title>
                <meta property="og:title" content="The &amp; headline">
                <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
                <meta property="og:site_name" content="Example Times">
                <link rel="canonical" href="https://times.example/story"></head>
                <body><main><p>Text.</p></main></body></html>""");
        assertThat(article.title()).isEqualTo("The & headline");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(article.source()).isEqualTo("Example Times");
        assertThat(article.url()).isEqualTo("https://times.example/story");
    }

    @Test
    void readsJsonLdNewsArticleIncludingItsBodyWhenThePageHasNone() throws Exception {
        Article article = only("""
                <html><head><script type="application/ld+json">
                {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "x"},
                 {"@type": ["NewsArticle"], "headline": "From JSON-LD", "datePublished": "2023-11-02",
                  "url": "https://ld.example/a", "publisher": {"@type": "Organization", "name": "LD News"},
                  "articleBody": "Line one.\\nLine two."}]}
                </script></head><body><div id="app"></div></body></html>""");
        assertThat(article.title()).isEqualTo("From JSON-LD");
        assertThat(article.published()).isEqualTo(LocalDate.of(2023, 11, 2));
        assertThat(article.url()).isEqualTo("https://ld.example/a");
        assertThat(article.source()).isEqualTo("LD News");
        assertThat(article.text()).isEqualTo("Line one.\nLine two.");
    }

    @Test
    void reportsAPageWithoutABody() throws Exception {
        ReadResult result = ReadResult.read(reader, "menu.html", "<html><body><nav><p>Home</p></nav></body></html>");
        assertThat(result.articles()).isEmpty();
        assertThat(result.problems()).singleElement().hasToString("menu.html: read: no article body: no <article>, "
                + "[itemprop=articleBody], <main> or paragraph text, and no JSON-LD articleBody");
    }

    @Test
    void keepsAnUnreadableDateAsAWarning() throws Exception {
        ReadResult result = ReadResult.read(reader, "p.html",
                "<html><head><meta property=\"article:published_time\" content=\"yesterday\"></head><body><article><p>T.</p></article></body></html>");
        assertThat(result.articles()).singleElement().satisfies(a -> assertThat(a.published()).isNull());
        assertThat(result.problems()).singleElement().satisfies(p -> assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING));
    }

    @Test
    void aPageIsNamedByItsCanonicalUrl() throws Exception {
        ReadResult result = ReadResult.read(reader, "saved/index.html", """
                <html><head><link rel="canonical" href="https://news.example/2024/06/talks#top"></head>
                <body><article><p>Talks in Oslo.</p></article></body></html>""");
        assertThat(result.articles()).extracting(Article::id).containsExactly("https://news.example/2024/06/talks");
        ReadResult relative = ReadResult.read(reader, "saved/index.html", """
                <html><head><link rel="canonical" href="/2024/06/talks"></head>
                <body><article><p>Talks in Oslo.</p></article></body></html>""");
        assertThat(relative.articles()).as("a relative URL names no article").extracting(Article::id).containsExactly("page");
    }

    @Test
    void invalidUtf8IsReportedWithItsLineNotReplaced() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("<html><body>\n<article>\n<p>caf".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bytes.write(0xE9); // Latin-1 é in a page that says nothing of its charset: UTF-8
        bytes.writeBytes("</p></article></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Problems problems = Problems.silent();
        java.util.List<Article> articles = new java.util.ArrayList<>();
        reader.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "p.html", "p", articles::add, problems);
        assertThat(articles).isEmpty();
        assertThat(problems.all()).extracting(Problem::toString).containsExactly("p.html:3: read: invalid UTF-8");
    }

    @Test
    void aPageInAnotherDeclaredCharsetIsReadInIt() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        bytes.writeBytes("<html><head><meta charset=\"windows-1252\"></head><body><article><p>caf".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        bytes.write(0xE9);
        bytes.writeBytes(" au lait</p></article></body></html>".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        Problems problems = Problems.silent();
        java.util.List<Article> articles = new java.util.ArrayList<>();
        reader.read(new java.io.ByteArrayInputStream(bytes.toByteArray()), "p.html", "p", articles::add, problems);
        assertThat(problems.all()).isEmpty();
        assertThat(articles).extracting(Article::text).containsExactly("caf\u00e9 au lait");
    }

    @Test
    void aPageOverTheByteLimitIsNotReadWhole() {
        String page = "<html><body><article><p>" + "Long text. ".repeat(200) + "</p></article></body></html>";
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ReadResult.read(new HtmlReader(1000), "big.html", page))
                .isInstanceOf(TooLargeException.class);
    }

    private Article only(String html) throws Exception {
        ReadResult result = ReadResult.read(reader, "page.html", html);
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }
}
