import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';
import { tokenize, type Token } from '../../src/extract/tokenize.js';

const GLUED_SUFFIXES = new Set(['Member', 'Party', 'Secretary']);
const GLUED_ACRONYMS = new Set(['CPV', 'FRELIMO']);

/** What tokenize gives, as the regular expression it is scanned by hand for states it (see tokenize.ts). */
function byRegularExpression(text: string, gluedSuffixes: ReadonlySet<string>, gluedAcronyms: ReadonlySet<string>): Token[] {
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
    const glued = word ? gluedParts(match[0], gluedSuffixes, gluedAcronyms) : null;
    if (glued) {
      tokens.push(token(glued[0], start, true, spaceBefore, lineBefore));
      tokens.push(token(glued[1], start + glued[0].length, true, false, false));
    } else {
      tokens.push(token(match[0], start, word, spaceBefore, lineBefore));
    }
    previousEnd = start + match[0].length;
  }
  return tokens;
}

/** A word and a title (`QuanMember`), a small word and a name (`withCuba`), an acronym and a word (`CPVdelegation`, `CPVCentral`). */
function gluedParts(word: string, suffixes: ReadonlySet<string>, acronyms: ReadonlySet<string>): [string, string] | null {
  const titled = /^(\p{Lu}[\p{Ll}\p{M}]+)(\p{Lu}\p{Ll}+)$/u.exec(word);
  if (titled) return suffixes.has(titled[2]) ? [titled[1], titled[2]] : null;
  const small = /^(the|and|with|of|to|in|from|for|by|at|on)([A-Z][\p{L}\p{M}]+)$/u.exec(word);
  if (small) return small[2].length >= 3 ? [small[1], small[2]] : null;
  const acronym = /^([A-Z]{3,})([a-z][\p{L}\p{M}]*)$/u.exec(word);
  if (!acronym) return null;
  const [, capitals, rest] = acronym;
  if (acronyms.has(capitals) && rest.length >= 3) return [capitals, rest];
  const next = capitals.slice(-1) + rest;
  return capitals.length > 3 && next.length >= 3 && acronyms.has(capitals.slice(0, -1)) ? [capitals.slice(0, -1), next] : null;
}

// Whatever a text may hold at a token's edge: every kind of space, marks, quotes before an s, digits, letters of
// other scripts and beyond the Basic Multilingual Plane, lone surrogates, glued names.
const pieces = [
  'a', 'Z', 's', 'S', "'", '’', "'s", '’S', '0', '42', '2017', '٣', '.', ',', '-', '(', ')', '`', ' ', '\n', '\r\n', '\t', '\v', '\f',
  '\u00a0', '\u1680', '\u2003', '\u200a', '\u200b', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u0301', '\u0323',
  'Việt', 'Đảng', 'ễ', 'Ǆ', 'ǅ', 'ß', 'İ', '中国', '𝐀𝐁', '𠀀', '😀', '\ud800', '\udc00', 'QuanMember', 'McDonald', 'NguyenParty', 'CPV', 'CPI(M)',
  'withCuba', 'theX', 'CPVdelegation', 'CPVCentral', 'CPVs', 'FRELIMOofficials', 'VNExpress',
  'ÜBER', 'Æ', 'Ω', 'ΑΒΓ',
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 4 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((parts) => parts.join(''));

describe('tokenize', () => {
  it('gives the tokens of its regular expression, with their fields, on any text', () => {
    fc.assert(
      fc.property(text, (input) => {
        expect(tokenize(input, GLUED_SUFFIXES, GLUED_ACRONYMS)).toEqual(byRegularExpression(input, GLUED_SUFFIXES, GLUED_ACRONYMS));
      }),
      { numRuns: 3000 },
    );
  });

  it('splits a name glued to a small word, and a known acronym glued to a word, but not names with inner capitals', () => {
    const tokens = tokenize('ties withCuba, the CPVdelegation, FRELIMOofficials, the CPVCentral Committee, VNExpress, PetroVietnam, CPVs', GLUED_SUFFIXES, GLUED_ACRONYMS);
    expect(tokens.filter((t) => t.isWord).map((t) => t.text)).toEqual([
      'ties', 'with', 'Cuba', 'the', 'CPV', 'delegation', 'FRELIMO', 'officials', 'the', 'CPV', 'Central', 'Committee', 'VNExpress', 'PetroVietnam', 'CPVs',
    ]);
  });

  it('splits a possessive, a glued name and digits from letters', () => {
    const tokens = tokenize("Vietnam's QuanMember met McDonald’s G7\nin 2017", GLUED_SUFFIXES);
    expect(tokens.map((t) => t.text)).toEqual(['Vietnam', "'s", 'Quan', 'Member', 'met', 'McDonald', '’s', 'G', '7', 'in', '2017']);
    expect(tokens.filter((t) => t.lineBefore).map((t) => t.text)).toEqual(['in']);
    expect(tokens.filter((t) => t.allCaps).map((t) => t.text)).toEqual([]);
  });
});
