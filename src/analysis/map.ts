import { entityKey, type ResolvedEntity } from '../extract/resolve.js';
import type { ExtractedDocument, Mention } from '../types.js';
import { compareText } from './entities.js';
import { yearLabel } from './select.js';

export const MAP_TYPES = ['country', 'party'] as const;
export type MapType = (typeof MAP_TYPES)[number];

export interface CountryRate {
  /** The reviewed year, or `unknown`. */
  year: string;
  /** ISO 3166-1 alpha-2. */
  code: string;
  count: number;
  per10k: number;
}

/**
 * How often each country is named in each reviewed year, per 10,000 word tokens of that year's documents: by its
 * own name (`country`), or through the parties of that country (`party`). Sorted by year, rate, then code.
 */
export function countryRates(
  mentions: readonly Mention[],
  entities: Map<string, ResolvedEntity>,
  documents: readonly ExtractedDocument[],
  type: MapType,
): CountryRate[] {
  const tokens = new Map<string, number>();
  for (const d of documents) tokens.set(yearLabel(d.metadata.year), (tokens.get(yearLabel(d.metadata.year)) ?? 0) + d.tokens);
  const counts = new Map<string, { year: string; code: string; count: number }>();
  for (const m of mentions) {
    if (m.type !== type) continue;
    const code = type === 'country' ? m.id : entities.get(entityKey(m.type, m.id))?.country;
    if (!code) continue;
    const year = yearLabel(m.year);
    const key = `${year}:${code}`;
    const row = counts.get(key) ?? { year, code, count: 0 };
    row.count++;
    counts.set(key, row);
  }
  return [...counts.values()]
    .map((r) => ({ ...r, per10k: (r.count / Math.max(1, tokens.get(r.year) ?? 0)) * 10_000 }))
    .sort((a, b) => compareText(a.year, b.year) || b.per10k - a.per10k || compareText(a.code, b.code));
}
