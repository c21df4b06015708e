import { detached } from './detached.js';

const COMBINING_MARKS = /\p{M}/gu;

/**
 * Words seen before, folded: lower-casing costs V8 a call into its runtime (more than a hundred nanoseconds, about
 * a fifth of tokenizing) and a text repeats its words. Only short strings, and only so many, are kept, each a copy
 * of its own: a word is a slice of its text, and a slice kept here would keep the whole text alive.
 */
const FOLDED = new Map<string, string>();
const MOST_FOLDED = 50_000;
const LONGEST_FOLDED = 40;

/**
 * The comparison form of a word or name: no diacritics, lower case, typographic apostrophes as ASCII.
 * `Nguyễn Phú Trọng` and `Nguyen Phu Trong` fold alike, and so do `People’s` and `People's`.
 */
export function fold(text: string): string {
  // Most words are plain ASCII in lower case already, and fold to themselves.
  let plain = true;
  let lowerCase = true;
  for (let i = 0; i < text.length && plain; i++) {
    const code = text.charCodeAt(i);
    if (code > 127 || code === 96) plain = false;
    else if (code >= 65 && code <= 90) lowerCase = false;
  }
  if (plain && lowerCase) return text;
  let folded = FOLDED.get(text);
  if (folded !== undefined) return folded;
  folded = plain ? text.toLowerCase() : foldUnicode(text);
  if (text.length <= LONGEST_FOLDED && FOLDED.size < MOST_FOLDED) FOLDED.set(detached(text), detached(folded));
  return folded;
}

function foldUnicode(text: string): string {
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();
}

/** A stable identifier made of ASCII letters, digits and hyphens. */
export function slug(text: string): string {
  return fold(text)
    .replace(/'s\b/g, 's')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}
