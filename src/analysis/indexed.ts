import type { CorpusIndex } from '../extract/corpus-index.js';
import type { ResolvedEntity } from '../extract/resolve.js';
import type { EntityType } from '../types.js';
import type { Period } from './periods.js';
import { matchesEntity, yearLabel } from './select.js';

/** What the counting commands select by: documents, as indices into the index's documents. */
export function documentsReviewing(index: CorpusIndex, year?: number): number[] {
  return documentsWhere(index, (y) => year === undefined || y === year);
}

export function documentsIn(index: CorpusIndex, period: Period): number[] {
  return documentsWhere(index, (y) => y !== null && period.years.includes(y));
}

export function documentsWhere(index: CorpusIndex, keep: (year: number | null) => boolean): number[] {
  return index.documents.year.flatMap((year, d) => (keep(year) ? [d] : []));
}

/** Per entity, whether it is of one of the types (every entity without types). */
export const ofTypes = (index: CorpusIndex, types?: readonly EntityType[]): boolean[] => index.entities.map((e) => !types || types.includes(e.type));

export const tokensOf = (index: CorpusIndex, documents: readonly number[]): number => documents.reduce((sum, d) => sum + index.documents.tokens[d], 0);

/** Calls `visit` with each counted mention of the documents (its index) and its document. */
export function forEachMention(index: CorpusIndex, documents: readonly number[], visit: (m: number, d: number) => void): void {
  for (const d of documents) for (let m = index.firstMention[d]; m < index.firstMention[d + 1]; m++) visit(m, d);
}

/** The distinct entities the documents' counted mentions name, of the types given. */
export function entitiesNamed(index: CorpusIndex, documents: readonly number[], types?: readonly EntityType[]): ResolvedEntity[] {
  const wanted = ofTypes(index, types);
  const named = new Set<number>();
  forEachMention(index, documents, (m) => wanted[index.entity[m]] && named.add(index.entity[m]));
  return [...named].map((e) => index.entities[e]);
}

/** The entity an id or name given refers to: of those it matches, the first named in the corpus (in any kind of mention). */
export function entityNamed(index: CorpusIndex, wanted: string): ResolvedEntity | undefined {
  let first: number | undefined;
  index.entities.forEach((entity, e) => {
    const seen = index.firstSeen[e];
    if (seen >= 0 && matchesEntity(entity, wanted) && (first === undefined || seen < index.firstSeen[first])) first = e;
  });
  return first === undefined ? undefined : index.entities[first];
}

/**
 * Counting by year in flat arrays: each document's year as an index into `labels`, the years asked for (`years`)
 * then any other of the corpus's; `record` gives counts kept at `at` (one per label) as a row's `years`: every year
 * asked for, and another only where it counts.
 */
export function yearLabels(index: CorpusIndex, years: readonly string[]): { labels: string[]; labelOf: number[]; record: (counts: ArrayLike<number>, at: number) => Record<string, number> } {
  const labels = [...years];
  const labelOf = index.documents.year.map((year) => {
    const label = yearLabel(year);
    return labels.includes(label) ? labels.indexOf(label) : labels.push(label) - 1;
  });
  const record = (counts: ArrayLike<number>, at: number) => {
    const row: Record<string, number> = Object.fromEntries(years.map((y, i) => [y, counts[at + i]]));
    for (let i = years.length; i < labels.length; i++) if (counts[at + i] > 0) row[labels[i]] = counts[at + i];
    return row;
  };
  return { labels, labelOf, record };
}
