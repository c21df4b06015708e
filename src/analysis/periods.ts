import { UsageError } from '../errors.js';

/** One side of a comparison: one reviewed year or several (a range, a list, or both). */
export interface Period {
  /** As the command line wrote it, normalised: `2017`, `2012-2016`, `2017,2018`. */
  label: string;
  /** The corpus's reviewed years in the period, ascending. */
  years: number[];
}

/** The distinct reviewed years of the documents, ascending (documents without one are left out). */
export function reviewedYears(documentYears: readonly (number | null)[]): number[] {
  return [...new Set(documentYears.filter((y): y is number => y !== null))].sort((a, b) => a - b);
}

/**
 * A period as written on the command line: years and ranges separated by commas (`2017`, `2012-2016`,
 * `2012-2014,2016`). A year must be one the corpus reviews; a range takes the corpus's years within it and must
 * hold at least one.
 */
export function parsePeriod(value: string, known: readonly number[]): Period {
  const items = value.split(',').map((item) => item.trim().replace(/[–—]/g, '-'));
  const years = new Set<number>();
  const corpusReviews = `the corpus reviews: ${known.join(', ') || 'no year'}`;
  for (const item of items) {
    const range = /^(\d{4})-(\d{4})$/.exec(item);
    if (range) {
      const [from, to] = [Number(range[1]), Number(range[2])];
      if (from > to) throw new UsageError(`invalid period '${item}': it ends before it begins`, `write the earlier year first, e.g. ${to}-${from}`);
      const within = known.filter((y) => y >= from && y <= to);
      if (within.length === 0) throw new UsageError(`the period ${item} holds no reviewed year of the corpus`, corpusReviews);
      within.forEach((y) => years.add(y));
    } else if (/^\d{4}$/.test(item) && known.includes(Number(item))) {
      years.add(Number(item));
    } else if (/^\d{4}$/.test(item)) {
      throw new UsageError(`year ${item} is not a reviewed year of the corpus`, corpusReviews);
    } else {
      throw new UsageError(`invalid year or period '${value}'`, 'write a year (2017), a range (2012-2016) or a list (2017,2018)');
    }
  }
  return { label: items.join(','), years: [...years].sort((a, b) => a - b) };
}

/** The year of a period of one year; null for a period of several. */
export const periodYear = (period: Period): number | null => (period.years.length === 1 ? period.years[0] : null);

/** A side of `compare --entity` as its JSON describes it. */
export interface PeriodDescription {
  year: number | null;
  period: string;
  years: number[];
}

export const describePeriod = (period: Period): PeriodDescription => ({ year: periodYear(period), period: period.label, years: period.years });

const single = (year: number): Period => ({ label: String(year), years: [year] });

/**
 * The two sides of a comparison: as given, else the oldest and the newest reviewed year (with only the first
 * given, the newest year outside it). Sides that share a year are a usage error: a year compared with itself
 * has nothing to tell.
 */
export function choosePeriods(first: string | undefined, second: string | undefined, documentYears: readonly (number | null)[]): [Period, Period] {
  const known = reviewedYears(documentYears);
  const a = first === undefined ? undefined : parsePeriod(first, known);
  const b = second === undefined ? undefined : parsePeriod(second, known);
  if (a && b) return checkApart(a, b);
  if (a) {
    const rest = known.filter((y) => !a.years.includes(y));
    if (rest.length === 0) throw new UsageError(`compare needs a second year; the corpus reviews only ${known.join(', ')}`);
    return [a, single(rest[rest.length - 1])];
  }
  if (known.length < 2) throw new UsageError(`compare needs two reviewed years; the corpus reviews ${known.join(', ') || 'none'}`);
  return [single(known[0]), single(known[known.length - 1])];
}

function checkApart(a: Period, b: Period): [Period, Period] {
  const shared = a.years.filter((y) => b.years.includes(y));
  if (shared.length > 0) {
    const what = a.label === b.label ? `${a.label} with itself` : `${a.label} with ${b.label}, which share ${shared.join(', ')}`;
    throw new UsageError(`cannot compare ${what}`, 'give two years or periods with no year in common');
  }
  return [a, b];
}
