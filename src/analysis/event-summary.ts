import type { Period } from './periods.js';
import type { ResolvedEntity } from '../extract/resolve.js';
import { entityKey } from '../extract/resolve.js';
import { EVENT_TYPES, type EntityType, type EventType, type Mention } from '../types.js';
import type { EntityRef } from './cooccur.js';
import { compareEntities } from './cooccur.js';
import { compareText } from './entities.js';
import type { InteractionEvent, Participant } from './events.js';
import { yearLabel } from './select.js';

/** Counts of one partner in one year: each event type, and visits by direction. */
export type YearLedger = Record<EventType, number> & { visitsTo: number; visitsFrom: number };

export interface PartnerLedger extends EntityRef {
  total: number;
  years: Record<string, YearLedger>;
}

const emptyYear = (): YearLedger => ({ ...(Object.fromEntries(EVENT_TYPES.map((t) => [t, 0])) as Record<EventType, number>), visitsTo: 0, visitsFrom: 0 });

/**
 * The country whose party's diplomacy the corpus reviews: the country its names belong to most, counting the
 * countries of parties and people too (Vietnam, for the reviews).
 */
export function homeCountry(mentions: Iterable<Pick<Mention, 'kind' | 'type' | 'id' | 'country'>>): string | undefined {
  const counts = new Map<string, number>();
  for (const m of mentions) countTowardHome(counts, m);
  return mostCounted(counts);
}

/** homeCountry a mention at a time, for a pass over the mentions that does more. */
export function countTowardHome(counts: Map<string, number>, m: Pick<Mention, 'kind' | 'type' | 'id' | 'country'>): void {
  if (m.kind !== 'name' && m.kind !== 'abbreviation') return;
  const country = m.type === 'country' ? m.id : m.type === 'date' ? undefined : m.country;
  if (country) counts.set(country, (counts.get(country) ?? 0) + 1);
}

export const mostCounted = (counts: Map<string, number>): string | undefined => [...counts.entries()].sort(([a, na], [b, nb]) => nb - na || compareText(a, b))[0]?.[0];

/**
 * The foreign partners of an event: its parties and countries of another country than home, and the countries of
 * its foreign people (a call with a president is a contact with the president's country).
 */
function partnersOf(event: InteractionEvent, entities: Map<string, ResolvedEntity>, home: string | undefined): { ref: EntityRef; sides: Participant[] }[] {
  const partners = new Map<string, { ref: EntityRef; sides: Participant[] }>();
  const add = (type: EntityType, id: string, participant: Participant) => {
    const entity = entities.get(entityKey(type, id));
    if (!entity) return;
    const key = entityKey(type, id);
    const entry = partners.get(key) ?? { ref: { type, id, name: entity.name }, sides: [] };
    entry.sides.push(participant);
    partners.set(key, entry);
  };
  for (const p of event.participants) {
    const entity = entities.get(entityKey(p.type, p.id));
    const country = p.type === 'country' ? p.id : entity?.country;
    if (country === home) continue;
    if (p.type === 'person') {
      if (country) add('country', country, p);
    } else add(p.type, p.id, p);
  }
  return [...partners.values()];
}

/**
 * One row per foreign partner: per reviewed year, how many events of each type name it, and visits by direction
 * (to the home country: the partner visits it or it hosts; from it: the partner hosts). Sorted by total, then
 * type, name and id.
 */
export function partnerLedger(events: readonly InteractionEvent[], entities: Map<string, ResolvedEntity>, home: string | undefined, years: readonly string[]): PartnerLedger[] {
  const rows = new Map<string, PartnerLedger>();
  for (const event of events) {
    const year = yearLabel(event.year);
    for (const { ref, sides } of partnersOf(event, entities, home)) {
      const key = entityKey(ref.type, ref.id);
      const row = rows.get(key) ?? { ...ref, total: 0, years: Object.fromEntries(years.map((y) => [y, emptyYear()])) };
      const ledger = (row.years[year] ??= emptyYear());
      row.total++;
      ledger[event.type]++;
      if (event.type === 'visit') {
        const hostsHome = event.participants.some((p) => p.role === 'host' && (p.type === 'country' ? p.id : entities.get(entityKey(p.type, p.id))?.country) === home);
        if (sides.some((s) => s.role === 'host')) ledger.visitsFrom++;
        else if (hostsHome || sides.some((s) => s.role === 'visitor')) ledger.visitsTo++;
      }
      rows.set(key, row);
    }
  }
  return [...rows.values()].sort((a, b) => b.total - a.total || compareEntities(a, b));
}

export interface EventEdge {
  from: EntityRef;
  to: EntityRef;
  type: EventType;
  /** Visits go from visitor to host, messages from sender to recipient; other contacts have no direction. */
  directed: boolean;
  weight: number;
}

/** The edges of the event graph: every pair of participants of an event, by type, weighted by events. */
export function eventEdges(events: readonly InteractionEvent[]): EventEdge[] {
  const edges = new Map<string, EventEdge>();
  const refOf = (p: Participant): EntityRef => ({ type: p.type, id: p.id, name: p.name });
  for (const event of events) {
    const unique = new Map<string, Participant>();
    for (const p of event.participants) if (!unique.has(entityKey(p.type, p.id))) unique.set(entityKey(p.type, p.id), p);
    const ordered = [...unique.values()].sort((a, b) => compareEntities(refOf(a), refOf(b)));
    ordered.forEach((a, i) => {
      for (const b of ordered.slice(i + 1)) {
        const directed = (event.type === 'visit' || event.type === 'message') && isSource(a) !== isSource(b);
        const [from, to] = directed && isSource(b) ? [b, a] : [a, b];
        const key = `${event.type}|${directed}|${entityKey(from.type, from.id)}|${entityKey(to.type, to.id)}`;
        const edge = edges.get(key) ?? { from: refOf(from), to: refOf(to), type: event.type, directed, weight: 0 };
        edge.weight++;
        edges.set(key, edge);
      }
    });
  }
  return [...edges.values()].sort((a, b) => compareEntities(a.from, b.from) || compareEntities(a.to, b.to) || compareText(a.type, b.type) || Number(a.directed) - Number(b.directed));
}

const isSource = (p: Participant) => p.role === 'visitor' || p.role === 'sender';

/** Per reviewed year, the count of each event type. */
export function eventsPerYear(events: readonly InteractionEvent[], years: readonly string[]): Record<string, Record<EventType, number>> {
  const table: Record<string, Record<EventType, number>> = Object.fromEntries(years.map((y) => [y, emptyYear()]).map(([y, l]) => [y, typesOnly(l as YearLedger)]));
  for (const e of events) (table[yearLabel(e.year)] ??= typesOnly(emptyYear()))[e.type]++;
  return table;
}

const typesOnly = (ledger: YearLedger): Record<EventType, number> => Object.fromEntries(EVENT_TYPES.map((t) => [t, ledger[t]])) as Record<EventType, number>;

export interface EventComparison {
  /** Events of each type in the documents of each year. */
  types: { type: EventType; a: number; b: number }[];
  /** Each foreign partner's events in each year, by the size of the change. */
  partners: (EntityRef & { a: number; b: number; change: number })[];
}

/**
 * What changed in contact between two periods: events per type, and each partner's events, from the counts of
 * every reviewed year (eventsPerYear and partnerLedger of the corpus's occasions).
 */
export function compareEvents(periodA: Period, periodB: Period, perYear: Record<string, Record<EventType, number>>, ledger: readonly PartnerLedger[]): EventComparison {
  const labelsOf = (period: Period) => period.years.map(String);
  const sumOver = (period: Period, count: (year: string) => number) => labelsOf(period).reduce((sum, year) => sum + count(year), 0);
  const total = (row: PartnerLedger, period: Period) => sumOver(period, (year) => EVENT_TYPES.reduce((sum, type) => sum + (row.years[year]?.[type] ?? 0), 0));
  const partners = ledger
    .map((row) => ({ type: row.type, id: row.id, name: row.name, a: total(row, periodA), b: total(row, periodB) }))
    .filter((row) => row.a + row.b > 0)
    .map((row) => ({ ...row, change: row.b - row.a }))
    .sort((x, y) => Math.abs(y.change) - Math.abs(x.change) || y.change - x.change || compareEntities(x, y));
  return {
    types: EVENT_TYPES.map((type) => ({ type, a: sumOver(periodA, (year) => perYear[year][type]), b: sumOver(periodB, (year) => perYear[year][type]) })),
    partners,
  };
}
