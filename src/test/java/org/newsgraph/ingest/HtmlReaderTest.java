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

    @Test
    void aWrapperWhoseClassHoldsANoiseWordIsKeptWhenItHoldsTheStory() throws Exception {
        String story = "<p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas for the coming year.</p>"
                + "<p>She said talks with Iceland and the Faroe Islands would go on next week in Reykjavik.</p>"
                + "<p>The opposition criticised the plan as too slow for the coastal towns that depend on cod.</p>";
        for (String wrapper : new String[] {"<div class=\"non-ad-column-l\">", "<div class=\"ad_body\">",
                "<div class=\"l-sidebar-fixed\"><div class=\"l-sidebar\"><p>Most read: a list.</p></div>",
                "<div class=\"post type-post category-advertising-and-marketing\">"}) {
            Article article = only("<html><body><nav><a href=\"/\">Home</a></nav>" + wrapper + "<h1>Quotas</h1>" + story
                    + "</div>" + (wrapper.contains("l-sidebar\"") ? "</div>" : "") + "<div class=\"ad-slot\">Advertisement</div></body></html>");
            assertThat(article.text()).as(wrapper).startsWith("Minister Anna Lindqvist").endsWith("depend on cod.")
                    .doesNotContain("Advertisement").doesNotContain("Most read");
        }
    }

    @Test
    void readsAPageWrappedInAFormAndLinesSeparatedByBreaks() throws Exception {
        Article article = only("""
                <html><body><form id="aspnetForm" method="post"><input type="hidden" name="__VIEWSTATE" value="x">
                <div id="story"><h1>Quotas</h1><div class="text">Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.<br><br>
                She said talks with Iceland would go on next week, and that Norway would not give way.<br><br>
                The opposition called the plan too slow, too timid and too late for the coastal towns.</div></div>
                <div id="foot"><p>Copyright the Example Post.</p></div></form></body></html>""");
        assertThat(article.text()).isEqualTo("""
                Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.
                She said talks with Iceland would go on next week, and that Norway would not give way.
                The opposition called the plan too slow, too timid and too late for the coastal towns.""");
    }

    @Test
    void aGridOfTeasersDoesNotOutweighTheStory() throws Exception {
        StringBuilder grid = new StringBuilder("<div class=\"more-grid\">");
        for (int i = 0; i < 12; i++) {
            grid.append("<div class=\"card\"><h3><a href=\"/t").append(i).append("\">Teaser headline number ").append(i)
                    .append(" about the world</a></h3><p>Summary of teaser ").append(i).append(", a sentence or two, to read on.</p></div>");
        }
        Article article = only("<html><body><div class=\"story\"><h1>Quotas</h1>"
                + "<p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas for the coming year.</p>"
                + "<p>She said talks with Iceland would go on next week, and that Norway would not give way.</p></div>"
                + grid + "</div></body></html>");
        assertThat(article.text()).isEqualTo("Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas for the coming year.\n"
                + "She said talks with Iceland would go on next week, and that Norway would not give way.");
    }

    @Test
    void leavesOutLinkListsAndReadMoreLinesInsideTheBody() throws Exception {
        Article article = only("""
                <html><body><article><h1>Quotas</h1>
                <p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas for the coming year.</p>
                <p><strong>Read more:</strong> <a href="/x">Why Norway and Iceland keep fighting over mackerel</a></p>
                <p>She said talks with Iceland would go on next week, and that Norway would not give way.</p>
                <ul><li><a href="/a">Fishing</a></li><li><a href="/b">Norway</a></li></ul></article></body></html>""");
        assertThat(article.text()).isEqualTo("Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas for the coming year.\n"
                + "She said talks with Iceland would go on next week, and that Norway would not give way.");
    }

    @Test
    void passesOverAPlaceholderDateForTheNextPlaceThatStatesOne() throws Exception {
        Article article = only("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "0001-01-01T00:00:00+00:00"}</script></head>
                <body><article><h1>Quotas</h1><p class="dateline">Published November 19, 2019, 07:47 PM EST</p>
                <p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.</p></article></body></html>""");
        assertThat(article.published()).isEqualTo(LocalDate.of(2019, 11, 19));
    }

    @Test
    void findsTheDateWhereverSitesPutIt() throws Exception {
        String body = "<body><article><h1>Quotas</h1><p>Minister Anna Lindqvist spoke in Oslo on Monday.</p></article></body></html>";
        assertThat(only("<html><head><meta property=\"article:published\" content=\"2024-03-05T09:00:00Z\"></head>" + body).published())
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(only("<html><head><meta property=\"og:article:published_time\" content=\"2024-03-05\"></head>" + body).published())
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(only("<html><head><meta name=\"date\" content=\"2024-03-05\"></head>" + body).published())
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(only("<html><body><meta itemprop=\"datePublished dateCreated\" content=\"2024-03-05T10:00:00+02:00\">"
                + body.substring(6)).published()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(only("<html><head><link rel=\"canonical\" href=\"https://x.example/2019/09/04/vote\"></head>" + body).published())
                .isEqualTo(LocalDate.of(2019, 9, 4));
        assertThat(only("<html><head><script type=\"application/ld+json\">{\"@type\": \"NewsArticle\",\n"
                + "\"description\": \"two\nlines\", \"datePublished\": \"2024-03-05\",}</script></head>" + body).published())
                .as("JSON-LD with a raw line break and a trailing comma").isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(only("<html>" + body).published()).as("no date is invented").isNull();
    }

    @Test
    void titlesLoseTheSiteName() throws Exception {
        String body = "<body><div><p>Minister Anna Lindqvist spoke in Oslo on Monday about fishing quotas.</p></div></body></html>";
        assertThat(only("<html><head><title>Norway sets new fishing quotas | ZDNet</title><meta property=\"og:site_name\" content=\"ZDNet\"></head>" + body).title())
                .isEqualTo("Norway sets new fishing quotas");
        assertThat(only("<html><head><title>Example Post - Norway sets new fishing quotas for the coming year</title></head>" + body).title())
                .isEqualTo("Norway sets new fishing quotas for the coming year");
        assertThat(only("<html><head><meta property=\"og:title\" content=\"Norway sets new fishing quotas | Example Post\"></head>"
                + "<body><article><h1>Norway sets new fishing quotas</h1><p>Minister Anna Lindqvist spoke.</p></article></body></html>").title())
                .isEqualTo("Norway sets new fishing quotas");
    }

    @Test
    void readsTheAuthor() throws Exception {
        String body = "<body><article><h1>Quotas</h1><p>Minister Anna Lindqvist spoke in Oslo on Monday.</p></article></body></html>";
        assertThat(only("<html><head><meta name=\"author\" content=\"Kari Nordmann\"></head>" + body).author()).isEqualTo("Kari Nordmann");
        assertThat(only("<html><head><script type=\"application/ld+json\">{\"@graph\": [{\"@type\": \"Article\", "
                + "\"author\": {\"@id\": \"#p1\"}}, {\"@type\": \"Person\", \"@id\": \"#p1\", \"name\": \"Kari Nordmann\"}]}"
                + "</script></head>" + body).author()).isEqualTo("Kari Nordmann");
        assertThat(only("<html><body><article><h1>Quotas</h1><div class=\"byline\">By KARI NORDMANN, Oslo correspondent</div>"
                + "<p>Minister Anna Lindqvist spoke in Oslo on Monday.</p></article></body></html>").author()).isEqualTo("Kari Nordmann");
    }

    private Article only(String html) throws Exception {
        ReadResult result = ReadResult.read(reader, "page.html", html);
        assertThat(result.problems()).isEmpty();
        assertThat(result.articles()).hasSize(1);
        return result.articles().get(0);
    }
}
