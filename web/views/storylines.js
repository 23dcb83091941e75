// The list of storylines, largest first as the server orders them, each with its volume.
import {get, query} from '../api.js';
import {h, plural, dateSpan, clusterTitle, empty} from '../dom.js';
import {sparkline} from '../charts.js';
import {offsetPager} from '../pager.js';

const PAGE = 50;

function row(story) {
  const entities = (story.entities || []).slice(0, 6);
  return h('li', {class: 'storyline-row', 'data-articles': story.articles},
    h('div', {class: 'storyline-main'},
      h('a', {class: 'storyline-title', href: `#/storyline/${story.id}`}, clusterTitle(story, 'Storyline')),
      h('div', {class: 'meta'},
        plural(story.articles, 'article'), ' · ', plural(story.sources, 'source'), ' · ',
        plural(story.events, 'event'),
        story.copies ? [' · ', plural(story.copies, 'copy', 'copies')] : null,
        ' · ', dateSpan(story.first_published, story.last_published)),
      entities.length ? h('div', {class: 'chips'}, entities.map((name) => h('span', {class: 'chip'}, name))) : null),
    sparkline(story.volume));
}

export async function render({params}) {
  const offset = Math.max(0, parseInt(params.get('offset') || '0', 10) || 0);
  const minArticles = params.get('min_articles') || '';
  const data = await get('storylines', {limit: PAGE, offset, min_articles: minArticles});
  const items = data.items || [];
  const filter = h('form', {class: 'inline-form', onsubmit: (event) => {
    event.preventDefault();
    const value = event.target.elements.min_articles.value;
    location.hash = `#/storylines${query({min_articles: value})}`;
  }},
  h('label', {for: 'min-articles'}, 'At least'),
  h('input', {id: 'min-articles', name: 'min_articles', type: 'number', min: 1, value: minArticles, class: 'narrow'}),
  h('span', {}, 'articles'),
  h('button', {type: 'submit'}, 'Filter'));
  const summary = typeof data.total === 'number' ? plural(data.total, 'storyline')
    : `${plural(items.length, 'storyline')}${offset ? ` from ${offset + 1}` : ''}${data.has_more ? ', more follow' : ''}`;
  return {
    title: 'Storylines',
    nodes: [
      h('div', {class: 'page-head'}, h('h1', {}, 'Storylines'), h('p', {class: 'meta'}, summary), filter),
      items.length
        ? h('ol', {class: 'storyline-list'}, items.map(row))
        : empty('No storylines yet: ingest articles to build them.'),
      offsetPager({offset, limit: PAGE, hasMore: data.has_more, total: data.total,
        href: (o) => `#/storylines${query({min_articles: minArticles, offset: o || ''})}`}),
    ],
  };
}
