// The page's router: "#/path?query" picks a view, which fetches its data and returns
// the nodes to show. Hash routing keeps every page one static file on the server.
import {get, errorBox, query} from './api.js';
import {h, fill, plural} from './dom.js';
import * as storylines from './views/storylines.js';
import * as storyline from './views/storyline.js';
import * as article from './views/article.js';
import * as search from './views/search.js';
import * as entity from './views/entity.js';

const routes = [
  {pattern: /^\/?$/, view: storylines, nav: 'storylines'},
  {pattern: /^\/storylines$/, view: storylines, nav: 'storylines'},
  {pattern: /^\/storyline\/(\d+)$/, view: storyline, nav: 'storylines'},
  {pattern: /^\/article\/([^/]+)$/, view: article},
  {pattern: /^\/search$/, view: search, nav: 'search'},
  {pattern: /^\/entity\/(\d+)$/, view: entity},
];

const main = document.getElementById('main');
const headerQuery = document.getElementById('header-q');
let generation = 0;  // a slow answer for a page already left is dropped

function parseHash() {
  const hash = location.hash.startsWith('#/') ? location.hash.slice(1) : '/';
  const at = hash.indexOf('?');
  const path = at < 0 ? hash : hash.slice(0, at);
  const params = new URLSearchParams(at < 0 ? '' : hash.slice(at + 1));
  return {path: decodeURIComponent(path), params};
}

function markNav(active) {
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (link.dataset.nav === active) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
}

async function route(moveFocus) {
  const mine = ++generation;
  const {path, params} = parseHash();
  const match = routes.map((r) => ({r, m: r.pattern.exec(path)})).find(({m}) => m);
  markNav(match && match.r.nav);
  headerQuery.value = path === '/search' ? params.get('q') || '' : '';
  main.setAttribute('aria-busy', 'true');
  fill(main, h('p', {class: 'loading'}, 'Loading…'));
  let title;
  let nodes;
  if (!match) {
    title = 'Not found';
    nodes = [h('h1', {}, 'Not found'), h('p', {}, 'No page has this address. '),
      h('a', {href: '#/storylines'}, 'Back to the storylines')];
  } else {
    try {
      ({title, nodes} = await match.r.view.render({id: match.m[1], params}));
    } catch (error) {
      title = 'Error';
      nodes = [h('h1', {}, 'Could not load this page'), errorBox(error)];
    }
  }
  if (mine !== generation) return;
  document.title = `${title} · sitrep`;
  fill(main, nodes);
  main.removeAttribute('aria-busy');
  // After following a link, focus goes to the new page's heading as it would on a
  // page load; on the first load it stays at the top, where the skip link is.
  if (moveFocus) {
    const heading = main.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus({preventScroll: true});
    }
    window.scrollTo(0, 0);
  }
}

async function showStoreSize() {
  try {
    const health = await get('health');
    fill(document.getElementById('footer'), `${plural(health.articles, 'article')} in the store`);
  } catch (error) {
    fill(document.getElementById('footer'), errorBox(error));
  }
}

document.querySelector('.skip-link').addEventListener('click', (event) => {
  // The hash is the router's, so the skip link moves focus itself.
  event.preventDefault();
  main.focus();
});

document.getElementById('header-search').addEventListener('submit', (event) => {
  event.preventDefault();
  location.hash = `#/search${query({q: headerQuery.value.trim()})}`;
});

window.addEventListener('hashchange', () => route(true));
route(false);
showStoreSize();
