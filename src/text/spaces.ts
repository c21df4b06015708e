// Whitespace other than a plain space, or two characters of whitespace in a row: what collapsing would change.
const UNCOLLAPSED = /[^\S ]|\s\s/;

/**
 * `text.replace(/\s+/g, ' ')`, the same string when there is nothing to collapse: a name written as usual is then
 * the string the extraction holds (its hash computed once for every map it is looked up in), not a new copy for
 * each of an archive's mentions.
 */
export const collapsedSpaces = (text: string): string => (UNCOLLAPSED.test(text) ? text.replace(/\s+/g, ' ') : text);
