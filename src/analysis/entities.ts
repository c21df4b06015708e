import type { CorpusIndex } from '../extract/corpus-index.js';
import { TYPE_ORDER, type EntityType } from '../types.js';
import { ofTypes, yearLabels } from './indexed.js';

export interface EntityCount {
  type: EntityType;
  id: string;
  name: string;
  count: number;
  years: Record<string, number>;
  aliases: string[];
  country?: string;
}


export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * One row per canonical entity of `types` named in the documents: its mentions in all, per reviewed year (every
 * year of the corpus, zeros included), and the written forms seen. Sorted by count, then name, type and id, so
 * that equal counts always list alike.
 */
export function countEntities(index: CorpusIndex, documents: readonly number[], years: readonly string[], types?: readonly EntityType[]): EntityCount[] {
  const { labels, labelOf, record } = yearLabels(index, years);
  const counts = new Int32Array(index.entities.length * labels.length);
  const aliases: Set<number>[] = [];
  const wanted = ofTypes(index, types);
  for (const d of documents) {
    const label = labelOf[d];
    for (let m = index.firstMention[d]; m < index.firstMention[d + 1]; m++) {
      const e = index.entity[m];
      if (!wanted[e]) continue;
      counts[e * labels.length + label]++;
      (aliases[e] ??= new Set()).add(index.alias[m]);
    }
  }
  const rows: EntityCount[] = [];
  aliases.forEach((written, e) => {
    const { type, id, name, country } = index.entities[e];
    const byYear = record(counts, e * labels.length);
    const count = Object.values(byYear).reduce((sum, n) => sum + n, 0);
    const row: EntityCount = { type, id, name, count, years: byYear, aliases: [...written].map((a) => index.aliases[a]).sort(compareText) };
    if (country) row.country = country;
    rows.push(row);
  });
  return rows.sort(byCountThenName);
}

function byCountThenName(a: EntityCount, b: EntityCount): number {
  return b.count - a.count || compareText(a.name, b.name) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareText(a.id, b.id);
}
