import type { CorpusIndex } from '../extract/corpus-index.js';
import { UsageError } from '../errors.js';
import { entityKey } from '../extract/resolve.js';
import { TYPE_ORDER, type Entity, type EntityType } from '../types.js';
import { compareText } from './entities.js';
import { ofTypes, yearLabels } from './indexed.js';
import { coOccurrenceLogLikelihood, descending, dice, pmi, type Contingency } from './stats.js';
import type { Unit } from './units.js';

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

function unitCount(index: CorpusIndex, documents: readonly number[], unit: Unit): number {
  const { sentences, paragraphs } = index.documents;
  return documents.reduce((sum, d) => sum + (unit === 'doc' ? 1 : unit === 'paragraph' ? paragraphs[d] : sentences[d]), 0);
}

/**
 * The units of the documents that name any entity (dates excluded): unit u's distinct entities, ascending, are
 * `entities` from `start[u]` up to `start[u + 1]`, and it is in `document[u]`. Flat arrays rather than an object
 * per unit: an archive has hundreds of thousands of sentences.
 */
interface UnitEntities {
  start: Int32Array;
  entities: Int32Array;
  document: Int32Array;
  /** How many units there are (the arrays are as long as there are mentions, at most one unit each). */
  count: number;
}

function entitiesByUnit(index: CorpusIndex, documents: readonly number[], unit: Unit): UnitEntities {
  const size = index.entities.length;
  const mentions = index.entity.length;
  const units: UnitEntities = { start: new Int32Array(mentions + 1), entities: new Int32Array(mentions), document: new Int32Array(mentions), count: 0 };
  const place = unit === 'sentence' ? index.sentence : unit === 'paragraph' ? index.paragraph : undefined;
  const isDate = index.entities.map((e) => e.type === 'date');
  let length = 0;
  for (const d of documents) {
    // Each mention as one number, its unit first: sorted, a unit's entities are together and in order.
    const codes = new Float64Array(index.firstMention[d + 1] - index.firstMention[d]);
    let named = 0;
    for (let m = index.firstMention[d]; m < index.firstMention[d + 1]; m++) {
      const e = index.entity[m];
      if (!isDate[e]) codes[named++] = (place ? place[m] : 0) * size + e;
    }
    const sorted = codes.subarray(0, named).sort();
    for (let i = 0; i < named; i++) {
      if (i > 0 && sorted[i] === sorted[i - 1]) continue;
      if (i === 0 || Math.floor(sorted[i] / size) !== Math.floor(sorted[i - 1] / size)) {
        units.start[units.count] = length;
        units.document[units.count++] = d;
      }
      units.entities[length++] = sorted[i] % size;
    }
  }
  units.start[units.count] = length;
  return units;
}

/** How many units of the documents name each entity (dates excluded), by entity. */
function unitsNamingEach(index: CorpusIndex, units: UnitEntities): Int32Array {
  const counts = new Int32Array(index.entities.length);
  for (let at = 0; at < units.start[units.count]; at++) counts[units.entities[at]]++;
  return counts;
}

/** How many units of the documents name each entity (dates excluded), by entity key. */
export function unitsNaming(index: CorpusIndex, documents: readonly number[], unit: Unit): Map<string, number> {
  const counts = unitsNamingEach(index, entitiesByUnit(index, documents, unit));
  return new Map(index.entities.flatMap((e, i) => (counts[i] > 0 ? [[entityKey(e.type, e.id), counts[i]] as const] : [])));
}

const ranks = new WeakMap<CorpusIndex, { rank: Int32Array; byRank: number[] }>();

/** The entities in the order of their keys (`type:id`), which orders the two sides of a pair's key. */
function keyOrder(index: CorpusIndex): { rank: Int32Array; byRank: number[] } {
  let order = ranks.get(index);
  if (!order) {
    const keys = index.entities.map((e) => entityKey(e.type, e.id));
    const byRank = keys.map((_, e) => e).sort((a, b) => compareText(keys[a], keys[b]));
    const rank = new Int32Array(keys.length);
    byRank.forEach((e, r) => (rank[e] = r));
    ranks.set(index, (order = { rank, byRank }));
  }
  return order;
}

/**
 * Pairs of entities named in the same unit of the documents, each pair once, with the number of units holding
 * both, per reviewed year, and association scores over all units of the documents: PMI, Dice and signed
 * log-likelihood G². Scores are exact: rounding is for output.
 */
export function cooccurrences(index: CorpusIndex, documents: readonly number[], options: CooccurrenceOptions): Pair[] {
  const units = entitiesByUnit(index, documents, options.unit);
  const totalUnits = unitCount(index, documents, options.unit);
  // A type restriction removes entities from pairs, not from the units that name them.
  const unitsWith = unitsNamingEach(index, units);
  const { rank, byRank } = keyOrder(index);
  const size = index.entities.length;
  const ref = (e: number): EntityRef => {
    const { type, id, name } = index.entities[e];
    return { type, id, name };
  };
  const allowed = ofTypes(index, options.types);
  // Each pair's units in all, then in each year (see yearLabels), in one flat array.
  const { labels, labelOf, record } = yearLabels(index, options.years);
  const stride = labels.length + 1;
  const slots = new Map<number, number>();
  const counts: number[] = [];
  const present = new Int32Array(size);
  for (let u = 0; u < units.count; u++) {
    // The unit's entities of the types asked for, by rank (few: sorted by insertion).
    let length = 0;
    for (let at = units.start[u]; at < units.start[u + 1]; at++) {
      if (!allowed[units.entities[at]]) continue;
      const r = rank[units.entities[at]];
      let i = length++;
      for (; i > 0 && present[i - 1] > r; i--) present[i] = present[i - 1];
      present[i] = r;
    }
    const label = 1 + labelOf[units.document[u]];
    for (let i = 0; i < length; i++) {
      for (let j = i + 1; j < length; j++) {
        const pairKey = present[i] * size + present[j];
        let slot = slots.get(pairKey);
        if (slot === undefined) {
          slots.set(pairKey, (slot = counts.length));
          for (let k = 0; k < stride; k++) counts.push(0);
        }
        counts[slot]++;
        counts[slot + label]++;
      }
    }
  }
  const pairs: Pair[] = [];
  for (const [pairKey, slot] of slots) {
    const count = counts[slot];
    if (count < (options.min ?? 1)) continue;
    const [keyA, keyB] = [byRank[Math.floor(pairKey / size)], byRank[pairKey % size]];
    const [first, second] = [ref(keyA), ref(keyB)];
    const inOrder = compareEntities(first, second) <= 0;
    let [a, b] = inOrder ? [first, second] : [second, first];
    let [unitsA, unitsB] = inOrder ? [unitsWith[keyA], unitsWith[keyB]] : [unitsWith[keyB], unitsWith[keyA]];
    if (options.entity) {
      const aIsEgo = options.entity(a);
      if (!aIsEgo && !options.entity(b)) continue;
      if (!aIsEgo) [a, b, unitsA, unitsB] = [b, a, unitsB, unitsA];
    }
    const table: Contingency = { both: count, a: unitsA, b: unitsB, units: totalUnits };
    pairs.push({ a, b, count, years: record(counts, slot + 1), pmi: pmi(table), dice: dice(table), ll: coOccurrenceLogLikelihood(table) });
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
