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

const LETTER = /\p{L}/uy;
const LETTER_OR_MARK = /[\p{L}\p{M}]/uy;
const UPPER_START = /^\p{Lu}/u;
const ALL_CAPS = /^\p{Lu}[\p{Lu}\p{M}]+$/u;
// A word glued to the next by the page's extraction ("QuanMember"): split only before a word the lexicon knows,
// so that names with inner capitals (McDonald) stay whole.
const GLUED = /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}\p{Ll}+)$/u;

/**
 * Words are runs of letters (and the marks on them); a possessive 's is its own token, so that "Vietnam's" names
 * Vietnam; a run of digits is a token; so is any other character but whitespace. That is the regular expression
 * `(\p{L}[\p{L}\p{M}]*)|['’][sS](?!\p{L})|\d+|\S` (tests/extract/tokenize.test.ts holds them to it), scanned by
 * hand: recognition read every text with it, and its matches cost a fifth of recognizing.
 */
export function tokenize(text: string, gluedSuffixes: ReadonlySet<string>, gluedAcronyms: ReadonlySet<string> = NO_WORDS): Token[] {
  const tokens: Token[] = [];
  const length = text.length;
  let previousEnd = 0;
  let lineBreak = false;
  for (let start = 0; start < length; ) {
    const code = text.charCodeAt(start);
    if (isSpace(code)) {
      if (code === 10) lineBreak = true;
      start++;
      continue;
    }
    let end = start + 1;
    let word = false;
    if (isLetterAt(text, start, code, LETTER)) {
      word = true;
      end = afterCodePoint(text, start);
      while (end < length && isLetterAt(text, end, text.charCodeAt(end), LETTER_OR_MARK)) end = afterCodePoint(text, end);
    } else if (code >= 48 && code <= 57) {
      while (end < length && isDigit(text.charCodeAt(end))) end++;
    } else if ((code === 39 || code === 0x2019) && (text.charCodeAt(end) | 32) === 115 && !(end + 1 < length && isLetterAt(text, end + 1, text.charCodeAt(end + 1), LETTER))) {
      end += 1;
    } else {
      end = afterCodePoint(text, start);
    }
    const spaceBefore = start > previousEnd;
    const lineBefore = spaceBefore && lineBreak;
    const surface = text.slice(start, end);
    const split = word && end - start > 3 ? gluedAt(surface, gluedSuffixes, gluedAcronyms) : 0;
    if (split > 0) {
      tokens.push(makeToken(surface.slice(0, split), start, true, spaceBefore, lineBefore));
      tokens.push(makeToken(surface.slice(split), start + split, true, false, false));
    } else {
      tokens.push(makeToken(surface, start, word, spaceBefore, lineBefore));
    }
    previousEnd = start = end;
    lineBreak = false;
  }
  return tokens;
}

/** JavaScript's `\s`: what separates tokens. */
function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Whether the code point at `at` (whose first unit is `code`) is in `pattern`'s class: ASCII answers without it. */
function isLetterAt(text: string, at: number, code: number, pattern: RegExp): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  pattern.lastIndex = at;
  return pattern.test(text);
}

function afterCodePoint(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return at + 2;
  }
  return at + 1;
}

const NO_WORDS: ReadonlySet<string> = new Set();
// The small words a name is glued to by a page's extraction: "withMozambique", "theManifesto", "andCuba".
const GLUED_FUNCTION_WORDS = new Set(['the', 'and', 'with', 'of', 'to', 'in', 'from', 'for', 'by', 'at', 'on']);
const MIN_GLUED_PART = 3;

/**
 * Where a word glued to the next by the page's extraction splits, or 0: a word and a title or institution word
 * (`QuanMember`), a small word and a name (`withMozambique`), a known acronym and a word (`CPVdelegation`,
 * `FRELIMOofficials`, `CPVCentral`). Names with inner capitals (McDonald, PetroVietnam, VNExpress) stay whole.
 */
function gluedAt(word: string, suffixes: ReadonlySet<string>, acronyms: ReadonlySet<string>): number {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) {
    let k = 1;
    while (k < word.length && k <= 4 && isLowerAscii(word.charCodeAt(k))) k++;
    return k < word.length && k <= 4 && isUpperAscii(word.charCodeAt(k)) && word.length - k >= MIN_GLUED_PART && GLUED_FUNCTION_WORDS.has(word.slice(0, k)) ? k : 0;
  }
  if (!mayBeGlued(word)) return 0;
  const glued = GLUED.exec(word);
  if (glued) return suffixes.has(glued[2]) ? glued[1].length : 0;
  if (acronyms.size === 0) return 0;
  let capitals = 0;
  while (capitals < word.length && isUpperAscii(word.charCodeAt(capitals))) capitals++;
  if (capitals < MIN_GLUED_PART || word.length - capitals < MIN_GLUED_PART - 1 || !isLowerAscii(word.charCodeAt(capitals))) return 0;
  if (acronyms.has(word.slice(0, capitals)) && word.length - capitals >= MIN_GLUED_PART) return capitals;
  return capitals - 1 >= MIN_GLUED_PART && acronyms.has(word.slice(0, capitals - 1)) ? capitals - 1 : 0;
}

const isUpperAscii = (code: number): boolean => code >= 65 && code <= 90;

/** GLUED needs a capital first and another after the second letter: most words are ruled out without it. */
function mayBeGlued(word: string): boolean {
  const first = word.charCodeAt(0);
  if (first >= 97 && first <= 122) return false;
  for (let i = 2; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128 || (code >= 65 && code <= 90)) return true;
  }
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
    allCaps: upper && text.length > 1 && !isLowerAscii(text.charCodeAt(1)) && (text === text.toUpperCase() ? ALL_CAPS.test(text) : false),
    isWord,
    spaceBefore,
    lineBefore,
  };
}

const isLowerAscii = (code: number): boolean => code >= 97 && code <= 122;

/** Tokens of a knowledge-base name, folded, in the form the gazetteer keys on. */
export function nameKey(name: string): string[] {
  return tokenize(name, new Set()).map((t) => t.fold);
}
