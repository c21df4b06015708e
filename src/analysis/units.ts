import { UsageError } from '../errors.js';
import type { Mention } from '../types.js';

export const UNITS = ['sentence', 'paragraph', 'doc'] as const;
export type Unit = (typeof UNITS)[number];

export function parseUnit(value: string | undefined): Unit {
  const unit = value ?? 'sentence';
  if (!UNITS.includes(unit as Unit)) throw new UsageError(`invalid unit '${unit}'`, `use one of: ${UNITS.join(', ')}`);
  return unit as Unit;
}

/** The unit a mention falls in, as a key: one definition for co-occurrences, comparisons and timelines. */
export function unitOf(mention: Pick<Mention, 'doc' | 'sentence' | 'paragraph'>, unit: Unit): string {
  switch (unit) {
    case 'sentence':
      return `${mention.doc}\u0000s${mention.sentence}`;
    case 'paragraph':
      return `${mention.doc}\u0000p${mention.paragraph}`;
    case 'doc':
      return mention.doc;
  }
}
