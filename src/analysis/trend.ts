import type { CorpusIndex } from '../extract/corpus-index.js';
import type { EntityType } from '../types.js';
import { documentsWhere, forEachMention, ofTypes } from './indexed.js';
import { compareEntities, type EntityRef } from './cooccur.js';
import { mannKendall, type MannKendall } from './mann-kendall.js';
import { reviewedYears } from './periods.js';
import { descending } from './stats.js';

/** Fewer reviewed years than this give no trend statistic: with two, S is ±1 and p is 1 whatever the rates. */
export const MIN_TREND_YEARS = 3;

/** An entity's rate in each reviewed year and the Mann-Kendall test of a monotonic trend in them (null when too few years). */
export interface EntityTrend extends EntityRef {
  count: number;
  /** Mentions in each reviewed year. */
  years: Record<string, number>;
  /** Mentions per 10,000 word tokens of each reviewed year's documents. */
  per10k: Record<string, number>;
  s: number | null;
  variance: number | null;
  tau: number | null;
  p: number | null;
  method: MannKendall['method'] | null;
  sign: MannKendall['sign'] | null;
}

export interface TrendOptions {
  types?: readonly EntityType[];
  /** Only entities with at least this many mentions in the reviewed years. */
  min?: number;
}

export interface Trends {
  /** The reviewed years, ascending: the points of every series. */
  years: number[];
  /** Whether there are enough years for a trend statistic. */
  tested: boolean;
  trends: EntityTrend[];
}

const NO_STATISTIC = { s: null, variance: null, tau: null, p: null, method: null, sign: null };

/**
 * Every entity's rate per 10,000 word tokens in each reviewed year, with the Mann-Kendall test across the years,
 * sorted by the strength of the trend: p, then |tau|, then count, then type, name and id. Documents without a
 * reviewed year are left out. Values are exact: rounding is for output.
 */
export function entityTrends(index: CorpusIndex, options: TrendOptions = {}): Trends {
  const years = reviewedYears(index.documents.year);
  const documents = documentsWhere(index, (year) => year !== null);
  const tokens = new Map<number, number>(years.map((y) => [y, 0]));
  for (const d of documents) tokens.set(index.documents.year[d]!, tokens.get(index.documents.year[d]!)! + index.documents.tokens[d]);
  const counts: Map<number, number>[] = [];
  const wanted = ofTypes(index, options.types);
  forEachMention(index, documents, (m, d) => {
    const e = index.entity[m];
    if (!wanted[e]) return;
    const byYear = (counts[e] ??= new Map());
    const year = index.documents.year[d]!;
    byYear.set(year, (byYear.get(year) ?? 0) + 1);
  });
  const tested = years.length >= MIN_TREND_YEARS;
  const trends: EntityTrend[] = [];
  counts.forEach((byYear, e) => {
    const count = [...byYear.values()].reduce((sum, n) => sum + n, 0);
    if (count < (options.min ?? 1)) return;
    const entity = index.entities[e];
    const rates = years.map((y) => rate(byYear.get(y) ?? 0, tokens.get(y)!));
    trends.push({
      type: entity.type,
      id: entity.id,
      name: entity.name,
      count,
      years: Object.fromEntries(years.map((y) => [y, byYear.get(y) ?? 0])),
      per10k: Object.fromEntries(years.map((y, i) => [y, rates[i]])),
      ...(tested ? mannKendall(rates) : NO_STATISTIC),
    });
  });
  trends.sort(
    (x, y) =>
      descending(y.p ?? 1, x.p ?? 1) || descending(Math.abs(x.tau ?? 0), Math.abs(y.tau ?? 0)) || y.count - x.count || compareEntities(x, y),
  );
  return { years, tested, trends };
}

const rate = (count: number, tokens: number) => (tokens === 0 ? 0 : (count / tokens) * 10_000);
