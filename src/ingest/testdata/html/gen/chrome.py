"""Page furniture shared by the templates: menus, comment threads, teaser lists."""
import html

SECTIONS = ["Home", "News", "World", "Business", "Sport", "Culture", "Science", "Opinion",
            "Weather", "Video", "Podcasts", "Local"]

COMMENTS = [
    ("kestrel_77", "This is exactly what happened in our town five years ago, and nobody learned anything from it. The same promises, the same excuses, and the same people paying for it in the end."),
    ("Margaret P.", "Thank you for covering this. The national papers ignored it completely, even though it affects thousands of families around here."),
    ("dave_in_the_hills", "I'd like to see the actual figures before I believe any of this. Where does the money come from? Every time we ask, the answer is a consultant's report nobody can read."),
    ("Jo", "My neighbour works there and says the situation is much worse than the officials are admitting publicly."),
    ("northern_lad", "Typical. Announce something big, then quietly scale it back in six months when everyone has stopped paying attention. I'll believe it when I see it built."),
    ("Anneliese", "Some of the comments here are very unfair. People are doing their best in difficult circumstances, and a bit of patience would not hurt anyone."),
    ("R. Okafor", "Has anyone asked what happens to the workers? They are always the last to be mentioned in these stories, yet they carry most of the risk."),
    ("sailor_sam", "Well written article, but I think the headline is misleading. The numbers in the fourth paragraph tell a rather different story from the one in the title."),
    ("Trudy B", "We moved here twenty years ago because it was quiet and affordable. Neither is true any more, and decisions like this are the reason why."),
    ("quietobserver", "Interesting that the spokesperson refused to comment on the timeline. That tells you everything you need to know about how confident they really are."),
    ("Hamid", "I was there on the day and it was nothing like the way it is described on social media. People were calm and the staff were helpful."),
    ("lindsay_r", "Can the paper follow up on this in a few months? It would be good to know whether any of the promises were kept."),
]

RELATED = [
    "Council delays vote on new housing estate", "Police appeal for witnesses after crash",
    "Local bakery wins national award", "Schools face teacher shortage, report warns",
    "New bus timetable criticised by passengers", "Hospital waiting lists at record high",
    "Farmers fear another dry summer", "Festival returns after three-year break",
    "Energy bills: what the new cap means for you", "Five things to do this weekend",
    "Opinion: our high streets need more than slogans", "Rugby club celebrates centenary",
]


def esc(s):
    return html.escape(s, quote=False)


def nav_list(ul_class="menu", li_class="menu-item"):
    items = "".join(f'<li class="{li_class}"><a href="/{s.lower()}/">{s}</a></li>' for s in SECTIONS)
    return f'<ul class="{ul_class}">{items}</ul>'


def related_items(start, n, tag="li"):
    out = []
    for i in range(n):
        t = RELATED[(start + i) % len(RELATED)]
        slug = t.lower().replace(" ", "-").replace(":", "").replace(",", "")
        out.append(f'<{tag}><a href="/news/{slug}">{esc(t)}</a></{tag}>')
    return "".join(out)


def comments(start, n):
    """(author, text) pairs, cycling through the pool."""
    return [COMMENTS[(start + i) % len(COMMENTS)] for i in range(n)]


def expected_blocks(body):
    out = []
    for b in body:
        if b.startswith("## ") or b.startswith("* ") or b.startswith("> "):
            out.append(b[2:].strip())
        else:
            out.append(b)
    return out


def render_body(body, p='<p>{}</p>', h='<h2>{}</h2>', ul='<ul>{}</ul>', bq='<blockquote><p>{}</p></blockquote>',
                between=None):
    """Article blocks as HTML; `between(i)` may return furniture to put after block i."""
    out = []
    items = []
    for i, b in enumerate(body):
        if b.startswith("* "):
            items.append(f"<li>{esc(b[2:])}</li>")
            continue
        if items:
            out.append(ul.format("".join(items)))
            items = []
        if b.startswith("## "):
            out.append(h.format(esc(b[3:])))
        elif b.startswith("> "):
            out.append(bq.format(esc(b[2:])))
        else:
            out.append(p.format(esc(b)))
        if between:
            extra = between(i)
            if extra:
                out.append(extra)
    if items:
        out.append(ul.format("".join(items)))
    return "\n".join(out)
