import type { ResolvedEntity } from '../extract/resolve.js';
import { entityKey } from '../extract/resolve.js';
import { TYPE_ORDER, type EntityType, type Mention } from '../types.js';
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
 * One row per canonical entity: its mentions in all, per reviewed year (every year of the corpus, zeros included),
 * and the written forms seen. Sorted by count, then name, type and id, so that equal counts always list alike.
 */
export function countEntities(mentions: readonly Mention[], entities: Map<string, ResolvedEntity>, years: readonly string[]): EntityCount[] {
  const rows = new Map<string, EntityCount>();
  const aliases = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const key = entityKey(mention.type, mention.id);
    let row = rows.get(key);
    if (!row) {
      const entity = entities.get(key);
      row = { type: mention.type, id: mention.id, name: mention.name, count: 0, years: Object.fromEntries(years.map((y) => [y, 0])), aliases: [] };
      if (entity?.country) row.country = entity.country;
      rows.set(key, row);
      aliases.set(key, new Set());
    }
    row.count++;
    const year = yearLabel(mention.year);
    row.years[year] = (row.years[year] ?? 0) + 1;
    aliases.get(key)!.add(mention.text.replace(/\s+/g, ' '));
  }
  for (const [key, row] of rows) row.aliases = [...aliases.get(key)!].sort(compareText);
  return [...rows.values()].sort(byCountThenName);
}

function byCountThenName(a: EntityCount, b: EntityCount): number {
  return b.count - a.count || compareText(a.name, b.name) || TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareText(a.id, b.id);
}
