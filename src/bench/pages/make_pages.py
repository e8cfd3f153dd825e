#!/usr/bin/env python3
"""Writes the page-reading benchmark: news pages in the layouts of real sites, each carrying a known failure.

The article texts are those written for newsgraph in src/train/own-* (CC0, fiction), plus three written here in
French, Spanish and German; the page layouts, site chrome, bylines and teasers are written here too. Every page
states its expected body, title, date, author and language in expected.jsonl. Run from the repository root:

    python3 src/bench/pages/make_pages.py

The pages are committed, so the benchmark does not need Python; this script says how they were made.
"""
import html
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
OUT = Path(__file__).resolve().parent
ARTICLES = {}
for f in sorted(ROOT.glob("src/train/own-*/articles.jsonl")):
    for line in f.read_text(encoding="utf-8").splitlines():
        a = json.loads(line)
        ARTICLES[a["id"]] = a

E = html.escape
PAGES = []


def paras(a):
    return [p.strip() for p in a["text"].split("\n") if p.strip()]


def page(name, carries, a, body_lines, doc, published="from-article", author=None, url=None, language="en",
         title=None):
    PAGES.append({
        "page": name + ".html",
        "carries": carries,
        "title": title if title is not None else a["title"],
        "published": a["published"] if published == "from-article" else published,
        "author": author,
        "url": url,
        "language": language,
        "body": "\n".join(body_lines),
    })
    (OUT / (name + ".html")).write_text(doc, encoding="utf-8")


# ---------------------------------------------------------------- site chrome (never article text)

def nav(site, sections=("World", "Politics", "Business", "Technology", "Science", "Health", "Sport", "Opinion",
                        "Culture", "Travel")):
    items = "".join(f'<li><a href="/{s.lower()}">{s}</a></li>' for s in sections)
    return f'<div class="masthead"><a class="logo" href="/">{E(site)}</a><ul class="menu">{items}</ul></div>'


def footer_ps(site):
    return (f'<p>{E(site)} is an independent news organisation. We have been reporting on world affairs, politics and '
            f'business since 1987, with correspondents in more than forty countries and a newsroom that works around '
            f'the clock.</p>'
            f'<p>Our journalism is funded by readers like you. Subscriptions, donations and a small amount of '
            f'advertising pay for reporting that is free for everyone to read, and that no owner or advertiser can '
            f'influence.</p>'
            f'<p>&copy; 2025 {E(site)} Media Group. All rights reserved. Terms of use, privacy policy, cookie settings, '
            f'accessibility statement, contact the newsroom, work for us, advertise with us.</p>')


def most_read(titles):
    items = "".join(f'<li><a href="/story/{i}">{E(t)}</a></li>' for i, t in enumerate(titles))
    return f'<div class="most-read"><h2>Most read</h2><ol>{items}</ol></div>'


def teasers(ids, tag="div", cls="teaser", with_p=True):
    out = []
    for i in ids:
        t = ARTICLES[i]
        first = paras(t)[0]
        summary = f'<p>{E(first[:150].rsplit(" ", 1)[0])}...</p>' if with_p else ""
        out.append(f'<{tag} class="{cls}"><h3><a href="/news/{i}">{E(t["title"])}</a></h3>{summary}</{tag}>')
    return "".join(out)


NEWSLETTER = ('<div class="newsletter-signup"><h3>Get the morning briefing</h3><p>The day\'s most important stories, '
              'explained, in your inbox every weekday morning. Sign up now, it is free.</p>'
              '<form><input type="email" placeholder="Your email"><button>Sign up</button></form></div>')
COOKIES = ('<div id="cookie-banner"><p>We use cookies to improve your experience on our site and to show you '
           'relevant advertising. By continuing to browse you agree to our use of cookies.</p><button>Accept</button></div>')
SHARE = ('<div class="share-tools"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a> '
         '<a href="#">Copy link</a></div>')
AD = '<div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>'


def head(title, extra=""):
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<title>{E(title)}</title>\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n{extra}\n</head>\n')


def ps(lines, cls=None):
    c = f' class="{cls}"' if cls else ""
    return "\n".join(f"<p{c}>{E(p)}</p>" for p in lines)


def jsonld(obj):
    return '<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False) + '</script>'


def us_date(iso, weekday=False):
    import datetime
    d = datetime.date.fromisoformat(iso)
    s = d.strftime("%B ") + str(d.day) + d.strftime(", %Y")
    return (d.strftime("%A, ") + s) if weekday else s


def uk_date(iso):
    import datetime
    d = datetime.date.fromisoformat(iso)
    return str(d.day) + d.strftime(" %B %Y")


# ---------------------------------------------------------------- the pages

def p01():
    a = ARTICLES["own-b-001"]
    body = paras(a)
    doc = head(a["title"] + " | Baltic Wire", f'<meta property="article:published_time" content="{a["published"]}T09:14:00+02:00">'
               '<link rel="canonical" href="https://balticwire.example/world/poland-expels-diplomats">') + f"""<body>
{nav("Baltic Wire")}
<div class="page">
<div class="non-ad-column-l">
<h1>{E(a["title"])}</h1>
<div class="byline">By Marta Kowalczyk, Warsaw correspondent</div>
<div class="story">
{ps(body)}
</div>
</div>
<div class="ad-column-r">{AD}{most_read([ARTICLES[i]["title"] for i in ("own-b-003", "own-b-010", "own-b-021")])}</div>
</div>
<footer>{footer_ps("Baltic Wire")}</footer>
</body></html>"""
    page("01-wrapper-class-non-ad-column", "the story's wrapper class 'non-ad-column-l' contains the word 'ad'", a,
         body, doc, author="Marta Kowalczyk", url="https://balticwire.example/world/poland-expels-diplomats")


def p02():
    a = ARTICLES["own-b-002"]
    body = paras(a)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                 "datePublished": a["published"] + "T16:40:00Z", "author": {"@type": "Person", "name": "Daniel Osei"},
                 "publisher": {"@type": "Organization", "name": "World Desk"}})
    doc = head(a["title"] + " - World Desk", ld) + f"""<body>
{nav("World Desk")}
<table width="100%"><tr><td class="ad_body" valign="top">
<h1 class="headline">{E(a["title"])}</h1>
<p class="byline">Daniel Osei | World Desk</p>
{ps(body)}
</td><td class="rail" width="300">
<h2>Related stories</h2>{teasers(["own-b-017", "own-a-026"])}
</td></tr></table>
<div id="footer">{footer_ps("World Desk")}</div>
</body></html>"""
    page("02-wrapper-class-ad-body", "the story sits in a cell of class 'ad_body'; related teasers beside it", a,
         body, doc, author="Daniel Osei")


def p03():
    a = ARTICLES["own-b-003"]
    body = paras(a)
    doc = head(a["title"] + " | Caucasus Today") + f"""<body>
<header class="site-header">{nav("Caucasus Today")}</header>
<div class="l-sidebar-fixed l-container">
<div class="l-main">
<h1 class="article__title">{E(a["title"])}</h1>
<div class="article__meta"><span class="article__author">By Anahit Grigoryan</span>
<time datetime="{a["published"]}T11:05:00+04:00">{uk_date(a["published"])}</time></div>
<div class="article__content">
{ps(body)}
</div>
</div>
<div class="l-sidebar">{most_read([ARTICLES[i]["title"] for i in ("own-b-014", "own-a-024", "own-c-040", "own-b-021")])}
{NEWSLETTER}</div>
</div>
<footer class="site-footer">{footer_ps("Caucasus Today")}</footer>
</body></html>"""
    page("03-wrapper-class-sidebar-layout", "the story's layout wrapper is 'l-sidebar-fixed'; title suffix '| Site'",
         a, body, doc, author="Anahit Grigoryan")


def p04():
    a = ARTICLES["own-b-004"]
    body = paras(a)
    doc = head(a["title"] + " | Trade & Advertising Weekly",
               '<meta name="author" content="Lucas Ferreira">') + f"""<body class="post-template-default single single-post">
<div id="page" class="site">
<header id="masthead" class="site-header">{nav("Trade & Advertising Weekly", ("News", "Markets", "Advertising", "Media", "Events"))}</header>
<div id="content" class="site-content">
<div id="post-812" class="post-812 post type-post status-publish format-standard has-post-thumbnail hentry category-advertising-and-marketing category-trade tag-brazil tag-indonesia">
<h1 class="entry-title">{E(a["title"])}</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="{a["published"]}T08:00:00+00:00">{us_date(a["published"])}</time></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/lferreira">Lucas Ferreira</a></span></span></div>
<div class="entry-content">
{ps(body)}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="/c/advertising">Advertising</a>, <a href="/c/trade">Trade</a></span></footer>
</div>
<div id="secondary" class="widget-area"><section class="widget"><h2>Recent posts</h2>{teasers(["own-b-018", "own-c-028"], with_p=False)}</section></div>
</div>
<footer id="colophon" class="site-footer">{footer_ps("Trade & Advertising Weekly")}</footer>
</div>
</body></html>"""
    page("04-wordpress-category-advertising", "WordPress post wrapper with class 'category-advertising-and-marketing'",
         a, body, doc, author="Lucas Ferreira")


def p05():
    a = ARTICLES["own-d-013"]
    body = paras(a)
    doc = head(a["title"] + " - Pacific Tribune") + f"""<body>
<form method="post" action="./story.aspx?id=48213" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkZ3n0"></div>
<div id="ctl00_header">{nav("Pacific Tribune")}</div>
<div id="ctl00_ContentPlaceHolder1_pnlStory" class="storypanel">
<h1 id="ctl00_ContentPlaceHolder1_lblTitle">{E(a["title"])}</h1>
<div class="storyinfo">By <span id="ctl00_ContentPlaceHolder1_lblAuthor">Grace Leung</span>
<span id="ctl00_ContentPlaceHolder1_lblDate">{us_date(a["published"])}, 07:47 PM EST</span></div>
<div id="ctl00_ContentPlaceHolder1_divBody" class="newsbody">
{ps(body)}
</div>
</div>
<div id="ctl00_footer">{footer_ps("Pacific Tribune")}</div>
</form>
</body></html>"""
    page("05-aspnet-form", "the whole page inside an ASP.NET <form>; the date only as text 'November 19, 2019, 07:47 PM EST'",
         a, body, doc, author="Grace Leung")


def p06():
    ids = ["own-d-001", "own-d-002", "own-d-015", "own-d-016", "own-d-019"]
    a = ARTICLES["own-d-001"]
    body = []
    parts = []
    for i, k in enumerate(ids):
        t = ARTICLES[k]
        if i > 0:
            body.append(t["title"])
            parts.append(f"<h2>{E(t['title'])}</h2>")
        body.extend(paras(t))
        parts.append(ps(paras(t)))
    title = "Five fights that shaped Congress: a long read"
    doc = head(title + " | Capitol Review",
               f'<meta property="og:article:published_time" content="2019-10-20T06:00:00-04:00">'
               f'<meta property="og:title" content="{E(title)}">') + f"""<body>
<header>{nav("Capitol Review")}</header>
<main id="main-content">
<h1>{E(title)}</h1>
<div class="story-body">
{"".join(parts)}
</div>
<section class="more-stories"><h2>More from Capitol Review</h2>
<article class="card"><h3><a href="/a">Senate returns to a crowded calendar</a></h3><p>What is on the agenda this week, and what may wait until spring.</p></article>
<article class="card"><h3><a href="/b">The budget office, explained</a></h3><p>Who counts the money in Washington, and why it matters for the rest of us.</p></article>
<article class="card"><h3><a href="/c">Podcast: inside the whip count</a></h3><p>Our reporters on how the votes were found.</p></article>
</section>
</main>
<footer>{footer_ps("Capitol Review")}</footer>
</body></html>"""
    page("06-teaser-articles-in-main", "<main> holds a 12,000-character story in divs; small <article> teasers after it; "
         "og:article:published_time", a, body, doc, published="2019-10-20", title=title)


def p07():
    a = ARTICLES["own-c-021"]
    body = paras(a)
    text = "<br><br>\n".join(E(p) for p in body)
    doc = head(a["title"] + " | Nairobi Observer", f'<meta name="date" content="{a["published"]}">') + f"""<body>
<div id="top">{nav("Nairobi Observer")}</div>
<div id="wrap">
<h1 class="title">{E(a["title"])}</h1>
<div class="info">Wanjiru Kamau &middot; Nairobi</div>
<div class="articletext">
{text}
</div>
<div class="tags">Tags: <a href="/t/kenya">Kenya</a>, <a href="/t/ruto">Ruto</a></div>
</div>
<div id="bottom">
{footer_ps("Nairobi Observer")}
<p>Nairobi Observer, Kimathi Street, Nairobi. Telephone +254 20 000 0000. Letters to the editor are welcome and may be edited for length and clarity before publication.</p>
</div>
</body></html>"""
    page("07-div-br-lines", "the story is lines in one <div> separated by <br>, no <p>; a footer of <p>s; <meta name=date>",
         a, body, doc)


def p08():
    a = ARTICLES["own-c-022"]
    body = paras(a)
    divs = "\n".join(f'<div class="paragraph">{E(p)}</div>' for p in body)
    doc = head(a["title"] + " - Sahel Report", f'<meta property="article:published" content="{a["published"]}T07:30:00Z">') + f"""<body>
<div class="header">{nav("Sahel Report")}</div>
<div class="container">
<div class="col-main">
<div class="headline"><h1>{E(a["title"])}</h1></div>
<div class="text">
{divs}
</div>
</div>
<div class="col-side">{teasers(["own-c-040", "own-a-023", "own-b-024"])}</div>
</div>
<div class="footer">{footer_ps("Sahel Report")}</div>
</body></html>"""
    page("08-div-paragraphs", "each paragraph is a <div>, no <p>; teasers with <p> in a side column; "
         "<meta property=article:published>", a, body, doc)


def p09():
    a = ARTICLES["own-d-027"]
    body = paras(a)
    ld = jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                 "datePublished": "0001-01-01T00:00:00+00:00", "dateModified": "0001-01-01T00:00:00+00:00",
                 "author": [{"@type": "Person", "name": "Oliver Hart"}]})
    doc = head(a["title"] + " | Westminster Daily", ld) + f"""<body>
{nav("Westminster Daily")}
<article class="story">
<header><h1>{E(a["title"])}</h1>
<p class="dateline">Published {us_date(a["published"])} at 4:12 p.m. GMT</p></header>
<div class="story-content">
{ps(body)}
</div>
</article>
<aside>{most_read([ARTICLES[i]["title"] for i in ("own-d-026", "own-d-028")])}</aside>
<footer>{footer_ps("Westminster Daily")}</footer>
</body></html>"""
    page("09-jsonld-placeholder-date", "JSON-LD datePublished is the placeholder 0001-01-01; the date is in the "
         "dateline text", a, body, doc, author="Oliver Hart")


def p10():
    a = ARTICLES["own-d-030"]
    body = paras(a)
    doc = head(a["title"] + " | Berlin Briefing") + f"""<body>
{nav("Berlin Briefing")}
<div itemscope itemtype="https://schema.org/NewsArticle" class="content">
<meta itemprop="datePublished dateCreated" content="{a["published"]}T10:00:00+02:00">
<h1 itemprop="headline">{E(a["title"])}</h1>
<div class="author" itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Jonas Weber</span></div>
<div class="body-text">
{ps(body)}
</div>
</div>
<div class="comments-teaser"><a href="#">Read 214 comments</a></div>
<footer>{footer_ps("Berlin Briefing")}</footer>
</body></html>"""
    page("10-itemprop-two-values", "itemprop=\"datePublished dateCreated\" on a <meta>; microdata author", a, body, doc,
         author="Jonas Weber")


def p11():
    a = ARTICLES["own-c-033"]
    body = paras(a)
    broken = ('<script type="application/ld+json">\n{\n  "@context": "https://schema.org",\n  "@type": "NewsArticle",\n'
              f'  "headline": "{a["title"]}",\n  "description": "Protesters filled the centre of Belgrade\n on Saturday",\n'
              f'  "datePublished": "{a["published"]}T21:30:00+01:00",\n'
              '  "author": {"@type": "Person", "name": "Milica Jovanović"},\n}\n</script>')
    doc = head(a["title"] + " | Balkan Insight Daily", broken) + f"""<body>
{nav("Balkan Insight Daily")}
<div class="main-column">
<h1>{E(a["title"])}</h1>
<div class="article-body">
{ps(body)}
</div>
</div>
<footer>{footer_ps("Balkan Insight Daily")}</footer>
</body></html>"""
    page("11-invalid-jsonld", "the only date is in a JSON-LD block that is not valid JSON (a raw line break in a "
         "string, a trailing comma)", a, body, doc, author="Milica Jovanović")


def p12():
    a = ARTICLES["own-d-026"]
    body = paras(a)
    url = "https://parliamentwatch.example/2019/09/04/johnson-loses-commons-vote"
    doc = head(a["title"], f'<link rel="canonical" href="{url}">') + f"""<body>
{nav("Parliament Watch")}
<div id="story">
<h1>{E(a["title"])}</h1>
<div class="entry">
{ps(body)}
</div>
</div>
<div id="sidebar-right">{teasers(["own-d-029", "own-d-027"])}</div>
<footer>{footer_ps("Parliament Watch")}</footer>
</body></html>"""
    page("12-date-in-url", "the date is only in the canonical URL (/2019/09/04/)", a, body, doc, url=url)


def p13():
    a = ARTICLES["own-b-019"]
    body = paras(a)
    doc = head(a["title"] + " | ZDNet-like TechWire",
               f'<meta property="og:title" content="{E(a["title"])} | TechWire">'
               f'<meta property="og:site_name" content="TechWire">'
               f'<meta property="article:published_time" content="{a["published"]}T03:00:00Z">'
               '<meta name="author" content="Aroha Ngata">') + f"""<body>
{nav("TechWire", ("Security", "Cloud", "AI", "Hardware", "Reviews"))}
<article>
<h1>{E(a["title"])}</h1>
{SHARE}
{ps(body)}
<div class="author-bio"><p>Aroha Ngata covers cyber security from Wellington. She joined TechWire in 2019 after a decade at a national broadcaster.</p></div>
</article>
<footer>{footer_ps("TechWire")}</footer>
</body></html>"""
    page("13-title-site-suffix", "og:title and <title> both end in '| TechWire'; an author bio at the end of <article>",
         a, body, doc, author="Aroha Ngata")


def p14():
    a = ARTICLES["own-b-022"]
    body = paras(a)
    doc = head("Gulf Herald \u2014 " + a["title"],
               '<meta property="og:site_name" content="Gulf Herald">'
               f'<meta name="parsely-pub-date" content="{a["published"]}T05:45:00Z">') + f"""<body>
{nav("Gulf Herald")}
<div class="article-wrap">
<div class="article-text">
<p class="kicker">Diplomacy</p>
{ps(body)}
</div>
</div>
<footer>{footer_ps("Gulf Herald")}</footer>
</body></html>"""
    page("14-title-site-prefix", "no <h1>; <title> is 'Site \u2014 Headline'; the date only in parsely-pub-date",
         a, body, doc)


def p15():
    a = ARTICLES["own-d-006"]
    body = paras(a)
    comments = "".join(
        f'<div class="msg"><div class="who">reader{i}</div><p>{E(c)}</p></div>' for i, c in enumerate([
            "I watched the whole forum and honestly neither of them answered the question about how they would pay for any of it.",
            "Fundraising is the whole problem with our politics. Every candidate says so and then goes to the next dinner.",
            "This is exactly why people in Iowa are tired of being lectured by candidates who only visit every four years.",
            "The moderators let them talk over each other far too much. I wanted to hear about farm policy and trade.",
            "Small-dollar donations are not a magic fix either. Look at how much of that money goes to consultants and ads.",
            "Good reporting, but I would have liked more on what the other candidates on stage said about health care.",
            "Both of them are right about the other one, which tells you everything you need to know about this race.",
            "I have been to three of these events and the crowd energy was nothing like what the television showed.",
            "Can someone explain why the wine cave matters so much? Every campaign has rich donors somewhere.",
            "The polls will not move on this. Voters care about health care, wages and the war, not about fundraising rules.",
            "My neighbour switched from Warren to Buttigieg after the last debate and I still do not understand why.",
            "It is December and we are arguing about dinners. The caucus is in eight weeks and nobody has a plan for rural hospitals.",
        ]))
    doc = head(a["title"] + " | Prairie Post") + f"""<body>
{nav("Prairie Post")}
<div class="story">
<h1>{E(a["title"])}</h1>
<div class="storytext">
{ps(body)}
</div>
</div>
<div class="discussion-thread"><h2>Join the conversation</h2>{comments}</div>
<footer>{footer_ps("Prairie Post")}</footer>
</body></html>"""
    page("15-comments-outweigh", "a reader discussion with more paragraphs than the story, in classes that do not say "
         "'comment'; no date on the page", a, body, doc, published=None)


def p16():
    a = ARTICLES["own-d-028"]
    body = paras(a)
    blocks = []
    for i, p in enumerate(body):
        blocks.append(f'<div data-component="text-block" class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{E(p)}</p></div>')
        if i == 2:
            blocks.append('<figure><img src="/i.jpg" alt=""><figcaption>The two ministers at the signing in London on Wednesday</figcaption></figure>')
    doc = head(a["title"] + " - BBC-like News") + f"""<body>
<header>{nav("BBC-like News")}</header>
<div id="main-content"><article>
<header><h1 id="main-heading">{E(a["title"])}</h1></header>
<div data-component="byline-block"><span>By Harriet Cole</span><span>Defence correspondent</span></div>
<time datetime="{a["published"]}T14:22:31.000Z">{uk_date(a["published"])}</time>
{"".join(blocks)}
<div data-component="links-block"><h2>Related topics</h2><ul><li><a href="/t/1">Germany</a></li><li><a href="/t/2">Defence</a></li><li><a href="/t/3">UK politics</a></li></ul></div>
<div data-component="links-block"><h2>More on this story</h2><ul><li><a href="/x">What the defence pact means for Europe</a></li><li><a href="/y">Germany's army in numbers</a></li></ul></div>
</article></div>
<footer>{footer_ps("BBC-like News")}</footer>
</body></html>"""
    page("16-bbc-like-text-blocks", "paragraphs in data-component text blocks, a caption between them, topic links after",
         a, body, doc, author="Harriet Cole")


def p17():
    a = ARTICLES["own-d-029"]
    body = paras(a)
    parts = []
    for i, p in enumerate(body):
        parts.append(f'<p class="dcr-n6w1lc">{E(p)}</p>')
        if i == 1:
            parts.append('<aside class="dcr-1mhz9lz"><p>Read more: <a href="/z">What is in the new Brexit deal?</a></p></aside>')
        if i == 4:
            parts.append('<figure class="dcr-1xbeh0l"><img src="/j.jpg"><figcaption>Leaders arrive for the summit in Brussels. Photograph: Agency</figcaption></figure>')
    ld = jsonld([{"@type": "NewsArticle", "@context": "https://schema.org", "headline": a["title"],
                  "datePublished": a["published"] + "T17:01:12.000Z", "author": [{"@type": "Person", "name": "Ellen Marsh"}],
                  "mainEntityOfPage": "https://guardian-like.example/politics/2019/oct/18/eu-leaders-endorse-deal"},
                 {"@type": "WebPage", "@context": "https://schema.org", "potentialAction": {"@type": "ViewAction"}}])
    doc = head(a["title"] + " | Politics | The Guardian-like", ld) + f"""<body>
<div class="dcr-header">{nav("The Guardian-like")}</div>
<main><article>
<div data-gu-name="headline"><h1>{E(a["title"])}</h1></div>
<div data-gu-name="standfirst"><p>The deal now faces a vote in the Commons, where the government lacks a majority</p></div>
<div data-gu-name="meta"><a rel="author" href="/profile/ellenmarsh">Ellen Marsh</a> in Brussels</div>
<div class="article-body-commercial-selector article-body-viewer-selector dcr-1n1zldx">
{"".join(parts)}
</div>
</article></main>
<div class="submeta">{teasers(["own-d-026", "own-d-031"])}</div>
<footer>{footer_ps("The Guardian-like")}</footer>
</body></html>"""
    page("17-guardian-like-inline-asides", "a 'Read more' aside and a figure inside the body; standfirst above it; "
         "JSON-LD in an array; title suffix '| Politics | Site'", a, body, doc, author="Ellen Marsh",
         url="https://guardian-like.example/politics/2019/oct/18/eu-leaders-endorse-deal")


def p18():
    a = ARTICLES["own-d-023"]
    body = paras(a)
    cols = []
    for i in range(0, len(body), 3):
        cols.append(f'<div class="css-s99gbd StoryBodyCompanionColumn"><div class="css-53u6y8">{ps(body[i:i + 3], "css-at9mc1 evys1bk0")}</div></div>')
        cols.append('<div class="css-ad"><div id="mid1-wrapper"><p>Advertisement</p><p><a href="#after">Continue reading the main story</a></p></div></div>')
    doc = head(a["title"] + " - The New York Times-like",
               f'<meta property="article:published_time" content="{a["published"]}T19:58:00.000Z">'
               '<meta name="byl" content="By Ruth Abernathy">') + f"""<body>
<div id="app"><header>{nav("NYT-like")}</header>
<main id="site-content"><article id="story">
<header><h1 data-testid="headline">{E(a["title"])}</h1><p class="byline">By <span>Ruth Abernathy</span></p></header>
<section name="articleBody" itemprop="articleBody">
{"".join(cols[:-1])}
</section>
</article></main>
{NEWSLETTER}</div>
</body></html>"""
    page("18-nyt-like-companion-columns", "the body in several companion columns with 'Advertisement' blocks between",
         a, body, doc, author="Ruth Abernathy")


def p19():
    a = ARTICLES["own-b-006"]
    body = paras(a)
    divs = "\n".join(f'<div data-testid="paragraph-{i}" class="text__text__1FZLe article-body__paragraph__2-BtD">{E(p)}</div>'
                     for i, p in enumerate(body))
    doc = head(a["title"] + " | Reuters-like", '<meta name="article:author" content="Olena Bondar">') + f"""<body>
<header>{nav("Reuters-like")}</header>
<main><article class="article__container">
<header class="article-header"><h1 data-testid="Heading">{E(a["title"])}</h1>
<div class="info"><a href="/authors/obondar">By Olena Bondar</a>
<time datetime="{a["published"]}T10:41:00Z"><span>{us_date(a["published"])}</span><span>10:41 AM UTC</span></time></div></header>
<div class="article-body__content__17Yit">
{divs}
<p class="trust-badge">Our Standards: The Trust Principles.</p>
</div>
</article>
<div class="recirculation">{teasers(["own-b-023", "own-a-039", "own-b-021"])}</div></main>
</body></html>"""
    page("19-reuters-like-paragraph-divs", "paragraphs are <div data-testid=paragraph-N>; a standards line after them",
         a, body, doc, author="Olena Bondar")


def p20():
    a = ARTICLES["own-b-007"]
    body = paras(a)
    mid = len(body) // 2
    doc = head(a["title"] + " | AP-like News",
               jsonld({"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
                       "datePublished": a["published"] + "T13:20:00Z", "author": ["Carlos Mendoza"]})) + f"""<body>
<div class="Page-header">{nav("AP-like News")}</div>
<div class="Page-content"><h1 class="Page-headline">{E(a["title"])}</h1>
<div class="Page-authors">By CARLOS MENDOZA</div>
<div class="RichTextStoryBody RichTextBody">
{ps(body[:mid])}
<div class="Enhancement"><div class="Related"><h4>Related coverage</h4><ul><li><a href="/1">Venezuela holds referendum on Essequibo</a></li><li><a href="/2">Guyana asks court for protection</a></li></ul></div></div>
{ps(body[mid:])}
<p>___</p>
<p>Follow AP-like's coverage of Latin America at <a href="/hub/latin-america">https://apnews-like.example/hub/latin-america</a></p>
</div></div>
<div class="Page-footer">{footer_ps("AP-like News")}</div>
</body></html>"""
    page("20-ap-like-related-inline", "a related-coverage list inside the body; a separator and a hub link after it",
         a, body, doc, author="Carlos Mendoza")


def p21():
    a = ARTICLES["own-d-008"]
    body = paras(a)
    doc = head(a["title"] + " \u2013 The Frontier Blog", '<meta name="author" content="Sam Yazzie">'
               f'<meta property="article:published_time" content="{a["published"]}T18:00:00+00:00">') + f"""<body class="single">
<header id="masthead">{nav("The Frontier Blog", ("Home", "About", "Archive", "Contact"))}</header>
<main id="primary" class="site-main">
<article id="post-55" class="post-55 post type-post">
<header class="entry-header"><h1 class="entry-title">{E(a["title"])}</h1></header>
<div class="entry-content">
{ps(body)}
</div>
<div class="author-box"><h3>About Sam Yazzie</h3><p>Sam Yazzie writes about federal Indian policy, public lands and the American West. He lives in Albuquerque with two dogs and too many books.</p></div>
</article>
<div class="yarpp-related"><h3>You may also like</h3>{teasers(["own-d-004", "own-d-018", "own-d-017"])}</div>
</main>
<footer>{footer_ps("The Frontier Blog")}</footer>
</body></html>"""
    page("21-wordpress-author-box-related", "an author box and 'you may also like' teasers with <p>s after the body",
         a, body, doc, author="Sam Yazzie")


def p22():
    a = ARTICLES["own-c-031"]
    body = paras(a)
    text = "<br />\n<br />\n".join(E(p) for p in body)
    import datetime
    d = datetime.date.fromisoformat(a["published"])
    doc = head("South Asia Notes: " + a["title"]) + f"""<body>
<div class="header-outer">{nav("South Asia Notes", ("Home", "Archive", "About"))}</div>
<div class="main-outer">
<h2 class="date-header"><span>{d.strftime("%A, ")}{us_date(a["published"])}</span></h2>
<div class="post hentry">
<h3 class="post-title entry-title">{E(a["title"])}</h3>
<div class="post-header"></div>
<div class="post-body entry-content" id="post-body-7262">
<div dir="ltr" style="text-align: left;">{text}</div>
</div>
<div class="post-footer">Posted by <span class="fn">Ayesha Qureshi</span> at 9:14 PM <a href="#">No comments</a></div>
</div>
<div class="blog-pager"><a href="/newer">Newer Post</a> <a href="/older">Older Post</a> <a href="/">Home</a></div>
</div>
<div class="sidebar-outer"><h2>Blog archive</h2><ul><li>2024 (31)</li><li>2023 (58)</li><li>2022 (44)</li></ul></div>
</body></html>"""
    page("22-blogspot-br-lines", "a Blogger post: <br> lines, the title in <h3>, the date only as 'Monday, March 18, "
         "2024' in a date header; <title> is 'Blog: Headline'", a, body, doc, author="Ayesha Qureshi")


def p23():
    a = ARTICLES["own-d-005"]
    body = paras(a)
    first = f'<p class="zn-body__paragraph speakable"><cite class="el-editorial-source">(CNN-like)</cite>{E(body[0])}</p>'
    rest = "\n".join(f'<div class="zn-body__paragraph">{E(p)}</div>' for p in body[1:])
    doc = head(a["title"] + " - CNN-like Politics") + f"""<body>
<div class="nav">{nav("CNN-like")}</div>
<div class="pg-rail-tall__head"><h1 class="pg-headline">{E(a["title"])}</h1>
<div class="metadata"><p class="metadata__byline">By <span class="metadata__byline__author">Denise Carter</span></p>
<p class="update-time">Updated 4:32 PM ET, Mon October 16, 2023</p></div></div>
<section id="body-text"><div class="l-container">
{first}
{rest}
<div class="zn-body__read-more"><a href="#">Read More</a></div>
</div></section>
<div class="pg-rail-tall__rail">{most_read([ARTICLES[i]["title"] for i in ("own-d-014", "own-d-020")])}</div>
</body></html>"""
    page("23-cnn-like-mixed-p-div", "first paragraph a <p> with a source tag, the rest <div>s; the date only as "
         "'Updated 4:32 PM ET, Mon October 16, 2023'", a, ["(CNN-like)" + body[0]] + body[1:], doc,
         author="Denise Carter")


def p24():
    a = ARTICLES["own-c-038"]
    body = paras(a)
    doc = head(a["title"] + " | Levant Now",
               f'<meta name="publish-date" content="{a["published"]}">'
               f'<meta name="DC.date.issued" content="{a["published"]}">') + f"""<body>
<div class="site-header">{nav("Levant Now")}</div>
<main id="main-content-area"><header class="article-header"><h1>{E(a["title"])}</h1>
<p class="article__subhead"><em>Baghdad demands an apology and the withdrawal of Turkish forces from the north.</em></p></header>
<div class="wysiwyg wysiwyg--all-content">
{ps(body[:3])}
<div class="more-on"><h2>More on Iraq</h2><ul><li><a href="/1">Iraq and Turkey agree on water talks</a></li></ul></div>
{ps(body[3:])}
</div>
<div class="article-source">Source: Levant Now and news agencies</div>
</main>
<footer>{footer_ps("Levant Now")}</footer>
</body></html>"""
    page("24-aljazeera-like-wysiwyg", "a 'more on' box inside the body; a subhead above; DC.date.issued", a, body, doc)


def p25():
    a = ARTICLES["own-c-001"]
    body = paras(a)
    doc = head(a["title"] + " | The White House-like") + f"""<body>
<div id="skip"><a href="#main">Skip to content</a></div>
<header>{nav("The White House-like", ("Administration", "Briefing Room", "Issues", "Get Involved"))}</header>
<main id="main"><div class="page-header"><p class="kicker">Briefing Room</p><h1 class="page-title">{E(a["title"])}</h1>
<span class="date-display-single" content="{a["published"]}T00:00:00-05:00">{us_date(a["published"])}</span></div>
<div class="field field--name-body field--type-text-with-summary"><div class="field-items"><div class="field-item even">
{ps(body)}
<p>###</p>
</div></div></div>
</main>
<footer><p>The White House-like, 1600 Example Avenue NW, Washington, DC 20500</p></footer>
</body></html>"""
    page("25-drupal-press-release", "a Drupal press release: body field, '###' end mark, a date in a span's content",
         a, body, doc)


def p26():
    a = ARTICLES["own-c-035"]
    body = paras(a)
    doc = ('<!doctype html>\n<html \u26a1 lang="en">\n<head><meta charset="utf-8"><title>' + E(a["title"]) + ' | Kyiv Dispatch AMP</title>'
           '<link rel="canonical" href="https://kyivdispatch.example/news/ukraine-ratifies-rome-statute">'
           + jsonld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
                     "datePublished": a["published"] + "T12:00:00+03:00",
                     "author": {"@type": "Person", "name": "Iryna Shevchuk"}})
           + '<style amp-custom>body{font-family:serif}</style></head>\n' + f"""<body>
<amp-sidebar id="menu" layout="nodisplay">{nav("Kyiv Dispatch")}</amp-sidebar>
<div class="amp-wp-article"><h1 class="amp-wp-title">{E(a["title"])}</h1>
<amp-img src="/k.jpg" width="600" height="400" layout="responsive"></amp-img>
<div class="amp-wp-article-content">
{ps(body)}
</div></div>
<amp-analytics type="gtag"><script type="application/json">{{"vars": {{"gtag_id": "G-1"}}}}</script></amp-analytics>
</body></html>""")
    page("26-amp", "an AMP page: amp elements, a canonical link to the full page", a, body, doc,
         author="Iryna Shevchuk", url="https://kyivdispatch.example/news/ukraine-ratifies-rome-statute")


def p27():
    a = ARTICLES["own-c-037"]
    body = paras(a)
    doc = head(a["title"] + " | Cedar News", jsonld({
        "@context": "https://schema.org", "@type": "ReportageNewsArticle", "headline": a["title"],
        "datePublished": a["published"] + "T15:10:00+02:00", "author": {"@type": "Person", "name": "Rami Haddad"},
        "articleBody": "\n".join(body)})) + """<body>
<div id="root"></div>
<noscript>You need to enable JavaScript to run this app.</noscript>
<script src="/static/js/main.4f2a.js"></script>
</body></html>"""
    page("27-script-app-jsonld-body", "an app shell: the text only in JSON-LD articleBody", a, body, doc,
         author="Rami Haddad")


def p28():
    a = ARTICLES["own-d-009"]
    body = paras(a)
    text = "<br><br>".join(E(p) for p in body)
    doc = (f'<html><head><title>Capital Chronicle - {E(a["title"])}</title></head>\n'
           f"""<body bgcolor="#ffffff">
<table width="780" border="0" cellpadding="0" cellspacing="0">
<tr><td colspan="2"><img src="/logo.gif" alt="Capital Chronicle"></td></tr>
<tr><td width="160" valign="top" class="leftnav"><a href="/">Home</a><br><a href="/news">News</a><br><a href="/sports">Sports</a><br><a href="/weather">Weather</a><br><a href="/classifieds">Classifieds</a><br><a href="/obits">Obituaries</a></td>
<td valign="top"><font face="Arial" size="4"><b>{E(a["title"])}</b></font><br>
<font size="2">Posted on {us_date(a["published"])} by Frank Delgado</font><br><br>
<font face="Arial" size="2">{text}</font>
</td></tr>
<tr><td colspan="2"><font size="1">Copyright 2019 Capital Chronicle. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.</font></td></tr>
</table></body></html>""")
    page("28-table-layout-font-br", "a table layout with <font> and <br>, no <p>, no <h1>; 'Posted on April 8, 2019'; "
         "<title> is 'Site - Headline'", a, body, doc)


def p29():
    a = ARTICLES["own-d-016"]
    body = paras(a)
    pop = "".join(f'<li><a href="/p/{i}"><h4>{E(ARTICLES[k]["title"])}</h4></a><p>{E(paras(ARTICLES[k])[0][:120])}...</p></li>'
                  for i, k in enumerate(["own-d-015", "own-d-019", "own-d-024", "own-d-025", "own-d-002", "own-d-003"]))
    doc = head(a["title"] + " :: Hill Ledger",
               f'<meta name="sailthru.date" content="{a["published"]} 17:44:00">') + f"""<body>
{nav("Hill Ledger")}
<main>
<h1>{E(a["title"])}</h1>
<div class="byline-block">Theresa Nguyen, Congress reporter</div>
<div class="rte">
{ps(body)}
</div>
<div class="popular"><h3>Popular now</h3><ol>{pop}</ol></div>
</main>
<footer>{footer_ps("Hill Ledger")}</footer>
</body></html>"""
    page("29-main-with-popular-list", "<main> holds the story and a 'popular now' list with teaser paragraphs; "
         "sailthru.date; title suffix ':: Site'", a, body, doc)


def p30():
    a = ARTICLES["own-d-022"]
    body = paras(a)
    doc = head(a["title"] + " | Nordic Times",
               f'<meta property="article:published_time" content="{a["published"]}T20:11:00Z">') + f"""<body>
{nav("Nordic Times")}
<div class="article">
<h1>{E(a["title"])}</h1>
<div class="article-body">{ps(body[:3])}</div>
{AD}
<div class="inline-newsletter">{NEWSLETTER}</div>
<div class="article-body">{ps(body[3:])}</div>
</div>
<div class="related">{teasers(["own-d-012", "own-a-020"])}</div>
<footer>{footer_ps("Nordic Times")}</footer>
</body></html>"""
    page("30-body-split-by-ad", "the body in two sibling containers with an advert and a newsletter box between", a,
         body, doc)


def p31():
    a = ARTICLES["own-d-033"]
    body = paras(a)
    parts = []
    for i, p in enumerate(body):
        parts.append(f"<p>{E(p)}</p>")
        if i in (1, 4):
            parts.append(f'<p><strong>Read more:</strong> <a href="/r{i}">{E(ARTICLES["own-d-030"]["title"])}</a></p>')
    doc = head(a["title"] + " | Iberia Post",
               f'<meta property="article:published_time" content="{a["published"]}T19:00:00+01:00">') + f"""<body>
{COOKIES}
{nav("Iberia Post")}
<article class="article">
<h1>{E(a["title"])}</h1>
<div class="article-content">
{"".join(parts)}
<div class="paywall-prompt"><p>You have read 3 of 5 free articles this month. Subscribe for unlimited access to our journalism.</p></div>
</div>
</article>
<footer>{footer_ps("Iberia Post")}</footer>
</body></html>"""
    page("31-read-more-links-in-body", "'Read more:' link paragraphs inside the body; a cookie banner; a paywall prompt",
         a, body, doc)


FRENCH = ("La France et l'Allemagne signent un accord sur l'hydrogène à Marseille", "2025-03-12", [
    "La France et l'Allemagne ont signé mercredi à Marseille un accord de coopération sur la production et le transport "
    "d'hydrogène, destiné à relier les ports de la Méditerranée aux régions industrielles de la Ruhr d'ici à 2032.",
    "Le ministre français de l'Économie a salué « une étape décisive pour l'industrie européenne », tandis que son "
    "homologue allemand a rappelé que son pays devra importer l'essentiel de l'hydrogène dont il aura besoin.",
    "L'accord prévoit la construction d'une canalisation de plus de mille kilomètres, financée en partie par des fonds "
    "européens, ainsi qu'un mécanisme commun de certification de l'hydrogène produit à partir d'électricité renouvelable.",
    "Les organisations écologistes ont accueilli le texte avec prudence. Elles demandent que la priorité soit donnée à "
    "l'acier et à la chimie, où l'hydrogène n'a pas de substitut, plutôt qu'au chauffage des bâtiments.",
    "Les deux gouvernements doivent présenter un calendrier détaillé avant l'été. Une première section de la canalisation "
    "pourrait entrer en service à la fin de la décennie, selon les opérateurs de réseau.",
])
SPANISH = ("Chile y Argentina acuerdan reabrir el paso fronterizo de Los Libertadores", "2024-06-03", [
    "Los gobiernos de Chile y Argentina acordaron este lunes reabrir de forma permanente el paso fronterizo de Los "
    "Libertadores, cerrado desde hace tres semanas por las intensas nevadas en la cordillera de los Andes.",
    "La canciller chilena explicó en Santiago que ambos países invertirán en nuevas máquinas quitanieves y en un sistema "
    "de alerta temprana que permitirá anticipar los cierres y reducir las largas filas de camiones.",
    "Según la asociación de transportistas, más de dos mil vehículos de carga quedaron detenidos a ambos lados de la "
    "frontera durante el último cierre, con pérdidas que superan los diez millones de dólares.",
    "El acuerdo también contempla la construcción de un nuevo complejo aduanero conjunto, cuyo diseño deberá estar listo "
    "antes de fin de año, y la ampliación del horario de atención durante la temporada de verano.",
])
GERMAN = ("Österreich und Ungarn einigen sich auf gemeinsame Grenzkontrollen", "2023-09-27", [
    "Österreich und Ungarn haben sich am Mittwoch in Wien auf gemeinsame Streifen an ihrer Grenze geeinigt. Die Polizei "
    "beider Länder soll künftig in gemischten Teams unterwegs sein, um Schlepper früher zu stoppen.",
    "Der österreichische Innenminister sprach von einem wichtigen Schritt, der die Zusammenarbeit auf eine neue Grundlage "
    "stelle. Sein ungarischer Amtskollege betonte, dass die Vereinbarung zunächst für ein Jahr gelten werde.",
    "Menschenrechtsorganisationen kritisierten die Pläne. Sie befürchten, dass Schutzsuchende an der Grenze "
    "zurückgewiesen werden, ohne dass ihre Anträge geprüft werden, und fordern eine unabhängige Beobachtung.",
    "Die ersten gemeinsamen Streifen sollen bereits im Oktober beginnen. Über eine Ausweitung auf weitere Abschnitte der "
    "Grenze wollen beide Regierungen im Frühjahr beraten.",
])


def foreign(name, carries, story, lang, site, declared, extra_head=""):
    title, date, body = story
    fake = {"title": title, "published": date}
    doc = (f'<!DOCTYPE html>\n<html lang="{declared}">\n<head><meta charset="utf-8"><title>{E(title)} | {E(site)}</title>'
           f'<meta property="article:published_time" content="{date}T08:00:00+01:00">{extra_head}</head>\n<body>\n'
           f'<div class="menu"><a href="/">{E(site)}</a> <a href="/1">International</a> <a href="/2">Economie</a></div>\n'
           f'<article><h1>{E(title)}</h1>\n{ps(body)}\n</article>\n'
           f'<footer><p>&copy; {E(site)} 2025</p></footer></body></html>')
    page(name, carries, fake, body, doc, language=lang)


def p32():
    foreign("32-french", "a page in French, declared lang=fr", FRENCH, "fr", "Le Quotidien du Sud", "fr")


def p33():
    foreign("33-spanish", "a page in Spanish, declared lang=es", SPANISH, "es", "Diario Andino", "es")


def p34():
    foreign("34-german-declared-english", "a page in German whose <html lang> wrongly says English", GERMAN, "de",
            "Wiener Abendblatt", "en")


def p35():
    a = ARTICLES["own-c-013"]
    body = paras(a)
    doc = head(a["title"] + " | Ministry of Example Affairs") + f"""<body>
<div id="govbar">An official website of an example government</div>
{nav("Ministry of Example Affairs", ("Home", "Press", "Treaties", "Travel advice", "Contact"))}
<div id="content" class="col-9">
<h1>{E(a["title"])}</h1>
{ps(body)}
</div>
<div class="col-3"><h2>In this section</h2><ul><li><a href="/p/1">Press releases</a></li><li><a href="/p/2">Speeches</a></li><li><a href="/p/3">Treaties in force</a></li></ul></div>
<footer>{footer_ps("Ministry of Example Affairs")}</footer>
</body></html>"""
    page("35-no-date-anywhere", "a government page that states no date at all (none must be invented)", a, body, doc,
         published=None)


def p36():
    a = ARTICLES["own-a-038"]
    body = paras(a)
    doc = head(a["title"] + " | by Priya Raman | Medium",
               '<meta name="author" content="Priya Raman">'
               f'<meta property="article:published_time" content="{a["published"]}T04:21:09.123Z">'
               f'<meta property="og:title" content="{E(a["title"])}">') + f"""<body>
<div id="root"><div class="metabar">{nav("Medium", ("Write", "Sign in"))}</div>
<article><div class="l"><section><div class="ch bg"><h1 class="pw-post-title" data-testid="storyTitle">{E(a["title"])}</h1>
<div class="speechify-ignore"><a href="/@priya">Priya Raman</a><span>&middot; 4 min read &middot; {us_date(a["published"])}</span></div>
{ps(body, "pw-post-body-paragraph")}
</div></section></div></article>
<div class="clap">1.2K claps</div><div class="responses"><h2>Responses (3)</h2><p>What are your thoughts?</p></div>
</div></body></html>"""
    page("36-medium-like", "a Medium-like story: deep nesting, paragraphs with classes, 'by Author | Medium' title suffix",
         a, body, doc, author="Priya Raman")


def p37():
    a = ARTICLES["own-a-028"]
    body = paras(a)
    lis = "".join(f"<li>{E(p)}</li>" for p in body[2:5])
    doc = head(a["title"] + " | Strait Observer",
               f'<meta property="article:published_time" content="{a["published"]}T02:00:00+08:00">') + f"""<body>
{nav("Strait Observer")}
<article>
<h1>{E(a["title"])}</h1>
<div class="summary"><h2>Key points</h2><ul>{lis}</ul></div>
<div class="body">
{ps(body[:2])}
<h2>Reaction in Taipei</h2>
{ps(body[2:])}
</div>
<div class="tags-list"><ul><li><a href="/t/china">China</a></li><li><a href="/t/taiwan">Taiwan</a></li><li><a href="/t/defence">Defence</a></li></ul></div>
</article>
<footer>{footer_ps("Strait Observer")}</footer>
</body></html>"""
    page("37-subheading-and-key-points", "a subheading inside the body; a key-points list that repeats it above; tag list",
         a, body[:2] + ["Reaction in Taipei"] + body[2:], doc)


def p38():
    a = ARTICLES["own-b-012"]
    body = paras(a)
    doc = head(a["title"] + " | Accra Mail",
               f'<meta property="article:published_time" content="{a["published"]}T12:00:00Z">'
               '<link rel="canonical" href="https://accramail.example/news/mahama-wins">') + f"""<body>
{nav("Accra Mail")}
<div class="page-grid">
<section class="top-stories"><article class="lead-teaser"><h2><a href="/x">Cedi steadies after election result</a></h2><p>Traders say the currency found support on Monday after weeks of losses before the vote.</p></article></section>
<div class="story-wrapper">
<h1>{E(a["title"])}</h1>
<div class="story-text">
{ps(body)}
</div>
</div>
</div>
<footer>{footer_ps("Accra Mail")}</footer>
</body></html>"""
    page("38-teaser-article-no-main", "a lead teaser is the page's only <article>; the story in plain divs", a, body,
         doc, url="https://accramail.example/news/mahama-wins")


def p39():
    a = ARTICLES["own-d-034"]
    body = paras(a)
    # the date sits in a JSON-LD @graph, as Yoast SEO writes it, beside a WebPage node whose date is older
    ld = jsonld({"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "@id": "https://euobserver-like.example/#webpage", "datePublished": "2019-01-01T00:00:00+00:00"},
        {"@type": "Article", "@id": "https://euobserver-like.example/#article", "headline": a["title"],
         "datePublished": a["published"] + "T05:12:00+00:00", "author": {"@id": "https://euobserver-like.example/#/person/1"}},
        {"@type": "Person", "@id": "https://euobserver-like.example/#/person/1", "name": "Sophie Lambert"}]})
    doc = head(a["title"] + " - EU Observer-like", ld) + f"""<body>
{nav("EU Observer-like")}
<div class="td-post-content tagdiv-type">
<h1 class="entry-title">{E(a["title"])}</h1>
{ps(body)}
</div>
<div class="td-related"><h4>Related</h4>{teasers(["own-d-035", "own-d-032"])}</div>
<footer>{footer_ps("EU Observer-like")}</footer>
</body></html>"""
    page("39-yoast-graph-author-by-id", "JSON-LD @graph (Yoast): a WebPage node with an older date, the author by @id",
         a, body, doc, author="Sophie Lambert")


def p40():
    a = ARTICLES["own-c-030"]
    body = paras(a)
    short = "Yunus sworn in as Bangladesh interim leader"
    doc = head(short + " | Dhaka Courier",
               f'<meta property="og:title" content="{E(short)}">'
               f'<meta property="article:published_time" content="{a["published"]}T18:30:00+06:00">') + f"""<body>
{nav("Dhaka Courier")}
<article class="post">
<h1>{E(a["title"])}</h1>
<div class="post-content">
{ps(body)}
</div>
</article>
<footer>{footer_ps("Dhaka Courier")}</footer>
</body></html>"""
    page("40-social-title-differs", "og:title is a shorter social headline; the page's own headline is the <h1>", a,
         body, doc)


for f in [p01, p02, p03, p04, p05, p06, p07, p08, p09, p10, p11, p12, p13, p14, p15, p16, p17, p18, p19, p20, p21,
          p22, p23, p24, p25, p26, p27, p28, p29, p30, p31, p32, p33, p34, p35, p36, p37, p38, p39, p40]:
    f()

with (OUT / "expected.jsonl").open("w", encoding="utf-8") as out:
    for p in PAGES:
        out.write(json.dumps(p, ensure_ascii=False) + "\n")
print(f"{len(PAGES)} pages written to {OUT}")
