/**
 * Numbers are rounded once, here, from the exact values the analysis computes: rounding a value that was rounded
 * already can carry a 5 upwards (4/21 = 0.190476 is 0.1905 to four decimals, 0.191 from there, 0.190 from itself).
 */

/** A number as text with `digits` decimals, without a minus sign on a zero (`-0.00`). */
export function fixed(value: number, digits: number): string {
  const text = value.toFixed(digits);
  return /^-0(\.0*)?$/.test(text) ? text.slice(1) : text;
}

/** Every fraction in a record rounded to `digits` decimals, for JSON, so that the last digits of floating-point sums never show. */
export function roundNumbers<T>(value: T, digits = 4): T {
  if (typeof value === 'number') return (Number.isInteger(value) || !Number.isFinite(value) ? value : Number(value.toFixed(digits)) || 0) as T;
  if (Array.isArray(value)) return value.map((item) => roundNumbers(item, digits)) as T;
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundNumbers(item, digits)])) as T;
  }
  return value;
}

/** A probability to `digits` significant digits: a small p-value keeps its magnitude. */
export const significant = (value: number, digits = 4): number => Number(value.toPrecision(digits));
