import type { ResolvedEntity } from '../extract/resolve.js';
import { entityKey } from '../extract/resolve.js';
import type { EntityType, ExtractedDocument, Mention } from '../types.js';
import { compareEntities, cooccurrences, type EntityRef } from './cooccur.js';
import { compareText } from './entities.js';
import { keynessLogLikelihood, logRatio, round, SIGNIFICANT_G2 } from './stats.js';

export type Status = 'new' | 'gone' | 'up' | 'down' | 'same';

export interface YearSide {
  year: number;
  docs: number;
  tokens: number;
  parties: number;
  countries: number;
  people: number;
}

export interface EntityChange extends EntityRef {
  a: { count: number; per10k: number };
  b: { count: number; per10k: number };
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

const per10k = (count: number, tokens: number) => (tokens === 0 ? 0 : round((count / tokens) * 10_000));

function side(year: number, documents: readonly ExtractedDocument[], mentions: readonly Mention[]): YearSide {
  const docs = documents.filter((d) => d.metadata.year === year);
  const distinct = (type: EntityType) => new Set(mentions.filter((m) => m.year === year && m.type === type).map((m) => m.id)).size;
  return {
    year,
    docs: docs.length,
    tokens: docs.reduce((sum, d) => sum + d.tokens, 0),
    parties: distinct('party'),
    countries: distinct('country'),
    people: distinct('person'),
  };
}

function statusOf(a: number, b: number, rateA: number, rateB: number): Status {
  if (a === 0) return 'new';
  if (b === 0) return 'gone';
  return rateB > rateA ? 'up' : rateB < rateA ? 'down' : 'same';
}

/**
 * Every entity's frequency in the documents of two reviewed years, normalised per 10,000 word tokens, with
 * Hardie's Log Ratio (positive: more frequent in B) and Rayson and Garside's log-likelihood G², sorted by G².
 */
export function compareYears(
  yearA: number,
  yearB: number,
  documents: readonly ExtractedDocument[],
  mentions: readonly Mention[],
  entities: Map<string, ResolvedEntity>,
): Comparison {
  const a = side(yearA, documents, mentions);
  const b = side(yearB, documents, mentions);
  const counts = new Map<string, { a: number; b: number }>();
  for (const m of mentions) {
    if (m.year !== yearA && m.year !== yearB) continue;
    const key = entityKey(m.type, m.id);
    const entry = counts.get(key) ?? { a: 0, b: 0 };
    if (m.year === yearA) entry.a++;
    else entry.b++;
    counts.set(key, entry);
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
      a: { count: count.a, per10k: rateA },
      b: { count: count.b, per10k: rateB },
      status: statusOf(count.a, count.b, rateA, rateB),
      logRatio: round(logRatio(count.a, a.tokens, count.b, b.tokens)),
      ll: round(ll),
      significant: ll >= SIGNIFICANT_G2,
    });
  }
  changes.sort((x, y) => y.ll - x.ll || Math.abs(y.logRatio) - Math.abs(x.logRatio) || compareEntities(x, y));
  return { a, b, entities: changes };
}

export interface PartnerChange extends EntityRef {
  a: number;
  b: number;
  status: Status;
}

/**
 * How one entity's partners changed: the sentences naming each partner with it in the documents of each year,
 * sorted by the size of the change, then by how often they are named together, then by name and id.
 */
export function partnerChanges(
  yearA: number,
  yearB: number,
  documents: readonly ExtractedDocument[],
  mentions: readonly Mention[],
  entities: Map<string, ResolvedEntity>,
  isEgo: (entity: EntityRef) => boolean,
): PartnerChange[] {
  const changes = new Map<string, PartnerChange>();
  for (const [side, year] of [['a', yearA], ['b', yearB]] as const) {
    const inYear = mentions.filter((m) => m.year === year);
    const pairs = cooccurrences(inYear, documents.filter((d) => d.metadata.year === year), entities, { unit: 'sentence', years: [String(year)], entity: isEgo });
    for (const pair of pairs) {
      const key = entityKey(pair.b.type, pair.b.id);
      const change = changes.get(key) ?? { ...pair.b, a: 0, b: 0, status: 'same' };
      change[side] = pair.count;
      changes.set(key, change);
    }
  }
  return [...changes.values()]
    .map((c) => ({ ...c, status: statusOf(c.a, c.b, c.a, c.b) }))
    .sort((x, y) => Math.abs(y.b - y.a) - Math.abs(x.b - x.a) || y.a + y.b - (x.a + x.b) || compareText(x.name, y.name) || compareText(x.id, y.id));
}
