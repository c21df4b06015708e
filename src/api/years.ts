import { parseYear } from '../analysis/select.js';
import type { ResolvedCorpus } from '../extract/resolve.js';

export const documentYears = (corpus: ResolvedCorpus): (number | null)[] => corpus.documents.map((d) => d.metadata.year);

/** A year asked for must be one the corpus reviews (a UsageError names the years that are). */
export function checkYear(year: number | undefined, years: readonly (number | null)[]): number | undefined {
  return year === undefined ? undefined : parseYear(String(year), years);
}
