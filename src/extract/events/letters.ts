/**
 * The letters of the texts' Latin scripts (English, Spanish, Portuguese, French and Vietnamese with its diacritics),
 * as the source of a regular expression's character class, named once for every rule that reads words by their case.
 */
export const UPPER = String.raw`A-Z\u00C0-\u00DE\u0110\u1EA0-\u1EF8`;
export const LOWER = String.raw`a-z\u00DF-\u00FF\u0111\u1EA1-\u1EF9`;
export const LETTER = String.raw`A-Za-z\u00C0-\u024F\u1E00-\u1EFF`;

/** A regular expression written with the classes above: re('i')`^[${UPPER}]`. */
export const re =
  (flags = '') =>
  (strings: TemplateStringsArray, ...values: string[]): RegExp =>
    new RegExp(String.raw(strings, ...values), flags);

/** A word or a phrase that opens with a capital: a name's, not a common noun's. */
export const STARTS_CAPITALIZED = re()`^[${UPPER}]`;
