// Marks spans of an article's text: entities, quotes, figures, times. The API gives spans
// as byte offsets into the UTF-8 text (end exclusive); JavaScript strings count UTF-16
// units, so offsets are converted through the text's UTF-8 encoding.

// When spans start and end together, the longer-lived kind is the outer element.
const RANK = {quote: 0, entity: 1, figure: 2, time: 3};

// Returns a function from a UTF-8 byte offset to a string index. An offset inside a
// multi-byte character maps to that character's start; one past the end, to the end.
export function byteOffsetMapper(text) {
  const bytes = new TextEncoder().encode(text);
  const index = new Uint32Array(bytes.length + 1);
  let i = 0;
  let width = 0;  // UTF-16 units of the character being read
  for (let b = 0; b < bytes.length; ++b) {
    // A lead byte starts a character; four-byte ones are surrogate pairs, two units.
    if ((bytes[b] & 0xc0) !== 0x80) {
      i += width;
      width = bytes[b] >= 0xf0 ? 2 : 1;
    }
    index[b] = i;
  }
  index[bytes.length] = text.length;
  return (offset) => index[Math.max(0, Math.min(bytes.length, offset | 0))];
}

// spans: [{begin, end, kind, make}] where make() returns [outer, inner]: the element
// put in the text and the one that receives the span's content. Overlapping spans nest
// when one holds the other; when they cross, the later one is split at the boundary so
// that the result is always well-formed.
export function annotate(text, spans) {
  const toIndex = byteOffsetMapper(text);
  const items = spans
    .map((span) => ({...span, b: toIndex(span.begin), e: toIndex(span.end)}))
    .filter((span) => span.b < span.e);
  items.sort((p, q) => p.b - q.b || q.e - p.e || RANK[p.kind] - RANK[q.kind]);
  const cuts = [...new Set([0, text.length, ...items.flatMap((span) => [span.b, span.e])])]
    .sort((a, b) => a - b);

  const root = document.createDocumentFragment();
  let open = [];  // [{span, inner}], outermost first
  for (let k = 0; k + 1 < cuts.length; ++k) {
    const from = cuts[k];
    const to = cuts[k + 1];
    const active = items.filter((span) => span.b <= from && span.e >= to);
    let keep = 0;
    while (keep < open.length && keep < active.length && open[keep].span === active[keep]) ++keep;
    open = open.slice(0, keep);
    for (let i = keep; i < active.length; ++i) {
      const [outer, inner] = active[i].make();
      (i ? open[i - 1].inner : root).append(outer);
      open.push({span: active[i], inner});
    }
    (open.length ? open[open.length - 1].inner : root).append(text.slice(from, to));
  }
  return root;
}
