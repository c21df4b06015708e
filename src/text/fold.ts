const COMBINING_MARKS = /\p{M}/gu;
const ASCII_WITHOUT_BACKTICK = /^[\x00-\x5f\x61-\x7f]*$/;

/**
 * The comparison form of a word or name: no diacritics, lower case, typographic apostrophes as ASCII.
 * `Nguyễn Phú Trọng` and `Nguyen Phu Trong` fold alike, and so do `People’s` and `People's`.
 */
export function fold(text: string): string {
  // Most words are plain ASCII; they need only lower-casing.
  if (ASCII_WITHOUT_BACKTICK.test(text)) return text.toLowerCase();
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
