"""Site templates, part one: CMS themes with semantic markup."""
import json
from chrome import RELATED, esc, nav_list, related_items, comments, render_body

SITE = {}


def wp_classic(a, n, site="The Riverton Courier", host="rivertoncourier.example"):
    """A WordPress theme: menu, entry header and meta, share and related boxes inside
    the entry content, tags footer, a long comment thread and reply form, sidebar widgets."""
    d = a["date"]
    url = f"https://{host}/{d[:4]}/{d[5:7]}/{d[8:10]}/{a['slug']}/"
    share = ('<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Share this:</h3>'
             '<ul><li><a href="#">Twitter</a></li><li><a href="#">Facebook</a></li>'
             '<li><a href="#">Email</a></li></ul></div>')
    related = (f'<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline">'
               f'<em>Related</em></h3>{related_items(n, 3, "p")}</div>')
    cm = "".join(
        f'<li class="comment even thread-even depth-1" id="comment-{100 + i}"><article class="comment-body">'
        f'<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">{esc(who)}</b> '
        f'<span class="says">says:</span></div><div class="comment-metadata"><a href="#c{i}">'
        f'<time datetime="{d[:10]}T1{i % 10}:00:00">{d[:10]} at 1{i % 10}:00</time></a></div></footer>'
        f'<div class="comment-content"><p>{esc(text)}</p></div><div class="reply">'
        f'<a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for i, (who, text) in enumerate(comments(n, 9)))
    body = render_body(a["body"])
    page = f"""<!DOCTYPE html>
<html lang="{a['lang']}-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(a['title'])} &#8211; {site}</title>
<link rel="canonical" href="{url}">
<meta property="og:type" content="article">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{d}">
<link rel="stylesheet" href="/wp-content/themes/twentyseventeen/style.css">
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/"}};</script>
</head>
<body class="post-template-default single single-post postid-{4000 + n} single-format-standard has-sidebar comments-open">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<header id="masthead" class="site-header" role="banner">
<div class="site-branding"><p class="site-title"><a href="/" rel="home">{site}</a></p>
<p class="site-description">News for the valley since 1898</p></div>
<nav id="site-navigation" class="main-navigation" role="navigation">{nav_list()}</nav>
</header>
<div class="site-content-contain"><div id="content" class="site-content"><div class="wrap">
<div id="primary" class="content-area"><main id="main" class="site-main" role="main">
<article id="post-{4000 + n}" class="post-{4000 + n} post type-post status-publish format-standard hentry category-news">
<header class="entry-header">
<div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">Posted on</span>
<a href="{url}" rel="bookmark"><time class="entry-date published" datetime="{d}">{d[:10]}</time></a></span>
<span class="byline"> by <span class="author vcard"><a class="url fn n" rel="author" href="/author/x/">{esc(a['author'])}</a></span></span></div>
<h1 class="entry-title">{esc(a['title'])}</h1>
</header>
<div class="entry-content">
{body}
{share}
{related}
</div>
<footer class="entry-footer"><span class="cat-tags-links"><span class="tags-links">Tags: <a href="/tag/local/" rel="tag">local</a>, <a href="/tag/news/" rel="tag">news</a></span></span></footer>
</article>
<nav class="navigation post-navigation" role="navigation"><div class="nav-links">
<div class="nav-previous"><a href="/prev/">Previous Post: Weekend roadworks on the ring road</a></div>
<div class="nav-next"><a href="/next/">Next Post: Library hours change for summer</a></div></div></nav>
<div id="comments" class="comments-area">
<h2 class="comments-title">9 thoughts on &ldquo;{esc(a['title'])}&rdquo;</h2>
<ol class="comment-list">{cm}</ol>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Reply</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<p class="comment-notes"><span id="email-notes">Your email address will not be published.</span> Required fields are marked <span class="required">*</span></p>
<p class="comment-form-comment"><label for="comment">Comment</label> <textarea id="comment" name="comment"></textarea></p>
<p class="comment-form-author"><label for="author">Name *</label> <input id="author" name="author" type="text"></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="Post Comment"></p>
</form></div></div>
</main></div>
<aside id="secondary" class="widget-area" role="complementary">
<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form"><label>Search for:</label><input type="search" class="search-field"></form></section>
<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><ul>{related_items(n + 4, 5)}</ul></section>
<section id="text-3" class="widget widget_text"><h2 class="widget-title">About us</h2><div class="textwidget"><p>{site} is an independent, reader-funded newspaper covering the towns of the river valley, their councils, courts, schools and sports clubs, with a newsroom of eleven journalists.</p></div></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo"><div class="site-info">&copy; 2023 {site}. Proudly powered by WordPress.</div></footer>
</div></div>
</body>
</html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta


def news_modern(a, n, site="Daily Meridian", host="www.dailymeridian.example"):
    """A big news site: JSON-LD, figure with caption and credit, ad slots and "Read |"
    teasers between paragraphs, a teaser grid with summaries below, a cookie banner."""
    d = a["date"]
    url = f"https://{host}/news/{a['slug']}-{1000 + n}"
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a["title"],
          "datePublished": d, "dateModified": d,
          "author": [{"@type": "Person", "name": a["author"], "url": f"https://{host}/by/x"}],
          "publisher": {"@type": "Organization", "name": site,
                        "logo": {"@type": "ImageObject", "url": f"https://{host}/logo.png"}},
          "mainEntityOfPage": url}

    def between(i):
        if i == 1:
            return ('<div class="ad-slot ad-slot--inline" data-ad="mpu1"><span class="ad-label">Advertisement</span>'
                    '<div id="div-gpt-ad-1"></div></div>')
        if i == 2:
            t = RELATED[n % len(RELATED)]
            return (f'<p class="read-also"><strong>Read | </strong><a href="/news/other-{n}">{esc(t)}</a></p>')
        return None
    body = render_body(a["body"], between=between)
    teasers = "".join(
        f'<div class="card"><h3 class="card__title"><a href="/news/t{i}">{esc(t)}</a></h3>'
        f'<p class="card__summary">{esc(s)}</p></div>'
        for i, (t, s) in enumerate([
            ("Why the price of bread keeps rising", "Bakers say flour, energy and wages have all gone up at once, and they see no relief before next year's harvest."),
            ("The town that voted to ban cars from its centre", "A year after the experiment began, shopkeepers and residents are still arguing about whether it worked."),
            ("Inside the race to save a forgotten language", "Only a few dozen fluent speakers remain, but a new school is teaching it to children again."),
        ]))
    page = f"""<!doctype html>
<html lang="{a['lang']}">
<head>
<meta charset="utf-8">
<title>{esc(a['title'])} | {site}</title>
<meta name="description" content="{esc(a['body'][0][:150])}">
<meta property="og:title" content="{esc(a['title'])}">
<meta property="og:url" content="{url}">
<meta property="og:site_name" content="{site}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script async src="https://securepubads.example/tag/js/gpt.js"></script>
<style>.ad-slot{{min-height:250px}}</style>
</head>
<body>
<div id="cookie-consent" class="cookie-banner"><p>We use cookies and similar technologies to improve your experience, measure audiences and show you personalised advertising. You can change your choices at any time in the privacy centre.</p><button>Accept all</button><button>Manage choices</button></div>
<header class="site-header"><a class="logo" href="/">{site}</a><nav aria-label="Sections">{nav_list("nav-list", "nav-item")}</nav>
<a class="subscribe-cta" href="/subscribe">Subscribe from $1 a week</a></header>
<main id="main-content">
<article class="article">
<div class="article__header"><span class="kicker">News</span><h1 class="article__headline">{esc(a['title'])}</h1>
<p class="article__byline">By <a href="/by/x">{esc(a['author'])}</a></p>
<time class="article__date" datetime="{d}">{d[:10]}</time></div>
<figure class="article__lead-image"><img src="/img/{a['slug']}.jpg" alt="">
<figcaption><span class="caption-text">The scene on the day, photographed from the street.</span> <span class="credit">Photo: Staff photographer</span></figcaption></figure>
<div class="article__body" itemprop="articleBody">
{body}
</div>
<div class="article__share"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <a href="#">Copy link</a></div>
</article>
<section class="more-stories"><h2>More from {site}</h2>{teasers}</section>
</main>
<footer class="site-footer"><ul>{related_items(n, 4)}</ul><p>&copy; 2023 {site} Media Group. All rights reserved.</p></footer>
</body>
</html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta


def drupal(a, n, site="Northfield Gazette", host="northfieldgazette.example"):
    """A Drupal 7 site: regions, blocks, field items; date as meta name=date in prose
    form, author only in a submitted line."""
    d = a["date"]
    url = f"https://{host}/node/{20000 + n}"
    body = render_body(a["body"])
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML+RDFa 1.0//EN" "http://www.w3.org/MarkUp/DTD/xhtml-rdfa-1.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="{a['lang']}" version="XHTML+RDFa 1.0" lang="{a['lang']}">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="date" content="{d[:10]}" />
<meta name="author" content="{esc(a['author'])}" />
<link rel="canonical" href="{url}" />
<title>{esc(a['title'])} | {site}</title>
</head>
<body class="html not-front not-logged-in one-sidebar sidebar-second page-node page-node- page-node-{20000 + n} node-type-article">
<div id="skip-link"><a href="#main-content" class="element-invisible element-focusable">Skip to main content</a></div>
<div id="page-wrapper"><div id="page">
<div id="header"><div class="section clearfix"><a href="/" title="Home" rel="home" id="logo">{site}</a>
<div class="region region-header"><div id="block-search-form" class="block block-search"><div class="content"><form action="/" method="post"><input type="text" name="search_block_form" /></form></div></div></div></div></div>
<div id="navigation"><div class="section"><ul class="links inline clearfix">{related_items(0, 0)}<li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/events">Events</a></li><li><a href="/obituaries">Obituaries</a></li></ul></div></div>
<div id="breadcrumb"><div class="breadcrumb"><a href="/">Home</a> &raquo; <a href="/news">News</a></div></div>
<div id="main-wrapper" class="clearfix"><div id="main" class="clearfix">
<div id="content" class="column"><div class="section">
<a id="main-content"></a>
<h1 class="title" id="page-title">{esc(a['title'])}</h1>
<div class="region region-content"><div id="block-system-main" class="block block-system">
<div class="content"><div id="node-{20000 + n}" class="node node-article node-promoted clearfix">
<div class="meta submitted">Submitted by {esc(a['author'])} on {d[:10]}</div>
<div class="content clearfix">
<div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">
{body}
</div></div></div>
<div class="field field-name-field-tags field-type-taxonomy-term-reference field-label-above"><div class="field-label">Tags:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/tags/local">Local</a></div></div></div>
</div>
<ul class="links inline"><li class="comment-add first last"><a href="/comment/reply/{20000 + n}#comment-form">Add new comment</a></li></ul>
</div></div></div></div>
</div></div>
<div id="sidebar-second" class="column sidebar"><div class="section"><div class="region region-sidebar-second">
<div id="block-views-popular-block" class="block block-views"><h2>Most read</h2><div class="content"><ol>{related_items(n + 2, 5)}</ol></div></div>
<div id="block-block-3" class="block block-block"><h2>Contact the newsroom</h2><div class="content"><p>Have a story for us? Call the newsroom on 01632 960123 or email news@northfieldgazette.example, and a reporter will get back to you as soon as possible.</p></div></div>
</div></div></div>
</div></div>
<div id="footer-wrapper"><div class="section"><div id="footer" class="region region-footer"><p>&copy; {site} Ltd, 14 Market Street, Northfield.</p></div></div></div>
</div></div>
</body>
</html>
"""
    meta = dict(title=a["title"], published=d[:10], author=a["author"], site_name="",
                canonical_url=url, language=a["lang"])
    return page, meta
