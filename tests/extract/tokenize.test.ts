import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { tokenize, type Token } from '../../src/extract/tokenize.js';

const GLUED_SUFFIXES = new Set(['Member', 'Party', 'Secretary']);

/** What tokenize gives, as the regular expression it is scanned by hand for states it (see tokenize.ts). */
function byRegularExpression(text: string, gluedSuffixes: ReadonlySet<string>): Token[] {
  const pattern = /(\p{L}[\p{L}\p{M}]*)|['’][sS](?!\p{L})|\d+|\S/gu;
  const token = (surface: string, start: number, isWord: boolean, spaceBefore: boolean, lineBefore: boolean): Token => {
    const upper = isWord && /^\p{Lu}/u.test(surface);
    return {
      text: surface,
      fold: fold(surface),
      start,
      end: start + surface.length,
      upper,
      allCaps: upper && /^\p{Lu}[\p{Lu}\p{M}]+$/u.test(surface),
      isWord,
      spaceBefore,
      lineBefore,
    };
  };
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index;
    const word = match[1] !== undefined;
    const spaceBefore = start > previousEnd;
    const lineBefore = spaceBefore && text.slice(previousEnd, start).includes('\n');
    const glued = word ? /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}\p{Ll}+)$/u.exec(match[0]) : null;
    if (glued && gluedSuffixes.has(glued[2])) {
      tokens.push(token(glued[1], start, true, spaceBefore, lineBefore));
      tokens.push(token(glued[2], start + glued[1].length, true, false, false));
    } else {
      tokens.push(token(match[0], start, word, spaceBefore, lineBefore));
    }
    previousEnd = start + match[0].length;
  }
  return tokens;
}

// Whatever a text may hold at a token's edge: every kind of space, marks, quotes before an s, digits, letters of
// other scripts and beyond the Basic Multilingual Plane, lone surrogates, glued names.
const pieces = [
  'a', 'Z', 's', 'S', "'", '’', "'s", '’S', '0', '42', '2017', '٣', '.', ',', '-', '(', ')', '`', ' ', '\n', '\r\n', '\t', '\v', '\f',
  '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0301', '\u0323',
  'Việt', 'Đảng', 'ễ', 'Ǆ', 'ǅ', 'ß', 'İ', '中国', '𝐀𝐁', '𠀀', '😀', '\ud800', '\udc00', 'QuanMember', 'McDonald', 'NguyenParty', 'CPV', 'CPI(M)',
  'ÜBER', 'Æ', 'Ω', 'ΑΒΓ',
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('gives the tokens of its regular expression, with their fields, on any text', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(tokenize(input, GLUED_SUFFIXES)).toEqual(byRegularExpression(input, GLUED_SUFFIXES));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits a possessive, a glued name and digits from letters', () => {
    const tokens = tokenize("Vietnam's QuanMember met McDonald’s G7\nin 2017", GLUED_SUFFIXES);
    expect(tokens.map((t) => t.text)).toEqual(['Vietnam', "'s", 'Quan', 'Member', 'met', 'McDonald', '’s', 'G', '7', 'in', '2017']);
    expect(tokens.filter((t) => t.lineBefore).map((t) => t.text)).toEqual(['in']);
    expect(tokens.filter((t) => t.allCaps).map((t) => t.text)).toEqual([]);
  });
});
