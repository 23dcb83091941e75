// One storyline: its brief, timeline, claims, quotes, sources and copies.
import {get, errorBox} from '../api.js';
import {
  h, num, plural, date, dateSpan, truncate, clusterTitle, articleTitle, articleLink, sourceLabel, sourceLine,
  articleRef, section, empty,
} from '../dom.js';
import {timelineChart} from '../charts.js';

// Disagreements first: they are what an analyst has to resolve.
const STATUS_ORDER = {conflict: 0, changed: 1, agree: 2, single: 3};
const STATUS_LABEL = {conflict: 'sources disagree', changed: 'changed over time', agree: 'sources agree',
  single: 'one source'};
const QUOTES_SHOWN = 3;
const SPEAKERS_SHOWN = 6;
const ENTRY_ARTICLES_SHOWN = 5;

function citation(c) {
  const label = [c.source || truncate(articleTitle(c), 28), (c.published || '').slice(0, 10)].filter(Boolean).join(' ');
  return articleLink(c.article_id, label, {class: 'cite', title: articleTitle(c)});
}

function brief(data) {
  const sentences = (data.brief && data.brief.sentences) || [];
  if (!sentences.length) return section('Brief', empty('No brief yet.'));
  return section('Brief', h('div', {class: 'brief'}, sentences.map((s) =>
    h('p', {}, s.text, ' ', (s.citations || []).map((c) => [citation(c), ' '])))));
}

// Links to an entry's first articles, named by source where the article list knows them.
function articleLinks(ids, articles) {
  const links = ids.slice(0, ENTRY_ARTICLES_SHOWN).map((id, i) => {
    const a = articles.get(id);
    return [i ? ', ' : '', articleLink(id, a ? sourceLabel(a) : id.slice(0, 8), {title: a ? articleTitle(a) : id})];
  });
  const more = ids.length - ENTRY_ARTICLES_SHOWN;
  return more > 0 ? [links, ` and ${num(more)} more`] : links;
}

function timelineEntry(t, articles) {
  const basis = t.date && t.date_basis === 'published'
    ? h('span', {class: 'basis', title: 'No date in the text: the date the articles were published'}, 'published')
    : null;
  return h('li', {class: 'timeline-entry'},
    h('div', {class: 'when'}, t.date ? h('time', {datetime: t.date}, t.date) : '—', basis),
    h('div', {class: 'what'},
      h('div', {class: 'entry-title'}, t.title),
      t.description ? h('p', {class: 'description'}, t.description) : null,
      h('div', {class: 'meta'}, plural(t.articles, 'article'), ' · ', plural(t.sources, 'source'),
        t.article_ids && t.article_ids.length ? [' · ', articleLinks(t.article_ids, articles)] : null)));
}

// Without a timeline yet, the events themselves are placed at their first publication.
function timelineEntries(data) {
  const tl = data.timeline || {};
  const events = data.events || [];
  if ((tl.dated && tl.dated.length) || (tl.undated && tl.undated.length)) {
    const byId = new Map(events.map((e) => [e.id, e]));
    const titled = (t) => ({...t, title: t.title || clusterTitle(byId.get(t.event) || {id: t.event}, 'Event')});
    return {dated: (tl.dated || []).map(titled), undated: (tl.undated || []).map(titled)};
  }
  const asEntry = (e) => ({event: e.id, date: (e.first_published || '').slice(0, 10), date_basis: 'published',
    title: clusterTitle(e, 'Event'), articles: e.articles, sources: e.sources,
    article_ids: e.first_article ? [e.first_article] : []});
  return {dated: events.filter((e) => e.first_published).map(asEntry).sort((a, b) => a.date.localeCompare(b.date)),
    undated: events.filter((e) => !e.first_published).map(asEntry)};
}

function timeline(data, articles) {
  const {dated, undated} = timelineEntries(data);
  const chart = timelineChart(data.volume, dated.map((t) => ({date: t.date, title: t.title, articles: t.articles})));
  return section('Timeline',
    chart ? h('div', {class: 'chart'}, chart) : empty('No dated articles or events to chart.'),
    dated.length ? h('ol', {class: 'timeline'}, dated.map((t) => timelineEntry(t, articles))) : null,
    undated.length ? [h('h3', {}, 'Undated'), h('ul', {class: 'timeline'}, undated.map((t) => timelineEntry(t, articles)))] : null,
    !dated.length && !undated.length ? empty('No events yet.') : null);
}

function claimRange(c) {
  return c.low === c.high ? num(c.low) : `${num(c.low)}–${num(c.high)}`;
}

function claim(c) {
  return h('div', {class: `claim ${c.status}`},
    h('div', {class: 'claim-head'},
      h('span', {class: 'claim-what'}, c.what),
      h('span', {class: 'claim-range'}, claimRange(c)),
      h('span', {class: `badge ${c.status}`}, STATUS_LABEL[c.status] || c.status)),
    h('ul', {class: 'claim-sources'}, (c.sources || []).map((f) => h('li', {},
      h('mark', {class: 'figure'}, f.text), ' ',
      articleLink(f.article_id, sourceLabel(f), {title: articleTitle(f)}),
      h('span', {class: 'meta'}, ' ', date(f.published)),
      f.copies && f.copies.length ? h('span', {class: 'meta'}, ` · repeated by ${plural(f.copies.length, 'copy', 'copies')}`) : null))));
}

function claims(data) {
  const groups = [...(data.claims || [])]
    .sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9));
  const conflicts = groups.filter((c) => c.status === 'conflict').length;
  return section('Claims',
    groups.length ? h('p', {class: 'meta'}, `${plural(groups.length, 'figure group')}, ${plural(conflicts, 'conflict')}`) : null,
    groups.length ? h('div', {class: 'claims'}, groups.map(claim)) : empty('No figures stated by several sources.'));
}

// A statement and another party's denial of it, side by side: a dispute the analyst
// must weigh, found only where the denial says so in so many words.
function disputeSide(label, q) {
  return h('div', {class: 'dispute-side'},
    h('div', {class: 'dispute-label'}, label, ': ', q.speaker || 'unnamed speaker'),
    h('blockquote', {}, q.text),
    h('div', {class: 'meta'}, articleLink(q.article_id, articleRef(q), {title: articleTitle(q)})));
}

function disputes(data) {
  const list = data.disputes || [];
  if (!list.length) return null;
  return section('Disputed statements', h('div', {class: 'disputes'}, list.map((d) =>
    h('div', {class: 'dispute conflict'},
      h('div', {class: 'claim-what'}, 'About: ', d.topic),
      disputeSide('Claim', d.claim), disputeSide('Denial', d.denial)))));
}

function quoteItem(q) {
  return h('li', {class: 'quote-item'},
    h('blockquote', {}, q.text),
    h('div', {class: 'meta'}, q.cue ? `${q.cue} · ` : '', q.direct === false ? 'reported · ' : '',
      articleLink(q.article_id, articleRef(q), {title: articleTitle(q)})));
}

function quotes(data) {
  const bySpeaker = new Map();
  for (const q of data.quotes || []) {
    const key = q.speaker_id ? `id:${q.speaker_id}` : `name:${q.speaker || ''}`;
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(q);
  }
  const groups = [...bySpeaker.values()].sort((a, b) => b.length - a.length);
  if (!groups.length) return section('Quotes', empty('No quotes.'));
  const speaker = (qs) => {
    const first = qs[0];
    const name = first.speaker || 'Unattributed';
    const items = qs.map(quoteItem);
    return h('div', {class: 'speaker'},
      h('h3', {}, first.speaker_id ? h('a', {href: `#/entity/${first.speaker_id}`}, name) : name,
        h('span', {class: 'count'}, ` ${plural(qs.length, 'quote')}`)),
      h('ul', {class: 'quote-list'}, items.slice(0, QUOTES_SHOWN)),
      items.length > QUOTES_SHOWN
        ? h('details', {}, h('summary', {}, `${items.length - QUOTES_SHOWN} more`), h('ul', {class: 'quote-list'}, items.slice(QUOTES_SHOWN)))
        : null);
  };
  const rest = groups.slice(SPEAKERS_SHOWN);
  return section('Quotes',
    h('p', {class: 'meta'}, `${plural(data.quotes.length, 'quote')} by ${plural(groups.length, 'speaker')}`),
    h('div', {class: 'speakers'}, groups.slice(0, SPEAKERS_SHOWN).map(speaker)),
    rest.length
      ? h('details', {class: 'more-speakers'}, h('summary', {}, `${plural(rest.length, 'more speaker')}`),
        h('div', {class: 'speakers'}, rest.map(speaker)))
      : null);
}

function sources(data) {
  const list = data.sources || [];
  const max = Math.max(1, ...list.map((s) => s.count));
  return section('Sources', list.length
    ? h('ul', {class: 'counts'}, list.map((s) => h('li', {},
      h('span', {class: 'count-label'}, s.key || 'unknown source'),
      h('span', {class: 'count-bar', style: `width: ${Math.round((s.count / max) * 100)}%`}),
      h('span', {class: 'count-value'}, num(s.count)))))
    : empty('No sources.'));
}

function copyGroup(g) {
  const originalId = g.original && g.original.article_id;
  const original = (g.members || []).find((m) => m.article_id === originalId);
  const others = (g.members || []).filter((m) => m.article_id !== originalId);
  return h('div', {class: 'copy-group'},
    h('div', {}, h('span', {class: 'label'}, 'Original '),
      original ? articleLink(original.article_id, articleTitle(original)) : (originalId || 'unknown'),
      original ? h('div', {class: 'meta'}, sourceLine(original)) : null,
      g.original && g.original.reason ? h('div', {class: 'meta reason'}, g.original.reason) : null),
    h('ul', {class: 'republishers'}, others.map((m) => h('li', {},
      h('span', {class: 'kind'}, m.kind || 'copy'), ' ',
      articleLink(m.article_id, articleTitle(m)),
      h('div', {class: 'meta'}, sourceLine(m),
        typeof m.similarity === 'number' ? ` · ${Math.round(m.similarity * 100)}% similar` : '')))));
}

function copies(data) {
  const groups = data.copy_groups || [];
  return section('Copies', groups.length ? groups.map(copyGroup) : empty('No copies of one another.'));
}

function articleList(list) {
  if (list instanceof Error) return section('Articles', errorBox(list));
  return section('Articles', list.length
    ? h('ul', {class: 'article-list compact'}, list.map((a) => h('li', {},
      articleLink(a.id, articleTitle(a)), h('div', {class: 'meta'}, sourceLine(a)))))
    : empty('No articles.'));
}

export async function render({id}) {
  // The article list only names the timeline's articles: the page stands without it.
  const [data, list] = await Promise.all([
    get(`storylines/${id}`),
    get('articles', {storyline: id, limit: 500}).then((d) => d.items || [], (e) => e),
  ]);
  const story = data.storyline || {};
  const articles = new Map((list instanceof Error ? [] : list).map((a) => [a.id, a]));
  const title = clusterTitle({id, ...story}, 'Storyline');
  const entities = story.entities || [];
  return {
    title,
    nodes: [
      h('div', {class: 'page-head'},
        h('p', {class: 'crumbs'}, h('a', {href: '#/storylines'}, 'Storylines'), ' › ', `#${story.id ?? id}`),
        h('h1', {}, title),
        h('p', {class: 'meta'}, plural(story.articles, 'article'), ' · ', plural(story.sources, 'source'), ' · ',
          plural(story.events, 'event'), ' · ', plural(story.copies || 0, 'copy', 'copies'), ' · ',
          dateSpan(story.first_published, story.last_published)),
        entities.length ? h('div', {class: 'chips'}, entities.map((name) =>
          h('a', {class: 'chip', href: `#/search?q=${encodeURIComponent(`"${name}"`)}`}, name))) : null),
      h('div', {class: 'columns'},
        h('div', {class: 'col-main'}, brief(data), timeline(data, articles), claims(data), disputes(data), quotes(data)),
        // A server that does not count sources or copies yet leaves these out.
        h('aside', {class: 'col-side'}, data.sources ? sources(data) : null,
          data.copy_groups ? copies(data) : null, articleList(list))),
    ],
  };
}
