// One article: metadata, its text with the facts marked, copies, and where it belongs.
import {get} from '../api.js';
import {
  h, fill, num, plural, date, truncate, articleTitle, articleLink, clusterTitle, sourceLine, section, empty,
} from '../dom.js';
import {annotate} from '../highlight.js';
import {TYPE_LABEL} from '../entity_types.js';

function figureHint(f) {
  const equivalents = (f.equivalents || []).map((e) => `(= ${num(e.value)}${e.unit ? ` ${e.unit}` : ''})`);
  return ['Figure', f.qualifier, f.value_high !== f.value ? `${num(f.value)}–${num(f.value_high)}` : num(f.value),
    f.unit, ...equivalents, f.modifier, f.counted, f.event, f.owner ? `[owner: ${f.owner}]` : '']
    .filter(Boolean).join(' ');
}

function spans(facts) {
  const out = [];
  for (const e of facts.entities || []) {
    for (const [begin, end] of e.mentions || []) {
      out.push({begin, end, kind: 'entity', make: () => {
        const link = h('a', {href: `#/entity/${e.id}`});
        return [h('mark', {class: `entity ${e.type}`, title: `${TYPE_LABEL[e.type] || e.type}: ${e.name}`}, link), link];
      }});
    }
  }
  for (const q of facts.quotes || []) {
    const hint = `Quote${q.speaker ? ` by ${q.speaker}` : ''}${q.cue ? ` (${q.cue})` : ''}`;
    out.push({begin: q.begin, end: q.end, kind: 'quote', make: () => {
      const m = h('mark', {class: 'quote', title: hint});
      return [m, m];
    }});
  }
  for (const f of facts.figures || []) {
    out.push({begin: f.begin, end: f.end, kind: 'figure', make: () => {
      const m = h('mark', {class: 'figure', title: figureHint(f)});
      return [m, m];
    }});
  }
  for (const t of facts.times || []) {
    const hint = `Time: ${t.value || t.kind}${t.resolved ? '' : ' (unresolved)'}`;
    out.push({begin: t.begin, end: t.end, kind: 'time', make: () => {
      const m = h('mark', {class: 'time', title: hint});
      return [m, m];
    }});
  }
  return out;
}

function metadata(a) {
  const rows = [
    ['Source', a.source || 'unknown'],
    ['Published', date(a.published)],
    ['Dateline', a.dateline],
    ['Author', a.author],
    ['Language', a.language ? `${a.language} (${Math.round((a.language_confidence || 0) * 100)}%)` : null],
    // The original page is on another site: it opens only when followed, never loads here.
    ['URL', a.url ? h('a', {href: a.url, rel: 'noopener noreferrer', class: 'url'}, a.url) : null],
    ['Id', h('code', {}, a.id)],
  ];
  return section('Article', h('dl', {class: 'fields'},
    rows.filter(([, v]) => v).map(([k, v]) => [h('dt', {}, k), h('dd', {}, v)])));
}

// Storyline and event titles come from the storyline itself, fetched after the page shows.
function belongsTo(a) {
  if (!a.storyline && !a.event) return section('Storyline', empty('Not in a storyline yet.'));
  const storyLink = h('a', {href: `#/storyline/${a.storyline}`}, `Storyline #${a.storyline}`);
  const eventLabel = h('span', {}, a.event ? `Event #${a.event}` : 'No event');
  if (a.storyline) {
    get(`storylines/${a.storyline}`).then((d) => {
      if (d.storyline) fill(storyLink, clusterTitle(d.storyline, 'Storyline'));
      const ev = (d.events || []).find((e) => e.id === a.event);
      if (ev) fill(eventLabel, ev.title ? `Event: ${ev.title}` : clusterTitle(ev, 'Event'));
    }, () => {
      // The ids alone still link to the storyline.
    });
  }
  return section('Storyline', h('ul', {class: 'plain'},
    a.storyline ? h('li', {}, storyLink) : null, h('li', {}, eventLabel)));
}

function member(m) {
  return [articleLink(m.article_id, articleTitle(m)),
    h('div', {class: 'meta'}, m.kind ? `${m.kind} · ` : '', sourceLine(m),
      typeof m.similarity === 'number' && m.kind ? ` · ${Math.round(m.similarity * 100)}% similar` : '')];
}

function copies(c) {
  if (!c || (!c.copy_of && !(c.copied_by || []).length)) return section('Copies', empty('No copies.'));
  return section('Copies',
    c.copy_of ? [h('h3', {}, 'Copy of'), h('div', {class: 'copy-of'}, member(c.copy_of))] : null,
    (c.copied_by || []).length
      ? [h('h3', {}, 'Copied by'), h('ul', {class: 'plain copied-by'}, c.copied_by.map((m) => h('li', {}, member(m))))]
      : null,
    c.group_size ? h('p', {class: 'meta'}, `Group of ${plural(c.group_size, 'article')}`) : null);
}

function entities(facts) {
  const list = facts.entities || [];
  if (!list.length) return section('Entities', empty('No entities.'));
  const byType = new Map();
  for (const e of list) {
    if (!byType.has(e.type)) byType.set(e.type, []);
    byType.get(e.type).push(e);
  }
  return section('Entities', [...byType].map(([type, es]) => [
    h('h3', {}, TYPE_LABEL[type] || type),
    h('ul', {class: 'plain entity-list'}, es.map((e) => h('li', {},
      h('a', {href: `#/entity/${e.id}`, class: `entity-name ${e.type}`}, e.name),
      h('span', {class: 'meta'}, ` ${(e.mentions || []).length}×`,
        e.roles && e.roles.length ? ` · ${e.roles.join('; ')}` : '')))),
  ]));
}

// Who said what, in text order: the marks show where, this list shows who.
function quotes(facts) {
  const list = facts.quotes || [];
  if (!list.length) return null;
  return section(`Quotes (${list.length})`, h('ul', {class: 'plain quote-index'}, list.map((q) => h('li', {},
    q.speaker_id ? h('a', {href: `#/entity/${q.speaker_id}`}, q.speaker) : h('span', {}, q.speaker || 'Unattributed'),
    h('span', {class: 'meta'}, q.cue ? ` ${q.cue}` : ''), ': ',
    h('q', {}, truncate(q.text, 90))))));
}

function legend() {
  return h('p', {class: 'legend', 'aria-label': 'Marks in the text'},
    h('mark', {class: 'entity PER'}, 'person'), ' ', h('mark', {class: 'entity ORG'}, 'organisation'), ' ',
    h('mark', {class: 'entity LOC'}, 'place'), ' ', h('mark', {class: 'quote'}, 'quote'), ' ',
    h('mark', {class: 'figure'}, 'figure'), ' ', h('mark', {class: 'time'}, 'time'));
}

export async function render({id}) {
  const a = await get(`articles/${encodeURIComponent(id)}`);
  const facts = a.facts || {};
  const title = articleTitle(a);
  const notAnalysed = facts.analysed === false
    ? h('p', {class: 'notice'}, `Facts not extracted${facts.skipped ? `: ${facts.skipped}` : ''}.`) : null;
  return {
    title,
    nodes: [
      h('div', {class: 'page-head'},
        h('h1', {}, title),
        h('p', {class: 'meta'}, sourceLine(a), a.dateline ? ` · ${a.dateline}` : '')),
      h('div', {class: 'columns'},
        h('div', {class: 'col-main'},
          h('section', {class: 'panel'}, legend(), notAnalysed,
            h('div', {class: 'article-text'}, annotate(a.text || '', spans(facts))))),
        h('aside', {class: 'col-side'}, metadata(a), belongsTo(a), copies(a.copies), quotes(facts), entities(facts))),
    ],
  };
}
