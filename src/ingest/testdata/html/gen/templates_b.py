"""Site templates, part two: old and unusual layouts without semantic markup."""
import json
from chrome import RELATED, SECTIONS, esc, nav_list, related_items, comments, render_body


def table_layout(a, n, site="Valley Weekly Online", host="valleyweekly.example"):
    """A 1990s table layout: no classes, text separated by <br><br> in a table cell, the
    date only in the URL, navigation in a side cell."""
    d = a["date"]
    url = f"http://{host}/archive/{d[:4]}/{d[5:7]}/{d[8:10]}/story{n}.html"
    text = "<br><br>\n".join(esc(b.lstrip("#*> ")) for b in a["body"])
    links = "<br>".join(f'<a href="/{s.lower()}.html"><font color="#ffffff">{s}</font></a>' for s in SECTIONS)
    page = f"""<HTML>
<HEAD>
<TITLE>{site}: {esc(a['title'])}</TITLE>
<LINK REL="canonical" HREF="{url}">
</HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#0000CC">
<TABLE WIDTH="760" BORDER="0" CELLPADDING="0" CELLSPACING="0">
<TR><TD COLSPAN="3"><IMG SRC="/img/masthead.gif" WIDTH="760" HEIGHT="90" ALT="{site}"></TD></TR>
<TR>
<TD WIDTH="140" VALIGN="top" BGCOLOR="#003366"><FONT FACE="Arial" SIZE="2">{links}</FONT><BR><BR>
<FONT FACE="Arial" SIZE="1" COLOR="#FFFFFF">Site best viewed at 800x600</FONT></TD>
<TD WIDTH="480" VALIGN="top"><FONT FACE="Times New Roman" SIZE="3">
<FONT SIZE="5"><B>{esc(a['title'])}</B></FONT><BR><BR>
<I>By {esc(a['author'])}</I><BR><BR>
{text}
<BR><BR><CENTER><A HREF="/index.html">Back to top</A> | <A HREF="/archive/">Archive</A> | <A HREF="mailto:editor@valleyweekly.example">E-mail the editor</A></CENTER>
</FONT></TD>
<TD WIDTH="140" VALIGN="top"><FONT FACE="Arial" SIZE="1"><B>ADVERTISEMENT</B><BR><IMG SRC="/ads/banner{n}.gif" WIDTH="120" HEIGHT="600"><BR><BR>
<B>Classifieds</B><BR><A HREF="/classifieds/cars.html">Cars</A><BR><A HREF="/classifieds/jobs.html">Jobs</A><BR><A HREF="/classifieds/homes.html">Homes</A></FONT></TD>
</TR>
<TR><TD COLSPAN="3" ALIGN="center"><FONT SIZE="1">Copyright &copy; 1999-2023 {site}. All rights reserved.</FONT></TD></TR>
</TABLE>
</BODY>
</HTML>
"""
    meta = dict(title=a["title"], published=d[:10], site_name="", canonical_url=url)
    return page, meta


def div_soup(a, n, site="Pulse", host="pulse.example"):
    """A single-page app rendered to HTML: generated class names, no semantic tags,
    every paragraph in its own div, a trending list and a newsletter box of prose."""
    d = a["date"]
    url = f"https://{host}/a/{a['slug']}"
    paras = "\n".join(
        f'<div class="css-k3p{i % 3}x r-{n}a{i}"><div class="css-901oao">{esc(b.lstrip("#*> "))}</div></div>'
        for i, b in enumerate(a["body"]))
    trending = "".join(
        f'<div class="css-1dbjc4n"><span class="css-16my406">{i + 1}</span><a class="css-4rbku5" href="/a/t{i}">{esc(t)}</a></div>'
        for i, t in enumerate(RELATED[n % 5:n % 5 + 5]))
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8">
<meta name="date" content="{d}"><meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="{site}"><meta property="og:url" content="{url}">
<meta name="author" content="{esc(a['author'])}">
<title>{esc(a['title'])} - {site}</title>
<script id="__NEXT_DATA__" type="application/json">{{"props":{{"pageProps":{{"id":{n}}}}}}}</script>
</head><body><div id="__next"><div class="css-1a2b3c">
<div class="css-xyz123">{''.join(f'<a class="css-nav{i}" href="/{s.lower()}">{s}</a>' for i, s in enumerate(SECTIONS))}</div>
<div class="css-grid0"><div class="css-col-main">
<div class="css-h1x"><div role="heading" aria-level="1" class="css-title">{esc(a['title'])}</div></div>
<div class="css-by9"><a href="/u/x" class="css-au">{esc(a['author'])}</a> · <span>{d[:10]}</span></div>
{paras}
<div class="css-nl77"><div class="css-nl-t">Get the Pulse briefing</div><div class="css-nl-b">Every weekday morning we send the five stories you need to start the day, written by our editors and delivered straight to your inbox before eight.</div><a class="css-btn" href="/join">Sign up</a></div>
</div><div class="css-col-side"><div class="css-tr-h">Trending</div>{trending}</div></div>
<div class="css-foot"><a href="/about">About</a> <a href="/privacy">Privacy</a> <a href="/terms">Terms</a> <span>© 2023 {site} Inc.</span></div>
</div></div></body></html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta


def amp(a, n, site="Coastline News", host="coastlinenews.example"):
    """An AMP page: amp-* elements, social share bar, JSON-LD with a @graph."""
    d = a["date"]
    url = f"https://{host}/{d[:4]}/{d[5:7]}/{a['slug']}/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": f"https://{host}/#org", "name": site},
        {"@type": "Person", "@id": f"https://{host}/#author", "name": a["author"]},
        {"@type": "WebPage", "@id": url, "url": url, "name": a["title"]},
        {"@type": "NewsArticle", "headline": a["title"], "datePublished": d,
         "author": {"@id": f"https://{host}/#author"}, "publisher": {"@id": f"https://{host}/#org"},
         "isPartOf": {"@id": url}}]}
    body = render_body(a["body"], between=lambda i: (
        '<amp-ad width="300" height="250" type="doubleclick" data-slot="/123/news"><div fallback>Advertisement</div></amp-ad>'
        if i == 0 else None))
    page = f"""<!doctype html>
<html amp lang="{a['lang']}">
<head>
<meta charset="utf-8">
<script async src="https://cdn.ampproject.org/v0.js"></script>
<title>{esc(a['title'])}</title>
<link rel="canonical" href="{url}">
<meta name="viewport" content="width=device-width">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>
<style amp-custom>.story{{max-width:640px}}</style>
</head>
<body>
<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{related_items(n, 4)}</ul></amp-sidebar>
<header class="amp-header"><button on="tap:sidebar.toggle">Menu</button><a href="/">{site}</a></header>
<article class="story">
<h1>{esc(a['title'])}</h1>
<div class="story-meta">by {esc(a['author'])} | <time datetime="{d}">{d[:10]}</time></div>
<amp-img src="/img/{n}.jpg" width="640" height="360" layout="responsive" alt=""></amp-img>
<div class="amp-social-share-bar"><amp-social-share type="twitter"></amp-social-share><amp-social-share type="facebook"></amp-social-share><span>Share</span></div>
{body}
</article>
<section class="amp-related"><h2>You may also like</h2><ul>{related_items(n + 3, 4)}</ul></section>
<footer><p>&copy; {site}</p><a href="{url}">View full site</a></footer>
</body>
</html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta


def wire(a, n, site="Globe Wire", host="www.globewire.example", place="LONDON"):
    """A wire service: dateline in the first paragraph, one div per paragraph with
    generated class names, a reporting credit line, trust-principles link."""
    d = a["date"]
    url = f"https://{host}/world/{a['slug']}-{d[:10]}/"
    body = list(a["body"])
    body[0] = f"{place}, {d[:10]} ({site}) - " + body[0]
    paras = "\n".join(
        f'<div class="article-body__element__2p5pI"><p class="text__text__1FZLe text__dark-grey__3Ml43 body__full_width__ekUdw" data-testid="paragraph-{i}">{esc(b.lstrip("#*> "))}</p></div>'
        for i, b in enumerate(body))
    credit = f"Reporting by {a['author']}; Editing by Mark Heinrich"
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": d, "author": [{"@type": "Person", "name": a["author"]}],
          "publisher": {"@type": "Organization", "name": site}}
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8">
<title>{esc(a['title'])} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:url" content="{url}">
<script type="application/ld+json">{json.dumps(ld)}</script></head>
<body><div id="fusion-app"><header class="site-header__header__2K6GM"><nav>{nav_list("nav-bar__list", "nav-bar__item")}</nav></header>
<main class="regular-article-layout__main__1tx7k"><article class="article__container__2MxEQ">
<header class="article-header__header__1NaAR"><h1 data-testid="Heading">{esc(a['title'])}</h1>
<div class="article-header__author-date__1kGrl"><p>By <a href="/authors/x">{esc(a['author'])}</a></p><time datetime="{d}"><span>{d[:10]}</span></time></div>
<span class="article-header__reading-time">3 minute read</span></header>
<div class="article-body__content__17Yit">
{paras}
<p class="text__text__1FZLe sign-off__text__PU3Ja" data-testid="SignOffLine">{esc(credit)}</p>
<p class="trust-badge"><a href="/trust-principles/">Our Standards: The {site} Trust Principles.</a></p>
</div></article>
<div class="related-coverage"><h3>Related Coverage</h3><ul>{related_items(n, 3)}</ul></div>
</main><footer class="site-footer"><p>All quotes delayed a minimum of 15 minutes.</p><p>&copy; 2023 {site}. All rights reserved</p></footer></div></body></html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta, [body[0]] + body[1:] + [credit]


def live_blog(a, n, site="Metro Live", host="metrolive.example"):
    """A live blog: key-events link list, entries with timestamps in a meta box and
    entry headings, share links per entry."""
    d = a["date"]
    url = f"https://{host}/live/{a['slug']}"
    entries = []
    keys = []
    for i, b in enumerate(reversed([x for x in a["body"] if not x.startswith("## ")])):
        title = f"Update {len(a['body']) - i}"
        keys.append(f'<li><a href="#e{i}">{title}</a></li>')
        entries.append(
            f'<div class="live-entry" id="e{i}"><div class="live-entry__meta"><time datetime="{d[:10]}T1{i}:0{i}">1{i}:0{i}</time></div>'
            f'<h3 class="live-entry__title">{title}</h3><div class="live-entry__body"><p>{esc(b.lstrip("*> "))}</p></div>'
            f'<div class="live-entry__share"><a href="#">Share</a></div></div>')
    expected = []
    for i, b in enumerate(reversed([x for x in a["body"] if not x.startswith("## ")])):
        expected += [f"Update {len(a['body']) - i}", b.lstrip("*> ").strip()]
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": a["title"],
          "datePublished": d, "coverageStartTime": d, "author": {"@type": "Person", "name": a["author"]}}
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8">
<title>{esc(a['title'])} – live updates</title>
<meta property="og:title" content="{esc(a['title'])} – live updates">
<link rel="canonical" href="{url}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script></head>
<body><header><nav>{nav_list()}</nav></header>
<main><div class="live-header"><span class="live-badge">LIVE</span><h1>{esc(a['title'])} – live updates</h1></div>
<div class="key-events"><h2>Key events</h2><ul>{''.join(keys)}</ul></div>
<div class="live-blog">{''.join(entries)}</div>
<div class="live-blog__pagination"><a href="?page=2">Older posts</a></div></main>
<footer>{site} &copy; 2023</footer></body></html>
"""
    meta = dict(title=a["title"] + " – live updates", published=d, author=a["author"],
                canonical_url=url, language=a["lang"])
    return page, meta, expected
