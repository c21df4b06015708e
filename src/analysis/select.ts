import { UsageError } from '../errors.js';
import type { EntityType, Mention, MentionKind } from '../types.js';
import { COUNTED_KINDS, ENTITY_TYPES } from '../types.js';
import { fold } from '../text/fold.js';

export interface Selection {
  types?: readonly EntityType[];
  year?: number;
  /** An entity's id or name (case and diacritics ignored). */
  entity?: string;
  kinds?: readonly MentionKind[];
}

export function parseTypes(value: string | undefined, allowed: readonly EntityType[] = ENTITY_TYPES): EntityType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const type of types) {
    if (!allowed.includes(type as EntityType)) throw new UsageError(`invalid type '${type}'`, `use one or more of: ${allowed.join(', ')}`);
  }
  return types as EntityType[];
}

export function parseYear(value: string | undefined, years: readonly (number | null)[]): number | undefined {
  if (value === undefined) return undefined;
  const year = Number(value);
  const known = [...new Set(years.filter((y): y is number => y !== null))].sort();
  if (!/^\d{4}$/.test(value) || !known.includes(year)) {
    throw new UsageError(`year ${value} is not a reviewed year of the corpus`, `the corpus reviews: ${known.join(', ') || 'no year'}`);
  }
  return year;
}

export function parseCount(value: string | undefined, option: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new UsageError(`invalid value '${value}' for ${option}`, `${option} takes a whole number of at least 1`);
  return Number(value);
}

export function matchesEntity(mention: Pick<Mention, 'id' | 'name' | 'type'>, wanted: string): boolean {
  const w = fold(wanted);
  return fold(mention.id) === w || fold(mention.name) === w;
}

/** The mentions a command looks at: counted kinds only unless other kinds are asked for. */
export function selectMentions(mentions: readonly Mention[], selection: Selection): Mention[] {
  const kinds = selection.kinds ?? COUNTED_KINDS;
  return mentions.filter(
    (m) =>
      kinds.includes(m.kind) &&
      (!selection.types || selection.types.includes(m.type)) &&
      (selection.year === undefined || m.year === selection.year) &&
      (selection.entity === undefined || matchesEntity(m, selection.entity)),
  );
}

/** A year as a JSON key and a column: documents without a reviewed year count under "unknown". */
export const yearLabel = (year: number | null): string => (year === null ? 'unknown' : String(year));

export function corpusYears(years: readonly (number | null)[]): string[] {
  const labels = [...new Set(years.map(yearLabel))];
  return labels.sort((a, b) => (a === 'unknown' ? 1 : b === 'unknown' ? -1 : Number(a) - Number(b)));
}
