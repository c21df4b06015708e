import type { InteractionEvent } from '../../analysis/events.js';
import type { TimelineEvent } from '../../analysis/timeline.js';
import { EVENT_TYPES, type EventType } from '../../types.js';
import { compareText } from '../../analysis/entities.js';
import { table, type Figure } from './figure.js';

/**
 * One thing placed in time: a span from `start` to `end` (ISO days, end exclusive) on a track. Dated mentions are
 * one kind; typed events (visits, talks) are others: each is a track of its own, so a new kind is only new marks.
 */
export interface TimelineMark {
  track: string;
  start: string;
  end: string;
  /** The date as a reader writes it: `2021`, `2021-06`, `2021-06-18`. */
  label: string;
  /** How many times it is named; the size of its dot. */
  weight: number;
  /** What the table says of it (the entities named with it). */
  detail: string;
}

export const DATE_TRACKS = { 4: 'years named', 7: 'months named', 10: 'days named' } as const;

/** Each type of interaction event on a track of its own, below the dates. */
export const EVENT_TRACKS: Record<EventType, string> = Object.fromEntries(EVENT_TYPES.map((type) => [type, `${type} events`])) as Record<EventType, string>;
const isEventTrack = (track: string) => Object.values(EVENT_TRACKS).includes(track);

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** The span an ISO year, month or day covers, as [first day, the day after the last]. */
export function isoSpan(value: string): [string, string] {
  const [year, month, day] = value.split('-').map(Number);
  if (month === undefined) return [`${pad(year, 4)}-01-01`, `${pad(year + 1, 4)}-01-01`];
  if (day === undefined) return [`${pad(year, 4)}-${pad(month)}-01`, month === 12 ? `${pad(year + 1, 4)}-01-01` : `${pad(year, 4)}-${pad(month + 1)}-01`];
  const next = new Date(Date.UTC(year, month - 1, day + 1));
  return [`${pad(year, 4)}-${pad(month)}-${pad(day)}`, next.toISOString().slice(0, 10)];
}

/** Dated mentions as marks: one per distinct date, weighted by how often it is named, with the entities around it. */
export function dateMarks(events: readonly Pick<TimelineEvent, 'value' | 'entities'>[]): TimelineMark[] {
  const byValue = new Map<string, { count: number; names: Map<string, number> }>();
  for (const event of events) {
    const entry = byValue.get(event.value) ?? { count: 0, names: new Map<string, number>() };
    entry.count++;
    for (const e of event.entities) entry.names.set(e.name, (entry.names.get(e.name) ?? 0) + 1);
    byValue.set(event.value, entry);
  }
  return [...byValue.entries()]
    .sort(([a], [b]) => compareText(a, b))
    .map(([value, { count, names }]) => {
      const [start, end] = isoSpan(value);
      const named = [...names.entries()].sort(([x, nx], [y, ny]) => ny - nx || compareText(x, y)).map(([name]) => name);
      return {
        track: DATE_TRACKS[value.length as keyof typeof DATE_TRACKS] ?? 'dates named',
        start,
        end,
        label: value,
        weight: count,
        detail: named.slice(0, 5).join('; ') + (named.length > 5 ? `; and ${named.length - 5} more` : ''),
      };
    });
}

/** Dated events as marks: one per type and date, weighted by the number of events, with their participants. */
export function eventMarks(events: readonly Pick<InteractionEvent, 'type' | 'date' | 'participants'>[]): TimelineMark[] {
  const byKey = new Map<string, { type: EventType; date: string; count: number; names: Map<string, number> }>();
  for (const event of events) {
    if (event.date === null) continue;
    const key = `${event.date}|${event.type}`;
    const entry = byKey.get(key) ?? { type: event.type, date: event.date, count: 0, names: new Map<string, number>() };
    entry.count++;
    for (const p of event.participants) entry.names.set(p.name, (entry.names.get(p.name) ?? 0) + 1);
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .sort((a, b) => compareText(a.date, b.date) || EVENT_TYPES.indexOf(a.type) - EVENT_TYPES.indexOf(b.type))
    .map(({ type, date, count, names }) => {
      const [start, end] = isoSpan(date);
      const named = [...names.entries()].sort(([x, nx], [y, ny]) => ny - nx || compareText(x, y)).map(([name]) => name);
      return { track: EVENT_TRACKS[type], start, end, label: date, weight: count, detail: named.slice(0, 5).join('; ') + (named.length > 5 ? `; and ${named.length - 5} more` : '') };
    });
}

/** One, the largest, and one between: a size legend that starts at zero says nothing. */
function legendValues(marks: readonly TimelineMark[]): number[] {
  const largest = Math.max(1, ...marks.map((m) => m.weight));
  return [...new Set([1, Math.round((1 + largest) / 2), largest])];
}

/** The period a figure looks at closely: the reviewed years, from the first day of the first to the day after the last. */
export interface Focus {
  start: string;
  end: string;
  label: string;
}

/** The reviewed years of a corpus as a focus, when it reviews any. */
export function reviewedYears(years: readonly string[]): Focus | undefined {
  const known = years.filter((y) => /^\d{4}$/.test(y)).map(Number);
  if (known.length === 0) return undefined;
  const [first, last] = [Math.min(...known), Math.max(...known)];
  return { start: isoSpan(String(first))[0], end: isoSpan(String(last))[1], label: first === last ? String(first) : `${first}–${last}` };
}

/**
 * Marks along a time axis, one row per track, in the order the tracks are given. With a focus, a second panel
 * shows that period alone: the texts name far-off dates (a founding, a target year) that would crowd it into a
 * sliver of the whole axis.
 */
export function timelineFigure(marks: readonly TimelineMark[], tracks: readonly string[], focus?: Focus): Figure {
  const used = tracks.filter((track) => marks.some((m) => m.track === track));
  const withEvents = used.some(isEventTrack);
  const counted = withEvents ? 'times named, or events' : 'times named';
  const values = marks.map((m) => ({ ...m, middle: new Date((Date.parse(m.start) + Date.parse(m.end)) / 2).toISOString(), description: `${m.label}: ${isEventTrack(m.track) ? `${m.weight} ${m.track.replace(/s$/, '')}${m.weight === 1 ? '' : 's'}` : `named ${m.weight} ${m.weight === 1 ? 'time' : 'times'}`}${m.detail ? `, with ${m.detail}` : ''}` }));
  // Spans are cut to the focus, so that its axis is the focus's period.
  const inFocus = focus === undefined ? [] : values.filter((m) => m.end > focus.start && m.start < focus.end).map((m) => ({ ...m, start: m.start < focus.start ? focus.start : m.start, end: m.end > focus.end ? focus.end : m.end }));
  const y = { field: 'track', type: 'nominal', sort: used, title: null, axis: { labelFontWeight: 500, domain: false, ticks: false, minExtent: 90 } } as const;
  const size = { field: 'weight', type: 'quantitative', title: counted, scale: { range: [30, 360], domain: [0, Math.max(1, ...marks.map((m) => m.weight))] }, legend: { orient: 'top', values: legendValues(marks), format: 'd' } } as const;
  const panel = (name: string, title: string, close = false) => {
    const x = { field: 'start', type: 'temporal', scale: { type: 'utc', nice: close ? 'month' : 'year' }, title: null, axis: { format: close ? '%b %Y' : '%Y', labelOverlap: true, grid: true } } as const;
    return {
      title: { text: title, fontSize: 12.5 },
      width: 640,
      height: { step: 40 },
      data: { name },
      layer: [
        { mark: { type: 'bar', height: { band: 0.5 }, cornerRadius: 2, color: '#4f7cac', opacity: 0.35, aria: false }, encoding: { y, x, x2: { field: 'end' } } },
        {
          mark: { type: 'circle', color: '#2f5d8a', opacity: 0.85, stroke: 'currentColor', strokeOpacity: 0.25, strokeWidth: 0.5 },
          encoding: { y, x: { field: 'middle', type: 'temporal' }, size, description: { field: 'description' } },
        },
      ],
    };
  };
  const panels = [panel('marks', 'All the dates named')];
  const datasets: Record<string, object[]> = { marks: values };
  if (focus !== undefined && inFocus.length > 0) {
    panels.push(panel('focus', `The reviewed years, ${focus.label}`, true));
    datasets.focus = inFocus;
  }
  return {
    id: 'timeline',
    title: 'When: the dates the texts name',
    summary:
      `Every date the texts give, placed in time: a bar spans the year, month or day it names and its dot grows with how often it is named (${marks.filter((m) => !isEventTrack(m.track)).length} distinct dates)` +
      (withEvents ? `; below them, the interaction events the texts report, one track per type, a dot growing with the events of that date` : '') +
      (panels.length > 1 ? `; the second panel shows the reviewed years alone.` : '.'),
    chart: { grammar: 'vega-lite', datasets, spec: { vconcat: panels, spacing: 22 } as never },
    table: table(
      [['date', false], ['track', false], [counted, true], ['named with it', false]],
      marks.map((m) => [m.label, m.track, m.weight, m.detail]),
    ),
  };
}
