import { countEntities, type EntityCount } from '../analysis/entities.js';
import { documentsReviewing } from '../analysis/indexed.js';
import { corpusYears } from '../analysis/select.js';
import type { CorpusIndex } from '../extract/corpus-index.js';
import type { EntityType } from '../types.js';
import { checkYear } from './years.js';

export interface CountOptions {
  types?: readonly EntityType[];
  /** Only documents that review this year. */
  year?: number;
  top?: number;
}

/** One row per canonical entity, as `entities --format json` lists them. */
export function entityCounts(index: CorpusIndex, options: CountOptions = {}): EntityCount[] {
  const years = index.documents.year;
  const documents = documentsReviewing(index, checkYear(options.year, years));
  return countEntities(index, documents, corpusYears(years), options.types).slice(0, options.top);
}
