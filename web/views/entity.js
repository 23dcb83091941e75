// One person, organisation or place: names, roles, quotes over time, articles.
import {get, query} from '../api.js';
import {h, plural, date, articleTitle, articleLink, sourceLabel, sourceLine, section, empty} from '../dom.js';
import {sparkline} from '../charts.js';
import {TYPE_LABEL} from '../entity_types.js';

// Undated quotes go last: their place in time is unknown.
function byPublished(a, b) {
  if (!a.published !== !b.published) return a.published ? -1 : 1;
  return (a.published || '').localeCompare(b.published || '');
}

function perDay(items) {
  const counts = new Map();
  for (const q of items) {
    const day = (q.published || '').slice(0, 10);
    if (day) counts.set(day, (counts.get(day) || 0) + 1);
  }
  return [...counts].map(([day, count]) => ({day, count}));
}

function quotes(list) {
  if (!list.length) return section('Quotes', empty('No quotes attributed.'));
  const sorted = [...list].sort(byPublished);
  return section('Quotes over time',
    h('div', {class: 'chart-inline'}, sparkline(perDay(sorted), 260, 32), h('span', {class: 'meta'}, 'quotes per day')),
    h('ol', {class: 'quote-timeline'}, sorted.map((q) => h('li', {},
      h('div', {class: 'when'}, q.published ? h('time', {datetime: q.published}, date(q.published)) : 'undated'),
      h('div', {class: 'what'},
        h('blockquote', {}, q.text),
        h('div', {class: 'meta'}, q.cue ? `${q.cue} · ` : '', q.direct === false ? 'reported · ' : '',
          articleLink(q.article_id, sourceLabel(q), {title: articleTitle(q)})))))));
}

function articles(list) {
  if (!list.length) return section('Articles', empty('No articles.'));
  return section(`Articles (${list.length})`, h('ul', {class: 'article-list'}, list.map((a) => h('li', {},
    articleLink(a.id, articleTitle(a)), h('div', {class: 'meta'}, sourceLine(a))))));
}

export async function render({id}) {
  const data = await get(`entities/${id}`);
  const e = data.entity || {};
  const others = (e.names || []).filter((n) => n !== e.name);
  return {
    title: e.name || `Entity ${id}`,
    nodes: [
      h('div', {class: 'page-head entity-head'},
        h('p', {class: 'crumbs'}, h('span', {class: `type-tag ${e.type}`}, TYPE_LABEL[e.type] || e.type)),
        h('h1', {}, e.name),
        h('p', {class: 'meta'}, plural(e.articles, 'article'), ' · ', plural(e.mentions, 'mention'), ' · ',
          plural(e.quotes, 'quote'), ' · ',
          h('a', {href: `#/search${query({entity: e.id})}`}, 'search the articles naming it')),
        h('dl', {class: 'fields'},
          e.roles && e.roles.length ? [h('dt', {}, 'Roles'), h('dd', {}, e.roles.join('; '))] : null,
          others.length ? [h('dt', {}, 'Also written'), h('dd', {}, others.join('; '))] : null)),
      h('div', {class: 'columns'},
        h('div', {class: 'col-main'}, quotes(data.quotes || [])),
        h('aside', {class: 'col-side'}, articles(data.articles || []))),
    ],
  };
}
