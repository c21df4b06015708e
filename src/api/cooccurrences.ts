import { cooccurrences, type Pair, type SortKey } from '../analysis/cooccur.js';
import { corpusYears, matchesEntity, selectMentions } from '../analysis/select.js';
import type { Unit } from '../analysis/units.js';
import type { CorpusResult } from '../extract/corpus.js';
import type { EntityType } from '../types.js';
import { checkYear, documentYears } from './years.js';

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
export function entityPairs(corpus: CorpusResult, query: CooccurrenceQuery = {}): Pair[] {
  const year = checkYear(query.year, corpus);
  const wanted = query.entity;
  return cooccurrences(
    selectMentions(corpus.mentions, { year }),
    corpus.documents.filter((d) => year === undefined || d.metadata.year === year),
    corpus.entities,
    {
      unit: query.unit ?? 'sentence',
      years: corpusYears(documentYears(corpus)),
      types: query.types,
      min: query.min,
      sort: query.sort,
      entity: wanted === undefined ? undefined : (e) => matchesEntity(e, wanted),
    },
  ).slice(0, query.top);
}
