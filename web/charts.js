// Charts drawn by hand in SVG: a storyline's sparkline and its timeline. Days are counted
// in UTC so that a "YYYY-MM-DD" from the API is one slot whatever the viewer's time zone.
import {s, num} from './dom.js';

const DAY_MS = 86400000;

function dayNumber(day) {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(day || '');
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3]) / DAY_MS : null;
}

function dayString(n) {
  return new Date(n * DAY_MS).toISOString().slice(0, 10);
}

// Volume entries with a readable day, as [dayNumber, count].
function days(volume) {
  return (volume || [])
    .map((v) => [dayNumber(v.day), v.count || 0])
    .filter(([d]) => d !== null);
}

// Articles per day as small bars, every day between the first and the last one a slot.
export function sparkline(volume, width = 140, height = 28) {
  const points = days(volume);
  const svg = s('svg', {class: 'sparkline', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img'});
  if (!points.length) {
    svg.setAttribute('aria-label', 'No dated articles');
    svg.append(s('line', {class: 'baseline', x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5}));
    return svg;
  }
  const first = Math.min(...points.map(([d]) => d));
  const last = Math.max(...points.map(([d]) => d));
  const max = Math.max(...points.map(([, c]) => c), 1);
  const slot = width / (last - first + 1);
  const label = `Articles per day from ${dayString(first)} to ${dayString(last)}, at most ${num(max)} a day`;
  svg.setAttribute('aria-label', label);
  svg.append(s('title', {}, label));
  svg.append(s('line', {class: 'baseline', x1: 0, x2: width, y1: height - 0.5, y2: height - 0.5}));
  const barWidth = Math.min(10, Math.max(1, slot * 0.8));
  for (const [d, c] of points) {
    const barHeight = Math.max(1, (c / max) * (height - 2));
    svg.append(s('rect', {
      class: 'bar',
      x: ((d - first) * slot + (slot - barWidth) / 2).toFixed(2),
      y: (height - barHeight).toFixed(2),
      width: barWidth.toFixed(2),
      height: barHeight.toFixed(2),
    }));
  }
  return svg;
}

// A storyline's timeline: bars are articles per day, dots above them the dated events.
// markers: [{date, title, articles}]. Returns null when nothing has a date.
export function timelineChart(volume, markers, width = 880, height = 150) {
  const points = days(volume);
  const dated = (markers || []).map((m) => ({...m, day: dayNumber(m.date)})).filter((m) => m.day !== null);
  const all = [...points.map(([d]) => d), ...dated.map((m) => m.day)];
  if (!all.length) return null;
  const first = Math.min(...all);
  const last = Math.max(...all);
  const max = Math.max(...points.map(([, c]) => c), 1);
  const left = 36;
  const right = 12;
  const top = 30;
  const bottom = 24;
  const plotHeight = height - top - bottom;
  const slot = (width - left - right) / (last - first + 1);
  const x = (d) => left + (d - first) * slot;
  const y = (c) => top + plotHeight - (c / max) * plotHeight;

  const svg = s('svg', {
    class: 'timeline-chart', viewBox: `0 0 ${width} ${height}`, role: 'img',
    'aria-label': `Articles per day and events from ${dayString(first)} to ${dayString(last)}`,
  });
  // Axes: a baseline, the peak as a gridline, and the first and last day.
  svg.append(
    s('line', {class: 'grid', x1: left, x2: width - right, y1: y(max), y2: y(max)}),
    s('line', {class: 'axis', x1: left, x2: width - right, y1: y(0), y2: y(0)}),
    s('text', {class: 'label', x: left - 6, y: y(max) + 4, 'text-anchor': 'end'}, num(max)),
    s('text', {class: 'label', x: left - 6, y: y(0) + 4, 'text-anchor': 'end'}, '0'),
    s('text', {class: 'label', x: left, y: height - 6, 'text-anchor': 'start'}, dayString(first)));
  if (last !== first) {
    svg.append(s('text', {class: 'label', x: width - right, y: height - 6, 'text-anchor': 'end'}, dayString(last)));
  }
  // Bars stay narrow over a short span so that a single day does not read as a week.
  const barWidth = Math.min(40, Math.max(1, slot * 0.7));
  for (const [d, c] of points) {
    svg.append(s('rect', {
      class: 'bar',
      x: (x(d) + (slot - barWidth) / 2).toFixed(2),
      y: y(c).toFixed(2),
      width: barWidth.toFixed(2),
      height: (y(0) - y(c)).toFixed(2),
    }, s('title', {}, `${dayString(d)}: ${num(c)} article${c === 1 ? '' : 's'}`)));
  }
  // Events on the same day sit side by side rather than on top of one another.
  const perDay = new Map();
  for (const m of dated) {
    const k = perDay.get(m.day) || 0;
    perDay.set(m.day, k + 1);
    const cx = x(m.day) + slot / 2 + k * 12;
    const hint = `${dayString(m.day)}: ${m.title || 'untitled event'}` +
      (m.articles ? ` (${m.articles} article${m.articles === 1 ? '' : 's'})` : '');
    svg.append(s('g', {class: 'event-marker'},
      s('title', {}, hint),
      s('line', {class: 'stem', x1: cx, x2: cx, y1: 16, y2: y(0)}),
      s('circle', {cx, cy: 12, r: 5})));
  }
  return svg;
}
