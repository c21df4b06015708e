import { countEntities, type EntityCount } from '../analysis/entities.js';
import { corpusYears, selectMentions } from '../analysis/select.js';
import type { CorpusResult } from '../extract/corpus.js';
import type { EntityType } from '../types.js';
import { checkYear, documentYears } from './years.js';

export interface CountOptions {
  types?: readonly EntityType[];
  /** Only documents that review this year. */
  year?: number;
  top?: number;
}

/** One row per canonical entity, as `entities --format json` lists them. */
export function entityCounts(corpus: CorpusResult, options: CountOptions = {}): EntityCount[] {
  const year = checkYear(options.year, corpus);
  const mentions = selectMentions(corpus.mentions, { types: options.types, year });
  return countEntities(mentions, corpus.entities, corpusYears(documentYears(corpus))).slice(0, options.top);
}
