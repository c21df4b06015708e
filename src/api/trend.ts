import { entityTrends, type Trends } from '../analysis/trend.js';
import type { CorpusIndex } from '../extract/corpus-index.js';
import type { EntityType } from '../types.js';

export interface TrendQuery {
  /** Default: party, country, person. */
  types?: readonly EntityType[];
  /** Only entities named at least this often in all. */
  min?: number;
  top?: number;
}

/**
 * Each entity's rate per 10,000 words in every reviewed year and its Mann-Kendall trend, strongest first, as
 * `trend --format json` lists them; `tested` is false (and the statistics null) when the corpus reviews fewer than
 * three years.
 */
export function entityTrendTable(index: CorpusIndex, query: TrendQuery = {}): Trends {
  const result = entityTrends(index, { types: query.types ?? ['party', 'country', 'person'], min: query.min });
  return { ...result, trends: result.trends.slice(0, query.top) };
}
