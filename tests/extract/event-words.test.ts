import fc from 'fast-check';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { eventLexicon, wordsOf } from '../../src/extract/events/lexicon.js';
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

describe('the trigger phrases of a huge text', () => {
  it('keep nothing of the text once found', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    const { triggersIn } = eventLexicon();
    // Words of 13 characters or more cut from a text are views of the whole text in V8: a word kept between calls
    // would keep 40 MB alive here.
    const findInHugeText = () => {
      const sentence = 'The internationalists paid an official visit to Vientiane, strengthening understanding.';
      const text = `${sentence} ${'ă'.repeat(20_000_000)}`;
      return triggersIn(text, 0, sentence.length).map((found) => found.head);
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    const heads = findInHugeText();
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
    expect(heads.some((head) => head.endsWith('visit'))).toBe(true);
  });
});

describe('the cue of a purpose before a gathering', () => {
  it('lets articles, names and ordinals stand between the cue and the gathering, and no other word', () => {
    const { purposeCue } = eventLexicon();
    for (const before of ['to attend the ', 'to attend the second DPRK-USA ', 'to attend the twenty-first ', 'to attend the 34th ', 'to attend the fourteenth '])
      expect(purposeCue.test(before), before).toBe(true);
    for (const before of ['to attend and ', 'to attend with both ', 'to attend most ', 'to attend against '])
      expect(purposeCue.test(before), before).toBe(false);
  });
});
