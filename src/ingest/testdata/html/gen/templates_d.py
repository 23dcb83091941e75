"""Site templates, part four: short briefs among teasers, odd comment sections,
minimal pages, grid frameworks, block-based CMSs, legacy character sets."""
import json
from chrome import RELATED, SECTIONS, esc, nav_list, related_items, comments, render_body


def brief_grid(a, n, site="County Today", host="countytoday.example"):
    """A short brief on a page dominated by a grid of teasers with summaries."""
    d = a["date"]
    url = f"https://{host}/{d[:4]}/{d[5:7]}/{d[8:10]}/{a['slug']}"
    summaries = [
        "Residents packed the hall on Tuesday to hear plans for the new bypass, which would cut through farmland east of the village.",
        "The club's new coach says he wants to build a team around young local players rather than expensive signings.",
        "After forty years behind the counter, the owner of the town's oldest hardware shop is retiring, and nobody wants to take over.",
        "Volunteers planted 3,000 trees along the river over the weekend, the largest such effort in the county's history.",
        "Police say a spate of catalytic converter thefts appears to be the work of a single gang travelling between towns.",
        "A new survey suggests that one in four households in the county is struggling to pay heating bills this winter.",
    ]
    grid = "".join(
        f'<div class="teaser"><a href="/s/{i}"><img src="/i/{i}.jpg" alt=""></a><h3><a href="/s/{i}">{esc(RELATED[(n + i) % len(RELATED)])}</a></h3><p>{esc(s)}</p></div>'
        for i, s in enumerate(summaries))
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8"><title>{esc(a['title'])} | {site}</title>
<meta property="og:site_name" content="{site}"><meta property="og:title" content="{esc(a['title'])}">
<meta property="article:published_time" content="{d}"><link rel="canonical" href="{url}"></head>
<body><header><div class="logo">{site}</div><nav>{nav_list()}</nav></header>
<div class="page"><div class="story"><h1>{esc(a['title'])}</h1><p class="story-byline">{esc(a['author'])}</p>
<div class="story-text">{render_body(a['body'])}</div></div>
<div class="latest"><h2>Latest news</h2><div class="teaser-grid">{grid}</div></div>
<div class="latest-more"><a href="/news">More news</a></div></div>
<footer><p>{site} is part of Regional Media Ltd.</p></footer></body></html>
"""
    meta = dict(title=a["title"], published=d, site_name=site, canonical_url=url, language=a["lang"])
    return page, meta


def reader_responses(a, n, site="The Civic Observer", host="civicobserver.example"):
    """Reader responses (a comment thread) under names the word lists do not know,
    longer than the article itself."""
    d = a["date"]
    url = f"https://{host}/stories/{a['slug']}"
    resp = "".join(
        f'<div class="response-card"><div class="response-card__who">{esc(w)}</div><p>{esc(t)}</p><p>{esc(comments(n + i + 5, 1)[0][1])}</p><div class="response-card__actions"><a href="#">Like</a> <a href="#">Report</a></div></div>'
        for i, (w, t) in enumerate(comments(n, 10)))
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8"><title>{esc(a['title'])} — {site}</title>
<meta property="og:site_name" content="{site}"><meta name="pubdate" content="{d[:10]}"><meta name="author" content="{esc(a['author'])}"></head>
<body><div class="chrome-top">{nav_list()}</div>
<div class="wrapper"><h1>{esc(a['title'])}</h1>
<div class="story">{render_body(a['body'])}</div>
<section class="reader-responses"><h2>Reader responses (10)</h2>{resp}</section></div>
<div class="bottom-links"><a href="/about">About</a> <a href="/contact">Contact</a></div></body></html>
"""
    meta = dict(title=a["title"], published=d[:10], author=a["author"], site_name=site, language=a["lang"])
    return page, meta


def minimal(a, n, site="Newsroom Notes", host="notes.example"):
    """A hand-written HTML5 page: <main>, no chrome, title suffix in <title> only."""
    d = a["date"]
    page = f"""<!doctype html>
<html lang="{a['lang']}">
<meta charset="utf-8">
<title>{esc(a['title'])} - {site}</title>
<main>
<h1>{esc(a['title'])}</h1>
<p><small>{esc(a['author'])}, <time datetime="{d}">{d[:10]}</time></small></p>
{render_body(a['body'])}
</main>
"""
    meta = dict(title=a["title"], published=d, language=a["lang"])
    return page, meta


def bootstrap(a, n, site="Lakeside Post", host="lakesidepost.example"):
    """Bootstrap grid: content in col-md-8 with an unnamed text div, sidebar col-md-4
    with a most-read list and a prose box; date in <time> inside the article."""
    d = a["date"]
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8">
<title>{esc(a['title'])} | {site}</title><meta property="og:site_name" content="{site}">
<meta name="description" content="{esc(a['body'][0][:120])}"></head>
<body><nav class="navbar navbar-expand-lg navbar-light bg-light"><a class="navbar-brand" href="/">{site}</a><div class="collapse navbar-collapse"><ul class="navbar-nav">{''.join(f'<li class="nav-item"><a class="nav-link" href="/{s.lower()}">{s}</a></li>' for s in SECTIONS[:8])}</ul></div></nav>
<div class="container mt-4"><div class="row">
<div class="col-md-8"><article><h1 class="display-5">{esc(a['title'])}</h1>
<p class="text-muted small">{esc(a['author'])} &bull; <time datetime="{d[:10]}">{d[:10]}</time></p>
<div class="lead-text">{render_body(a['body'])}</div></article></div>
<div class="col-md-4"><div class="card mb-3"><div class="card-header">Most read</div><ul class="list-group list-group-flush">{related_items(n, 5).replace('<li>', '<li class="list-group-item">')}</ul></div>
<div class="card"><div class="card-body"><h5 class="card-title">Support local journalism</h5><p class="card-text">The {site} is owned by its readers. A monthly contribution of any size helps us keep reporting on the lake towns, their councils and their courts, and keeps every story free to read.</p><a href="/donate" class="btn btn-primary">Contribute</a></div></div></div>
</div></div>
<div class="container"><hr><p class="text-center small">&copy; {site} Cooperative 2023</p></div></body></html>
"""
    meta = dict(title=a["title"], published=d[:10], site_name=site, language=a["lang"])
    return page, meta


def blocks(a, n, site="National Broadcaster News", host="www.nbn.example"):
    """A block-based CMS: each paragraph in a text block, image blocks with captions,
    a links block of related stories in the middle of the text."""
    d = a["date"]
    url = f"https://{host}/news/uk-{60000000 + n}"

    def between(i):
        if i == 0:
            return ('<div data-component="image-block" class="ssrcss-image"><figure><img src="/i.jpg" alt="">'
                    '<span class="ssrcss-credit" role="text">IMAGE SOURCE, GETTY IMAGES</span>'
                    '<figcaption class="ssrcss-caption">The view from the scene on the day</figcaption></figure></div>')
        if i == 2:
            return (f'<div data-component="links-block" class="ssrcss-links"><h2>Related Topics</h2><ul>{related_items(n, 3)}</ul></div>')
        return None
    body = render_body(a["body"], p='<div data-component="text-block" class="ssrcss-11r1m41-RichTextComponentWrapper"><div class="ssrcss-7uxr49-RichTextContainer"><p class="ssrcss-1q0x1qg-Paragraph">{}</p></div></div>',
                       h='<div data-component="subheadline-block" class="ssrcss-subhead"><h2 class="ssrcss-1s2f-StyledHeading">{}</h2></div>',
                       between=between)
    page = f"""<!DOCTYPE html><html lang="{a['lang']}-GB"><head><meta charset="utf-8">
<title>{esc(a['title'])} - {site}</title><meta property="og:title" content="{esc(a['title'])} - {site}">
<meta property="og:site_name" content="{site}"><link rel="canonical" href="{url}">
<meta property="article:published_time" content="{d}"></head>
<body><div id="orb-banner"><div class="orb-nav">{nav_list()}</div></div>
<div id="main-content" class="ssrcss-main"><article class="ssrcss-pv1rh6-ArticleWrapper">
<header class="ssrcss-1eqcsb1-HeadingWrapper"><h1 id="main-heading">{esc(a['title'])}</h1></header>
<div data-component="byline-block"><div class="ssrcss-68pt20-Text-TextContributorName">By {esc(a['author'])}</div><div>Correspondent</div></div>
<div data-component="timestamp-block"><time datetime="{d}">{d[:10]}</time></div>
{body}
<div data-component="topic-list"><h2>More on this story</h2><ul>{related_items(n + 3, 3)}</ul></div>
</article>
<div class="ssrcss-most-read"><h2>Most Read</h2><ol>{related_items(n + 6, 5)}</ol></div></div>
<footer id="orb-footer"><p>Copyright 2023 {site}. We are not responsible for the content of external sites.</p></footer></body></html>
"""
    meta = dict(title=a["title"], published=d, site_name=site, canonical_url=url, language=a["lang"])
    return page, meta


def legacy_charset(a, n, charset, declare="meta-charset", site="Diario Regional", host="regional.example"):
    """A page served in a legacy character set, declared by <meta charset> or by
    <meta http-equiv>; returns bytes."""
    d = a["date"]
    url = f"http://{host}/noticias/{d[:4]}/{d[5:7]}/{d[8:10]}/{a['slug']}.html"
    decl = (f'<meta charset="{charset}">' if declare == "meta-charset"
            else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">')
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head>{decl}
<title>{esc(a['title'])} - {site}</title><link rel="canonical" href="{url}">
<meta name="author" content="{esc(a['author'])}"></head>
<body><div id="cabecera"><div id="menu">{nav_list()}</div></div>
<div id="cuerpo"><div id="noticia"><h1>{esc(a['title'])}</h1><div class="firma">{esc(a['author'])}</div>
<div class="texto">{render_body(a['body'])}</div></div>
<div id="lateral"><h3>Lo más leído</h3><ul>{related_items(n, 4)}</ul></div></div>
<div id="pie">&copy; {site}</div></body></html>
"""
    meta = dict(title=a["title"], published=d[:10], author=a["author"], canonical_url=url,
                language=a["lang"])
    return page.encode(charset, errors="xmlcharrefreplace"), meta
