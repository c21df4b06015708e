import type { ResolvedEntity } from '../extract/resolve.js';
import { UsageError } from '../errors.js';
import { entityKey } from '../extract/resolve.js';
import { TYPE_ORDER, type Entity, type EntityType, type ExtractedDocument, type Mention } from '../types.js';
import { compareText } from './entities.js';
import { yearLabel } from './select.js';
import { coOccurrenceLogLikelihood, descending, dice, pmi, type Contingency } from './stats.js';
import { unitOf, type Unit } from './units.js';

export interface EntityRef {
  type: EntityType;
  id: string;
  name: string;
}

export interface Pair {
  a: EntityRef;
  b: EntityRef;
  count: number;
  years: Record<string, number>;
  pmi: number;
  dice: number;
  ll: number;
}

export const SORT_KEYS = ['count', 'pmi', 'dice', 'll'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export function parseSortKey(value: string | undefined): SortKey {
  const sort = value ?? 'count';
  if (!SORT_KEYS.includes(sort as SortKey)) throw new UsageError(`invalid sort key '${sort}'`, `use one of: ${SORT_KEYS.join(', ')}`);
  return sort as SortKey;
}

export interface CooccurrenceOptions {
  unit: Unit;
  years: readonly string[];
  /** Both sides must be of these types. */
  types?: readonly EntityType[];
  /** One entity's partners only (its ego network); it is always side `a`. */
  entity?: (entity: Entity) => boolean;
  min?: number;
  sort?: SortKey;
}


export function compareEntities(a: EntityRef, b: EntityRef): number {
  return TYPE_ORDER[a.type] - TYPE_ORDER[b.type] || compareText(a.name, b.name) || compareText(a.id, b.id);
}

export function unitCount(documents: readonly ExtractedDocument[], unit: Unit): number {
  return documents.reduce((sum, d) => sum + (unit === 'doc' ? 1 : unit === 'paragraph' ? d.paragraphs.length : d.sentences.length), 0);
}

/** The distinct entities (dates excluded) of each unit that holds any. */
export function entitiesByUnit(mentions: readonly Mention[], unit: Unit): Map<string, { year: string; keys: Set<string> }> {
  const units = new Map<string, { year: string; keys: Set<string> }>();
  for (const m of mentions) {
    if (m.type === 'date') continue;
    const key = unitOf(m, unit);
    let entry = units.get(key);
    if (!entry) units.set(key, (entry = { year: yearLabel(m.year), keys: new Set() }));
    entry.keys.add(entityKey(m.type, m.id));
  }
  return units;
}

/** How many units name each entity (dates excluded), by entity key. */
export function unitsNaming(mentions: readonly Mention[], unit: Unit): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { keys } of entitiesByUnit(mentions, unit).values()) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

/**
 * Pairs of entities named in the same unit, each pair once, with the number of units holding both, per reviewed
 * year, and association scores over all units of the documents: PMI, Dice and signed log-likelihood G². Scores
 * are exact: rounding is for output.
 */
export function cooccurrences(
  mentions: readonly Mention[],
  documents: readonly ExtractedDocument[],
  entities: Map<string, ResolvedEntity>,
  options: CooccurrenceOptions,
): Pair[] {
  const units = entitiesByUnit(mentions, options.unit);
  const totalUnits = unitCount(documents, options.unit);
  // A type restriction removes entities from pairs, not from the units that name them.
  const unitsWith = unitsNaming(mentions, options.unit);
  const together = new Map<string, { count: number; years: Record<string, number> }>();
  const ref = (key: string): EntityRef => {
    const e = entities.get(key)!;
    return { type: e.type, id: e.id, name: e.name };
  };
  const allowed = (key: string) => !options.types || options.types.includes(entities.get(key)!.type);

  for (const { year, keys } of units.values()) {
    const present = [...keys].filter(allowed).sort();
    for (let i = 0; i < present.length; i++) {
      for (let j = i + 1; j < present.length; j++) {
        const pairKey = `${present[i]}\u0000${present[j]}`;
        let entry = together.get(pairKey);
        if (!entry) together.set(pairKey, (entry = { count: 0, years: Object.fromEntries(options.years.map((y) => [y, 0])) }));
        entry.count++;
        entry.years[year] = (entry.years[year] ?? 0) + 1;
      }
    }
  }

  const pairs: Pair[] = [];
  for (const [pairKey, { count, years }] of together) {
    if (count < (options.min ?? 1)) continue;
    const [keyA, keyB] = pairKey.split('\u0000');
    const [first, second] = [ref(keyA), ref(keyB)];
    const inOrder = compareEntities(first, second) <= 0;
    let [a, b] = inOrder ? [first, second] : [second, first];
    let [unitsA, unitsB] = inOrder ? [unitsWith.get(keyA)!, unitsWith.get(keyB)!] : [unitsWith.get(keyB)!, unitsWith.get(keyA)!];
    if (options.entity) {
      const aIsEgo = options.entity(a);
      if (!aIsEgo && !options.entity(b)) continue;
      if (!aIsEgo) [a, b, unitsA, unitsB] = [b, a, unitsB, unitsA];
    }
    const table: Contingency = { both: count, a: unitsA, b: unitsB, units: totalUnits };
    pairs.push({ a, b, count, years, pmi: pmi(table), dice: dice(table), ll: coOccurrenceLogLikelihood(table) });
  }
  return pairs.sort((x, y) => comparePairs(x, y, options.sort ?? 'count'));
}

function comparePairs(x: Pair, y: Pair, sort: SortKey): number {
  const keys: SortKey[] = [sort, ...(['count', 'll', 'pmi', 'dice'] as SortKey[]).filter((k) => k !== sort)];
  for (const key of keys) {
    const order = descending(x[key], y[key]);
    if (order !== 0) return order;
  }
  return compareEntities(x.a, y.a) || compareEntities(x.b, y.b);
}
