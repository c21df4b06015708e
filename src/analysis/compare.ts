import type { ResolvedEntity } from '../extract/resolve.js';
import { entityKey } from '../extract/resolve.js';
import type { EntityType, ExtractedDocument, Mention } from '../types.js';
import { compareEntities, cooccurrences, type EntityRef } from './cooccur.js';
import { compareText } from './entities.js';
import { periodYear, type Period } from './periods.js';
import { descending, keynessLogLikelihood, logRatio, SIGNIFICANT_G2 } from './stats.js';

export type Status = 'new' | 'gone' | 'up' | 'down' | 'same';

/** One side of a comparison: a reviewed year or a period of several. */
export interface YearSide {
  /** The year when the side is one year; null for a period of several. */
  year: number | null;
  docs: number;
  tokens: number;
  /** Distinct entities of each type named in the side, whatever types the comparison lists. */
  parties: number;
  countries: number;
  people: number;
  /** The side as written: `2017`, `2012-2016`, `2017,2018`. */
  period: string;
  years: number[];
}

/** An entity in one side: its mentions, their rate per 10,000 word tokens, and the documents naming it (its dispersion). */
export interface SideCount {
  count: number;
  per10k: number;
  docs: number;
}

export interface EntityChange extends EntityRef {
  a: SideCount;
  b: SideCount;
  status: Status;
  logRatio: number;
  ll: number;
  significant: boolean;
}

export interface Comparison {
  a: YearSide;
  b: YearSide;
  entities: EntityChange[];
}

const per10k = (count: number, tokens: number) => (tokens === 0 ? 0 : (count / tokens) * 10_000);

const inPeriod = (period: Period, year: number | null) => year !== null && period.years.includes(year);

function side(period: Period, documents: readonly ExtractedDocument[], mentions: readonly Mention[]): YearSide {
  const docs = documents.filter((d) => inPeriod(period, d.metadata.year));
  const distinct = (type: EntityType) => new Set(mentions.filter((m) => m.type === type && inPeriod(period, m.year)).map((m) => m.id)).size;
  return {
    year: periodYear(period),
    docs: docs.length,
    tokens: docs.reduce((sum, d) => sum + d.tokens, 0),
    parties: distinct('party'),
    countries: distinct('country'),
    people: distinct('person'),
    period: period.label,
    years: period.years,
  };
}

function statusOf(a: number, b: number, rateA: number, rateB: number): Status {
  if (a === 0) return 'new';
  if (b === 0) return 'gone';
  return rateB > rateA ? 'up' : rateB < rateA ? 'down' : 'same';
}

/**
 * Every entity's frequency in the documents of two years or periods, normalised per 10,000 word tokens, with the
 * documents naming it, Hardie's Log Ratio (positive: more frequent in B) and Rayson and Garside's log-likelihood
 * G², sorted by G². The sides' summaries count every type of `mentions`; the rows list the entities of `types`.
 * Values are exact: rounding is for output.
 */
export function compareYears(
  periodA: Period,
  periodB: Period,
  documents: readonly ExtractedDocument[],
  mentions: readonly Mention[],
  entities: Map<string, ResolvedEntity>,
  types?: readonly EntityType[],
): Comparison {
  const a = side(periodA, documents, mentions);
  const b = side(periodB, documents, mentions);
  const counts = new Map<string, { a: number; b: number; docsA: Set<string>; docsB: Set<string> }>();
  for (const m of mentions) {
    if (types && !types.includes(m.type)) continue;
    const inA = inPeriod(periodA, m.year);
    if (!inA && !inPeriod(periodB, m.year)) continue;
    const key = entityKey(m.type, m.id);
    let entry = counts.get(key);
    if (!entry) counts.set(key, (entry = { a: 0, b: 0, docsA: new Set(), docsB: new Set() }));
    if (inA) {
      entry.a++;
      entry.docsA.add(m.doc);
    } else {
      entry.b++;
      entry.docsB.add(m.doc);
    }
  }
  const changes: EntityChange[] = [];
  for (const [key, count] of counts) {
    const entity = entities.get(key)!;
    const rateA = per10k(count.a, a.tokens);
    const rateB = per10k(count.b, b.tokens);
    const ll = keynessLogLikelihood(count.a, a.tokens, count.b, b.tokens);
    changes.push({
      type: entity.type,
      id: entity.id,
      name: entity.name,
      a: { count: count.a, per10k: rateA, docs: count.docsA.size },
      b: { count: count.b, per10k: rateB, docs: count.docsB.size },
      status: statusOf(count.a, count.b, rateA, rateB),
      logRatio: logRatio(count.a, a.tokens, count.b, b.tokens),
      ll,
      significant: ll >= SIGNIFICANT_G2,
    });
  }
  changes.sort((x, y) => descending(x.ll, y.ll) || descending(Math.abs(x.logRatio), Math.abs(y.logRatio)) || compareEntities(x, y));
  return { a, b, entities: changes };
}

export interface PartnerChange extends EntityRef {
  /** Sentences naming the partner with the entity, in each side. */
  a: number;
  b: number;
  status: Status;
  /** Those sentences per 10,000 word tokens of each side: the status is decided by these rates, as in the entity table. */
  per10k: { a: number; b: number };
}

/**
 * How one entity's partners changed: the sentences naming each partner with it in the documents of each side, and
 * their rate per 10,000 word tokens of the side, sorted by the size of the change in rate, then by how often they
 * are named together, then by name and id.
 */
export function partnerChanges(
  periodA: Period,
  periodB: Period,
  documents: readonly ExtractedDocument[],
  mentions: readonly Mention[],
  entities: Map<string, ResolvedEntity>,
  isEgo: (entity: EntityRef) => boolean,
): PartnerChange[] {
  const counts = new Map<string, EntityRef & { a: number; b: number }>();
  const tokens = { a: 0, b: 0 };
  for (const [name, period] of [['a', periodA], ['b', periodB]] as const) {
    const sideDocuments = documents.filter((d) => inPeriod(period, d.metadata.year));
    tokens[name] = sideDocuments.reduce((sum, d) => sum + d.tokens, 0);
    const inSide = mentions.filter((m) => inPeriod(period, m.year));
    const pairs = cooccurrences(inSide, sideDocuments, entities, { unit: 'sentence', years: period.years.map(String), entity: isEgo });
    for (const pair of pairs) {
      const key = entityKey(pair.b.type, pair.b.id);
      const count = counts.get(key) ?? { ...pair.b, a: 0, b: 0 };
      count[name] = pair.count;
      counts.set(key, count);
    }
  }
  return [...counts.values()]
    .map((c) => {
      const rates = { a: per10k(c.a, tokens.a), b: per10k(c.b, tokens.b) };
      return { ...c, status: statusOf(c.a, c.b, rates.a, rates.b), per10k: rates };
    })
    .sort(
      (x, y) =>
        descending(Math.abs(x.per10k.b - x.per10k.a), Math.abs(y.per10k.b - y.per10k.a)) ||
        y.a + y.b - (x.a + x.b) ||
        compareText(x.name, y.name) ||
        compareText(x.id, y.id),
    );
}
