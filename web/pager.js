// Page links under a list. The total is not always known (search counts no hits), so
// the links reach the pages seen so far and the next one.
import {h} from './dom.js';

// page: 1-based; last: the last page or null when unknown; href(page) -> link.
export function pager({page, last, hasNext, href}) {
  if (page === 1 && !hasNext) return null;
  const end = last || (hasNext ? page + 1 : page);
  const shown = [...new Set([1, page - 2, page - 1, page, page + 1, page + 2, end])]
    .filter((p) => p >= 1 && p <= end)
    .sort((a, b) => a - b);
  const links = [];
  if (page > 1) links.push(h('a', {class: 'page-link', href: href(page - 1), rel: 'prev'}, '‹ Previous'));
  shown.forEach((p, i) => {
    if (i > 0 && p > shown[i - 1] + 1) links.push(h('span', {class: 'gap'}, '…'));
    links.push(p === page
      ? h('span', {class: 'page-link current', 'aria-current': 'page'}, String(p))
      : h('a', {class: 'page-link', href: href(p), 'aria-label': `Page ${p}`}, String(p)));
  });
  if (hasNext) links.push(h('a', {class: 'page-link', href: href(page + 1), rel: 'next'}, 'Next ›'));
  return h('nav', {class: 'pager', 'aria-label': 'Pages'}, links);
}

// The same for lists paged by offset and limit, as the list endpoints are: they tell
// whether more follow (has_more), and some also the total.
export function offsetPager({offset, limit, hasMore, total, href}) {
  const page = Math.floor(offset / limit) + 1;
  const last = typeof total === 'number' ? Math.max(1, Math.ceil(total / limit)) : null;
  return pager({page, last, hasNext: last ? page < last : hasMore === true, href: (p) => href((p - 1) * limit)});
}
