#!/usr/bin/env python3
"""Writes the HTML test pages: NAME.html, NAME.txt (expected main text, paragraphs
separated by one blank line) and NAME.json (expected metadata) into ../

The pages are invented: each article text in articles.py is placed in one site
template (templates_*.py) that imitates the structure of a kind of real news site. The
expected text is the article's own blocks, which the generator knows, so the ground
truth does not depend on any extractor. Run from anywhere: python3 make_pages.py
"""
import json
import os

import articles
from chrome import expected_blocks
from templates_a import wp_classic, news_modern, drupal
from templates_b import table_layout, div_soup, amp, wire, live_blog
from templates_c import paywall, blogger, magazine, newspaper_theme
from templates_d import brief_grid, reader_responses, minimal, bootstrap, blocks, legacy_charset

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def legacy(charset, declare="meta-charset"):
    return lambda a, n: legacy_charset(a, n, charset, declare)


def undeclared_cp1252(a, n):
    page, meta = minimal(a, n)
    page = page.replace('<meta charset="utf-8">\n', "")
    return page.encode("cp1252"), meta


def with_bom(a, n):
    page, meta = minimal(a, n)
    page = page.replace('<meta charset="utf-8">\n', "")
    return b"\xef\xbb\xbf" + page.encode("utf-8"), meta


PLAN = [
    ("council-budget", "wp-classic", wp_classic),
    ("drought-farmers", "news-modern", news_modern),
    ("rail-strike", "wire", lambda a, n: wire(a, n, place="LONDON")),
    ("museum-reopens", "drupal", drupal),
    ("vaccine-trial", "magazine", magazine),
    ("transfer-record", "div-soup", div_soup),
    ("earthquake-coast", "wire", lambda a, n: wire(a, n, place="TOKYO")),
    ("rates-hold", "newspaper-theme", newspaper_theme),
    ("wildfire-evacuation", "live-blog", live_blog),
    ("recount", "table-layout", table_layout),
    ("bridge-closure", "blocks", blocks),
    ("tech-layoffs", "paywall", paywall),
    ("school-meals", "magazine", magazine),
    ("port-congestion", "amp", amp),
    ("heatwave", "bootstrap", bootstrap),
    ("chess-final", "blogger", blogger),
    ("rocket-launch", "news-modern", news_modern),
    ("flood-valley", "wp-classic", lambda a, n: wp_classic(a, n, "Valley Voice", "valleyvoice.example")),
    ("coral-study", "reader-responses", reader_responses),
    ("housing-market", "newspaper-theme", newspaper_theme),
    ("minimum-wage", "brief-grid", brief_grid),
    ("ferry-grounding", "wire", lambda a, n: wire(a, n, place="ATHENS")),
    ("library-funding", "drupal", drupal),
    ("opera-premiere", "magazine", magazine),
    ("hospital-cyberattack", "div-soup", div_soup),
    ("marathon", "table-layout", table_layout),
    ("wind-farm", "blocks", blocks),
    ("fishing-quotas", "brief-grid", brief_grid),
    ("airport-delays", "live-blog", live_blog),
    ("protest-march", "amp", amp),
    ("harvest", "cp1252", legacy("windows-1252")),
    ("city-cycling", "minimal", minimal),
    ("water-main", "bootstrap", bootstrap),
    ("zoo-birth", "bom", with_bom),
    ("inflation-data", "paywall", paywall),
    ("mine-rescue", "reader-responses", reader_responses),
    ("ai-copyright", "news-modern", news_modern),
    ("snowstorm", "blogger", blogger),
    ("fiesta-es", "latin1", legacy("iso-8859-1", "http-equiv")),
    ("bahn-de", "cp1252", legacy("windows-1252")),
    ("rynek-pl", "latin2", legacy("iso-8859-2", "http-equiv")),
    ("pogoda-ru", "koi8r", legacy("koi8-r")),
    ("lottery-win", "undeclared-cp1252", undeclared_cp1252),
    ("council-brief", "wp-classic", lambda a, n: wp_classic(a, n, "Shelby Standard", "shelbystandard.example")),
]


def main():
    by_slug = {a["slug"]: a for a in articles.A}
    assert len(by_slug) == len(articles.A)
    assert sorted(by_slug) == sorted(s for s, _, _ in PLAN), "every article used once"
    for n, (slug, kind, template) in enumerate(PLAN):
        a = by_slug[slug]
        result = template(a, n)
        page, meta = result[0], result[1]
        blocks = result[2] if len(result) > 2 else expected_blocks(a["body"])
        name = f"{n + 1:02d}-{kind}-{slug}"
        data = page if isinstance(page, bytes) else page.encode("utf-8")
        with open(os.path.join(OUT, name + ".html"), "wb") as f:
            f.write(data)
        with open(os.path.join(OUT, name + ".txt"), "w", encoding="utf-8") as f:
            f.write("\n\n".join(b.strip() for b in blocks) + "\n")
        with open(os.path.join(OUT, name + ".json"), "w", encoding="utf-8") as f:
            json.dump(meta, f, ensure_ascii=False, indent=1, sort_keys=True)
            f.write("\n")
    print(f"wrote {len(PLAN)} pages to {os.path.normpath(OUT)}")


if __name__ == "__main__":
    main()
