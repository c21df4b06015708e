import type { CorpusIndex } from '../extract/corpus-index.js';
import { TYPE_ORDER, type EntityType } from '../types.js';
import { forEachMention, ofTypes } from './indexed.js';
import { yearLabel } from './select.js';

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
  const rows: EntityCount[] = [];
  const aliases: Set<number>[] = [];
  const wanted = ofTypes(index, types);
  forEachMention(index, documents, (m, d) => {
    const e = index.entity[m];
    if (!wanted[e]) return;
    let row = rows[e];
    if (!row) {
      const entity = index.entities[e];
      row = rows[e] = { type: entity.type, id: entity.id, name: entity.name, count: 0, years: Object.fromEntries(years.map((y) => [y, 0])), aliases: [] };
      if (entity.country) row.country = entity.country;
      aliases[e] = new Set();
    }
    row.count++;
    const year = yearLabel(index.documents.year[d]);
    row.years[year] = (row.years[year] ?? 0) + 1;
    aliases[e].add(index.alias[m]);
  });
  rows.forEach((row, e) => (row.aliases = [...aliases[e]].map((a) => index.aliases[a]).sort(compareText)));
  return rows.filter(Boolean).sort(byCountThenName);
}

function byCountThenName(a: EntityCount, b: EntityCount): number {
  return b.count - a.count || compareText(a.name, b.name) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareText(a.id, b.id);
}
