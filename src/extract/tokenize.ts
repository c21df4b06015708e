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
const TOKEN = /(\p{L}[\p{L}\p{M}]*)|['’][sS](?!\p{L})|\d+|\S/gu;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}]+$/u;
// A word glued to the next by the page's extraction ("QuanMember"): split only before a word the lexicon knows,
// so that names with inner capitals (McDonald) stay whole.
const GLUED = /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}\p{Ll}+)$/u;

export function tokenize(text: string, gluedSuffixes: ReadonlySet<string>): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  TOKEN.lastIndex = 0;
  for (let match = TOKEN.exec(text); match; match = TOKEN.exec(text)) {
    const start = match.index;
    const word = match[1] !== undefined;
    const spaceBefore = start > previousEnd;
    const lineBefore = spaceBefore && lineBreakBetween(text, previousEnd, start);
    const glued = word && match[0].length > 3 ? GLUED.exec(match[0]) : null;
    if (glued && gluedSuffixes.has(glued[2])) {
      tokens.push(makeToken(glued[1], start, true, spaceBefore, lineBefore));
      tokens.push(makeToken(glued[2], start + glued[1].length, true, false, false));
    } else {
      tokens.push(makeToken(match[0], start, word, spaceBefore, lineBefore));
    }
    previousEnd = start + match[0].length;
  }
  return tokens;
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

function makeToken(text: string, start: number, isWord: boolean, spaceBefore: boolean, lineBefore: boolean): Token {
  const first = text.charCodeAt(0);
  // ASCII letters answer without a Unicode regular expression; other scripts ask it.
  const upper = isWord && (first < 128 ? first >= 65 && first <= 90 : UPPER_START.test(text));
  return {
    text,
    fold: fold(text),
    start,
    end: start + text.length,
    upper,
    allCaps: upper && text.length > 1 && (text === text.toUpperCase() ? ALL_CAPS.test(text) : false),
    isWord,
    spaceBefore,
    lineBefore,
  };
}

/** Tokens of a knowledge-base name, folded, in the form the gazetteer keys on. */
export function nameKey(name: string): string[] {
  return tokenize(name, new Set()).map((t) => t.fold);
}
