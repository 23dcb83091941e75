"""Site templates, part three: paywalls, blogs, magazines, grids, charsets."""
import json
from chrome import RELATED, SECTIONS, esc, nav_list, related_items, comments, render_body


def paywall(a, n, site="The Ledger", host="ledger.example"):
    """Two free paragraphs, then a subscription wall written as prose."""
    d = a["date"]
    url = f"https://{host}/business/{d[:4]}/{d[5:7]}/{d[8:10]}/{a['slug']}"
    free = a["body"][:2]
    page = f"""<!DOCTYPE html><html lang="{a['lang']}"><head><meta charset="utf-8">
<title>{esc(a['title'])} - {site}</title><meta property="og:site_name" content="{site}">
<meta property="article:published_time" content="{d}"><meta name="author" content="{esc(a['author'])}">
<link rel="canonical" href="{url}"></head>
<body><div class="top-bar"><a href="/login">Log in</a> <a href="/subscribe">Subscribe</a></div>
<header class="masthead"><a href="/">{site}</a>{nav_list()}</header>
<div class="story-wrapper"><h1 class="headline">{esc(a['title'])}</h1>
<div class="byline-block">{esc(a['author'])} &middot; {d[:10]}</div>
<section class="story-body">{render_body(free)}</section>
<div class="paywall-prompt"><h2>Continue reading with a subscription</h2>
<p>Our journalism holds the powerful to account and tells the stories that matter to your community. Subscribers get unlimited access to every article, the daily e-paper and our award-winning newsletters.</p>
<p>Start today for just $1 for the first month, then $9.99 a month. Cancel anytime, no questions asked.</p>
<a class="btn" href="/subscribe">Subscribe now</a> <a href="/login">Already a subscriber? Log in</a></div>
</div>
<footer class="site-footer"><p>&copy; {site} Publishing Co.</p></footer></body></html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site, canonical_url=url)
    return page, meta, [b.lstrip("#*> ").strip() for b in free]


def blogger(a, n, site="Notes from the Fen", host="fennotes.blogspot.example"):
    """A Blogger blog: text separated by <br>, a comment thread longer than the post,
    a blog archive sidebar."""
    d = a["date"]
    url = f"https://{host}/{d[:4]}/{d[5:7]}/{a['slug']}.html"
    text = "<br />\n<br />\n".join(esc(b.lstrip("#*> ")) for b in a["body"])
    cms = "".join(
        f'<li class="comment" id="c{n}{i}"><div class="comment-block"><div class="comment-header"><cite class="user">{esc(w)}</cite>'
        f'<span class="datetime secondary-text"><a rel="nofollow" href="#c{i}">{d[:10]} {10 + i}:15</a></span></div>'
        f'<p class="comment-content">{esc(t)} {esc(comments(n + i + 3, 1)[0][1])}</p><span class="comment-actions secondary-text"><a href="#">Reply</a><a href="#">Delete</a></span></div></li>'
        for i, (w, t) in enumerate(comments(n, 12)))
    page = f"""<!DOCTYPE html>
<html class="v2" dir="ltr" lang="{a['lang']}">
<head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type"/>
<title>{site}: {esc(a['title'])}</title>
<link href="{url}" rel="canonical"/>
<meta content="{esc(a['title'])}" property="og:title"/>
</head>
<body class="loading variant-simplysimple">
<div class="content"><div class="content-outer"><div class="header-outer"><div class="region-inner header-inner"><div class="header section" id="header"><div class="widget Header" id="Header1"><h1 class="title"><a href="/">{site}</a></h1><p class="description">Birds, weather and village life on the edge of the marsh</p></div></div></div></div>
<div class="main-outer"><div class="columns fauxcolumns"><div class="columns-inner"><div class="column-center-outer"><div class="column-center-inner"><div class="main section" id="main"><div class="widget Blog" id="Blog1"><div class="blog-posts hfeed">
<div class="date-outer"><h2 class="date-header"><span>{d[:10]}</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">{esc(a['title'])}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{n}">
{text}
<div style="clear: both;"></div></div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Posted by <span class="fn"><a href="/profile/x" rel="author">{esc(a['author'])}</a></span></span>
<span class="post-comment-link"><a class="comment-link" href="#comments">12 comments:</a></span></div>
<div class="post-share-buttons goog-inline-block"><a class="share-button sb-email" href="#">Email This</a><a class="share-button sb-blog" href="#">BlogThis!</a><a class="share-button sb-twitter" href="#">Share to Twitter</a></div></div>
</div>
<div class="comments" id="comments"><h4>12 comments:</h4><div class="comments-content"><ol>{cms}</ol></div>
<p class="comment-footer"><a href="#">Post a Comment</a></p></div>
</div></div></div></div>
<div class="blog-pager" id="blog-pager"><a class="blog-pager-newer-link" href="#">Newer Post</a> <a class="blog-pager-older-link" href="#">Older Post</a> <a class="home-link" href="/">Home</a></div>
</div></div></div></div></div>
<div class="column-right-outer"><div class="column-right-inner"><aside><div class="sidebar section" id="sidebar-right-1"><div class="widget BlogArchive" id="BlogArchive1"><h2>Blog Archive</h2><ul>{related_items(n, 6)}</ul></div>
<div class="widget Profile" id="Profile1"><h2>About Me</h2><div class="widget-content"><p>Retired schoolteacher, amateur birder, and long-suffering supporter of the village cricket team. I have lived by the fen for thirty years and write about whatever the weather brings.</p></div></div></div></aside></div></div>
</div></div></div></div></div>
</body></html>
"""
    meta = dict(title=a["title"], published=f"{d[:7]}", author=a["author"], canonical_url=url,
                language=a["lang"])
    return page, meta


def magazine(a, n, site="The Long Read Review", host="longreadreview.example"):
    """A magazine: subheadings, lists and a pull quote inside the text, an author bio
    box of prose after it, a newsletter sign-up box."""
    d = a["date"]
    url = f"https://{host}/features/{a['slug']}"
    body = render_body(a["body"], h='<h2 class="section-heading">{}</h2>',
                       between=lambda i: ('<aside class="pullquote"><p>&ldquo;It was not visible from the outside.&rdquo;</p></aside>' if i == 1 else None))
    ld = {"@context": "https://schema.org", "@type": "Article", "headline": a["title"],
          "datePublished": d[:10], "dateModified": d[:10],
          "author": {"@type": "Person", "name": a["author"]},
          "publisher": {"@type": "Organization", "name": site}}
    page = f"""<!DOCTYPE html><html lang="{a['lang']}-GB"><head><meta charset="utf-8">
<title>{esc(a['title'])} | {site}</title>
<script type="application/ld+json">{json.dumps(ld)}</script>
<link rel="canonical" href="{url}"></head>
<body class="template-feature">
<header id="top"><div class="brand">{site}</div><nav class="primary-nav">{nav_list()}</nav></header>
<div class="layout"><main class="layout__main">
<div class="feature-hero"><p class="feature-hero__rubric">Feature</p><h1>{esc(a['title'])}</h1>
<p class="feature-hero__standfirst">A closer look at the story behind the headlines.</p>
<p class="feature-hero__byline">Words by <a rel="author" href="/contributors/x">{esc(a['author'])}</a></p></div>
<div class="prose">
{body}
</div>
<div class="author-bio"><h3>About the author</h3><p>{esc(a['author'])} is a contributing writer who has reported from more than thirty countries. Their work has appeared in several national newspapers and magazines, and they are currently writing a book about coastal communities.</p></div>
<div class="newsletter-signup"><h3>Enjoyed this?</h3><p>Sign up to our weekly newsletter and get the best of our long reads, essays and reviews in your inbox every Sunday morning, free of charge.</p><form><input type="email"><button>Sign up</button></form></div>
</main>
<div class="layout__rail"><div class="rail-module"><h3>Popular this week</h3><ol>{related_items(n, 5)}</ol></div></div></div>
<footer class="global-footer"><p>&copy; {site} 2023</p></footer></body></html>
"""
    meta = dict(title=a["title"], published=d[:10], author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta


def newspaper_theme(a, n, site="Harbour Herald", host="harbourherald.example"):
    """The tagDiv Newspaper WordPress theme with a Yoast SEO @graph: td-post-content,
    share buttons above and below, a related-posts block with excerpts."""
    d = a["date"]
    url = f"https://{host}/{a['slug']}/"
    ld = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "@id": f"https://{host}/#website", "url": f"https://{host}/", "name": site,
         "publisher": {"@id": f"https://{host}/#organization"}},
        {"@type": "Organization", "@id": f"https://{host}/#organization", "name": site},
        {"@type": "WebPage", "@id": f"{url}#webpage", "url": url, "name": f"{a['title']} - {site}",
         "datePublished": d, "isPartOf": {"@id": f"https://{host}/#website"}},
        {"@type": ["Article", "NewsArticle"], "@id": f"{url}#article", "headline": a["title"],
         "datePublished": d, "dateModified": d, "author": {"@id": f"https://{host}/#/schema/person/{n}"},
         "publisher": {"@id": f"https://{host}/#organization"}},
        {"@type": "Person", "@id": f"https://{host}/#/schema/person/{n}", "name": a["author"]}]}
    share = ('<div class="td-post-sharing td-post-sharing-top"><div class="td-post-sharing-visible">'
             '<a class="td-social-sharing-button td-social-facebook" href="#"><span>Facebook</span></a>'
             '<a class="td-social-sharing-button td-social-twitter" href="#"><span>Twitter</span></a>'
             '<a class="td-social-sharing-button td-social-whatsapp" href="#"><span>WhatsApp</span></a></div></div>')
    rel = "".join(
        f'<div class="td-related-span4"><div class="td_module_related_posts"><h3 class="entry-title td-module-title"><a href="/r{i}/">{esc(t)}</a></h3>'
        f'<div class="td-excerpt">The full story, with reaction from residents and officials, on page {i + 2}.</div></div></div>'
        for i, t in enumerate(RELATED[n % 6:n % 6 + 3]))
    page = f"""<!doctype html><html lang="{a['lang']}-US"><head><meta charset="UTF-8" />
<title>{esc(a['title'])} - {site}</title>
<meta property="og:title" content="{esc(a['title'])} - {site}" />
<meta property="og:site_name" content="{site}" />
<meta property="og:url" content="{url}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld)}</script></head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 single_template_2">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="td-header-wrap td-header-style-1"><div class="td-header-menu-wrap-full"><div class="td-header-main-menu"><div id="td-header-menu" role="navigation">{nav_list("sf-menu", "menu-item")}</div></div></div></div>
<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default"><div class="td-crumb-container"><div class="entry-crumbs"><span><a href="/">Home</a></span> <span>News</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{n}" class="post-{n} post type-post status-publish format-standard has-post-thumbnail category-news">
<div class="td-post-header"><header class="td-post-title"><h1 class="entry-title">{esc(a['title'])}</h1>
<div class="td-module-meta-info"><div class="td-post-author-name"><div class="td-author-by">By</div> <a href="/author/x/">{esc(a['author'])}</a></div>
<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{d}">{d[:10]}</time></span></div></header></div>
{share}
<div class="td-post-content tagdiv-type">
<div class="td-post-featured-image"><figure><img src="/x.jpg" alt=""><figcaption class="wp-caption-text">Photo by staff</figcaption></figure></div>
{render_body(a['body'])}
</div>
<footer><div class="td-post-source-tags"><ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li><li><a href="/tag/local/">local</a></li></ul></div>
{share.replace('td-post-sharing-top', 'td-post-sharing-bottom')}
<div class="td-author-name vcard author"><a href="/author/x/">{esc(a['author'])}</a></div></footer>
</article>
<div class="td_block_wrap td_block_related_posts td_with_ajax_pagination"><h4 class="td-related-title"><a href="#">RELATED ARTICLES</a><a href="#">MORE FROM AUTHOR</a></h4><div class="td_block_inner"><div class="td-related-row">{rel}</div></div></div>
</div></div>
<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar"><div class="td_block_wrap td_block_social_counter"><span>12,340 Fans</span><span>LIKE</span></div></div></div>
</div></div></div>
<div class="td-footer-wrapper"><div class="td-footer-info"><p>Harbour Herald brings you the latest news from the harbour and beyond.</p></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; Copyright - {site}</div></div>
</div></body></html>
"""
    meta = dict(title=a["title"], published=d, author=a["author"], site_name=site,
                canonical_url=url, language=a["lang"])
    return page, meta
