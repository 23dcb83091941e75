// Full-text search: the form, and the hits with their snippets.
import {get, query} from '../api.js';
import {h, articleTitle, articleLink, sourceLine, empty} from '../dom.js';
import {pager} from '../pager.js';

const FIELDS = ['q', 'since', 'until', 'source', 'entity'];
const PAGE = 20;  // the server's default, and a screenful

// The snippet marks matched words as "[word]"; only those become <mark>, the rest is text.
function snippet(text) {
  const out = h('p', {class: 'snippet'});
  const re = /\[([^\[\]]*)\]/g;
  let at = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.append(text.slice(at, m.index), h('mark', {}, m[1]));
    at = m.index + m[0].length;
  }
  out.append(text.slice(at));
  return out;
}

function form(values) {
  const field = (name, label, attrs) => h('div', {class: 'field'},
    h('label', {for: `search-${name}`}, label),
    h('input', {id: `search-${name}`, name, value: values[name] || '', ...attrs}));
  return h('form', {class: 'search-form', role: 'search', onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(event.target);
    const params = Object.fromEntries(FIELDS.map((k) => [k, String(data.get(k) || '').trim()]));
    location.hash = `#/search${query(params)}`;
  }},
  field('q', 'Words', {type: 'search', class: 'wide', placeholder: 'kirby "no withdrawal" -putin'}),
  field('since', 'Since', {type: 'date'}),
  field('until', 'Until', {type: 'date'}),
  field('source', 'Source', {type: 'text', placeholder: 'AFP'}),
  field('entity', 'Entity id', {type: 'number', min: 1, class: 'narrow'}),
  h('div', {class: 'field'}, h('span', {class: 'label-spacer', 'aria-hidden': 'true'}, ' '),
    h('button', {type: 'submit', class: 'primary'}, 'Search')));
}

function hit(item) {
  return h('li', {class: 'hit'},
    articleLink(item.id, articleTitle(item), {class: 'hit-title'}),
    h('div', {class: 'meta'}, sourceLine(item)),
    item.snippet ? snippet(item.snippet) : null);
}

export async function render({params}) {
  const values = Object.fromEntries(FIELDS.map((k) => [k, params.get(k) || '']));
  const page = Math.max(1, parseInt(params.get('page') || '1', 10) || 1);
  const head = h('div', {class: 'page-head'}, h('h1', {}, 'Search'), form(values));
  if (!values.q) {
    return {title: 'Search', nodes: [head, empty('Type words to find articles: all must occur; the other fields narrow the results.')]};
  }
  const data = await get('search', {...values, page, limit: PAGE});
  const items = data.items || [];
  const limit = data.limit || PAGE;
  return {
    title: values.q ? `Search: ${values.q}` : 'Search',
    nodes: [
      head,
      h('p', {class: 'meta'}, items.length
        ? `Results ${(page - 1) * limit + 1}–${(page - 1) * limit + items.length}, best match first`
        : 'No articles match.'),
      items.length ? h('ol', {class: 'search-results'}, items.map(hit)) : null,
      pager({page, last: null, hasNext: data.has_more === true,
        href: (p) => `#/search${query({...values, page: p > 1 ? p : ''})}`}),
    ],
  };
}
