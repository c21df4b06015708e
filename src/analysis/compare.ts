import type { CorpusIndex } from '../extract/corpus-index.js';
import { entityKey } from '../extract/resolve.js';
import type { EntityType } from '../types.js';
import { compareEntities, cooccurrences, type EntityRef } from './cooccur.js';
import { compareText } from './entities.js';
import { documentsIn, forEachMention, ofTypes, tokensOf } from './indexed.js';
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

function side(period: Period, index: CorpusIndex, documents: readonly number[]): YearSide {
  const named = { party: new Set<number>(), country: new Set<number>(), person: new Set<number>(), date: new Set<number>() };
  forEachMention(index, documents, (m) => named[index.entities[index.entity[m]].type].add(index.entity[m]));
  return {
    year: periodYear(period),
    docs: documents.length,
    tokens: tokensOf(index, documents),
    parties: named.party.size,
    countries: named.country.size,
    people: named.person.size,
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
 * G², sorted by G². The sides' summaries count every type; the rows list the entities of `types`.
 * Values are exact: rounding is for output.
 */
export function compareYears(periodA: Period, periodB: Period, index: CorpusIndex, types?: readonly EntityType[]): Comparison {
  const [documentsA, documentsB] = [documentsIn(index, periodA), documentsIn(index, periodB)];
  const a = side(periodA, index, documentsA);
  const b = side(periodB, index, documentsB);
  const counts: { a: number; b: number; docsA: number; docsB: number; lastDocument: number }[] = [];
  const wanted = ofTypes(index, types);
  for (const [name, documents] of [['a', documentsA], ['b', documentsB]] as const) {
    forEachMention(index, documents, (m, d) => {
      const e = index.entity[m];
      if (!wanted[e]) return;
      const entry = (counts[e] ??= { a: 0, b: 0, docsA: 0, docsB: 0, lastDocument: -1 });
      entry[name]++;
      if (entry.lastDocument !== d) entry[name === 'a' ? 'docsA' : 'docsB']++;
      entry.lastDocument = d;
    });
  }
  const changes: EntityChange[] = [];
  counts.forEach((count, e) => {
    const entity = index.entities[e];
    const rateA = per10k(count.a, a.tokens);
    const rateB = per10k(count.b, b.tokens);
    const ll = keynessLogLikelihood(count.a, a.tokens, count.b, b.tokens);
    changes.push({
      type: entity.type,
      id: entity.id,
      name: entity.name,
      a: { count: count.a, per10k: rateA, docs: count.docsA },
      b: { count: count.b, per10k: rateB, docs: count.docsB },
      status: statusOf(count.a, count.b, rateA, rateB),
      logRatio: logRatio(count.a, a.tokens, count.b, b.tokens),
      ll,
      significant: ll >= SIGNIFICANT_G2,
    });
  });
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
export function partnerChanges(periodA: Period, periodB: Period, index: CorpusIndex, isEgo: (entity: EntityRef) => boolean): PartnerChange[] {
  const counts = new Map<string, EntityRef & { a: number; b: number }>();
  const tokens = { a: 0, b: 0 };
  for (const [name, period] of [['a', periodA], ['b', periodB]] as const) {
    const documents = documentsIn(index, period);
    tokens[name] = tokensOf(index, documents);
    const pairs = cooccurrences(index, documents, { unit: 'sentence', years: period.years.map(String), entity: isEgo });
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
