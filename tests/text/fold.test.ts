import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/fold.js';

/** The comparison form as fold defines it, computed the long way every time. */
const folded = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .replace(/[’‘`´]/g, "'")
    .toLowerCase();

const pieces = ['Nguyễn', 'Phú', 'Trọng', 'Đảng', 'đ', 'People’s', "People's", '`', '´', 'ABC', 'abc', 'Việt Nam', 'ß', 'İ', 'Σ', 'ǅ', '😀', '\u0301', ' '];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 5 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 12 }).map((parts) => parts.join(''));

describe('fold', () => {
  it('gives the comparison form of any text, the first time and every time after', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), (texts) => {
        for (const input of [...texts, ...texts]) expect(fold(input)).toBe(folded(input));
      }),
      { numRuns: 2000 },
    );
  });

  it('folds names with and without diacritics alike', () => {
    expect(fold('Nguyễn Phú Trọng')).toBe(fold('Nguyen Phu Trong'));
    expect(fold('People’s')).toBe("people's");
    expect(fold('ĐẢNG')).toBe('dang');
  });

  it('keeps no slice of the text its words were cut from', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // Words of 13 characters or more cut from a text are views of the whole text in V8: one kept in the cache of
    // folded words would keep 40 MB alive here.
    const foldWordsOfHugeText = () => {
      const text = `Thongbanhthanh Vientianeword Ленинградская ${'ă'.repeat(20_000_000)}`;
      return [fold(text.slice(0, 14)), fold(text.slice(15, 28)), fold(text.slice(29, 42))];
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    const words = foldWordsOfHugeText();
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
    expect(words).toEqual(['thongbanhthanh', 'vientianeword', 'ленинградская']);
  });
});

