import { fold } from '../text/fold.js';

export interface Token {
  text: string;
  fold: string;
  start: number;
  end: number;
  /** Starts with an upper-case letter. */
  upper: boolean;
  /** Two or more letters, all upper case (acronyms, bylines). */
  allCaps: boolean;
  isWord: boolean;
  /** Whitespace separates this token from the previous one. */
  spaceBefore: boolean;
  /** A line break separates this token from the previous one. */
  lineBefore: boolean;
}

// Words are runs of letters; a possessive 's is its own token, so that "Vietnam's" names Vietnam.
const TOKEN = /\p{L}[\p{L}\p{M}]*|['’][sS](?!\p{L})|\d+|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}]+$/u;
// A word glued to the next by the page's extraction ("QuanMember"): split only before a word the lexicon knows,
// so that names with inner capitals (McDonald) stay whole.
const GLUED = /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}\p{Ll}+)$/u;

export function tokenize(text: string, gluedSuffixes: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    const glued = GLUED.exec(match[0]);
    if (glued && gluedSuffixes.has(glued[2])) {
      tokens.push(makeToken(glued[1], start, gap));
      tokens.push(makeToken(glued[2], start + glued[1].length, ''));
    } else {
      tokens.push(makeToken(match[0], start, gap));
    }
    previousEnd = start + match[0].length;
  }
  return tokens;
}

function makeToken(text: string, start: number, gap: string): Token {
  const isWord = /^\p{L}/u.test(text);
  return {
    text,
    fold: fold(text),
    start,
    end: start + text.length,
    upper: UPPER_START.test(text),
    allCaps: ALL_CAPS.test(text),
    isWord,
    spaceBefore: gap.length > 0,
    lineBefore: gap.includes('\n'),
  };
}

/** Tokens of a knowledge-base name, folded, in the form the gazetteer keys on. */
export function nameKey(name: string): string[] {
  return tokenize(name, new Set()).map((t) => t.fold);
}
