// Building DOM nodes from data. Every string from the API goes in as a text node or an
// attribute value, never as markup, so no article text can inject HTML.

const SVG_NS = 'http://www.w3.org/2000/svg';

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

function build(element, attrs, children) {
  for (const [name, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

// h('a', {href: '#/x', class: 'y'}, 'text', child, [more]) makes an HTML element.
export function h(tag, attrs, ...children) {
  return build(document.createElement(tag), attrs, children);
}

// The same for SVG elements, which live in their own namespace.
export function s(tag, attrs, ...children) {
  return build(document.createElementNS(SVG_NS, tag), attrs, children);
}

// Replaces everything inside `parent` with `children`.
export function fill(parent, ...children) {
  parent.replaceChildren();
  append(parent, children);
  return parent;
}

const numberFormat = new Intl.NumberFormat('en-US');

export function num(n) {
  return typeof n === 'number' ? numberFormat.format(n) : '';
}

// "3 articles", "1 source": counts read as words in dense lists.
export function plural(n, word, many = `${word}s`) {
  return `${num(n)} ${n === 1 ? word : many}`;
}

// Published dates come with the precision the input gave (a day, or a minute); they are
// shown as written, with the "T" of ISO 8601 made readable.
export function date(iso) {
  return iso ? iso.replace('T', ' ') : 'undated';
}

export function dateSpan(first, last) {
  if (!first && !last) return 'undated';
  const a = (first || '').slice(0, 10);
  const b = (last || '').slice(0, 10);
  return !a || !b || a === b ? a || b : `${a} – ${b}`;
}

// An article's label when the input gave it no headline.
export function articleTitle(article) {
  return article.title || article.article_title || `Untitled article ${article.id || article.article_id}`;
}

// A storyline's or event's label: its headline, else the names it mentions most, since
// the earliest article may have come without a headline.
export function clusterTitle(cluster, noun) {
  if (cluster.title) return cluster.title;
  const names = (cluster.entities || []).slice(0, 3);
  return names.length ? `${noun} ${cluster.id}: ${names.join(', ')}` : `${noun} ${cluster.id}`;
}

export function articleLink(id, label, attrs = {}) {
  return h('a', {href: `#/article/${encodeURIComponent(id)}`, ...attrs}, label);
}

export function truncate(text, length) {
  return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

// Names an article briefly: by its source, or by its headline when the source is unknown.
export function sourceLabel(item) {
  return item.source || truncate(articleTitle(item), 48);
}

// "AFP · 2022-02-10 08:19": where and when, beside an article's headline.
export function sourceLine(item) {
  return [item.source || 'unknown source', date(item.published)].join(' · ');
}

// The same for a link that stands for the article on its own, without its headline.
export function articleRef(item) {
  return [sourceLabel(item), date(item.published)].join(' · ');
}

export function section(title, ...children) {
  return h('section', {class: 'panel'}, h('h2', {}, title), ...children);
}

export function empty(message) {
  return h('p', {class: 'empty'}, message);
}
