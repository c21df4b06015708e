import { cooccurrences, type Pair, type SortKey } from '../analysis/cooccur.js';
import { documentsReviewing } from '../analysis/indexed.js';
import { corpusYears, matchesEntity } from '../analysis/select.js';
import type { Unit } from '../analysis/units.js';
import type { CorpusIndex } from '../extract/corpus-index.js';
import type { EntityType } from '../types.js';
import { checkYear } from './years.js';

export interface CooccurrenceQuery {
  /** Default: sentence. */
  unit?: Unit;
  /** Both sides of a pair of these types (party, country, person). */
  types?: readonly EntityType[];
  /** One entity's partners (its ego network), by id or name; it is always side `a`. */
  entity?: string;
  min?: number;
  top?: number;
  year?: number;
  /** Default: count. */
  sort?: SortKey;
}

/** Pairs of entities named in the same unit, as `cooccur --format json` lists them. */
export function entityPairs(index: CorpusIndex, query: CooccurrenceQuery = {}): Pair[] {
  const years = index.documents.year;
  const wanted = query.entity;
  return cooccurrences(index, documentsReviewing(index, checkYear(query.year, years)), {
    unit: query.unit ?? 'sentence',
    years: corpusYears(years),
    types: query.types,
    min: query.min,
    sort: query.sort,
    entity: wanted === undefined ? undefined : (e) => matchesEntity(e, wanted),
  }).slice(0, query.top);
}
