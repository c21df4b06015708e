import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { wordsOf } from '../../src/extract/events/lexicon.js';
import { LETTER } from '../../src/extract/events/letters.js';

// The expression the trigger phrases were found with before the words were scanned by hand.
const WORD = new RegExp(`[${LETTER}0-9]+(?:['’-][${LETTER}0-9]+)*`, 'g');

function byExpression(text: string, from: number, to: number) {
  const words: { start: number; end: number; lower: string }[] = [];
  WORD.lastIndex = from;
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    words.push({ start: match.index, end: match.index + match[0].length, lower: match[0].toLowerCase() });
  }
  return words;
}

function byHand(text: string, from: number, to: number) {
  const starts: number[] = [];
  const ends: number[] = [];
  const lowers: string[] = [];
  const count = wordsOf(text, from, to, starts, ends, lowers);
  return Array.from({ length: count }, (_, i) => ({ start: starts[i], end: ends[i], lower: lowers[i] }));
}

// Letters of every range the expression names and just outside them, digits, joiners, spaces and marks.
const PIECES = ['a', 'Z', 'é', 'Đ', 'ệ', 'Ỹ', '×', 'ɏ', 'ɐ', 'ḁ', 'ỿ', 'Ἀ', '0', '9', "'", '’', '-', '‐', ' ', '\n', ',', '.', '(', 'İ', 'ß', 'ǅ', '\u0301', '😀', 'the', 'Visit', 'TALKS', 'co-chaired', "Party's"];

describe('the words trigger phrases are looked up by', () => {
  it('are those of the expression they were matched with, lower-cased, in any stretch of any text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.nat(), fc.nat(), (pieces, a, b) => {
        const text = pieces.join('');
        const from = text.length === 0 ? 0 : a % (text.length + 1);
        const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
        expect(byHand(text, from, to)).toEqual(byExpression(text, from, to));
      }),
      { numRuns: 3000 },
    );
  });
});
