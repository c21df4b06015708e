import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { recognize } from '../../src/extract/pipeline.js';
import { corpusOf, runCli } from '../helpers.js';

// Pieces of the domain's text mixed with noise, so that random texts reach every recognizer's edge cases.
const pieces = [
  'Party', 'Communist Party of', 'Vietnam', 'Việt Nam', 'Lao PDR', 'General Secretary', 'Nguyễn Phú Trọng', 'Hun Sen', 'of', 'the',
  '(', ')', '(CPV)', 'CPV', 'ER', '-', '–', ',', '.', '\n', '\r\n', '\n\n', ' ', "'s", '’', 'May', '2017', '5', '/', '22/1/2020',
  'early', 'last year', 'Comrade', 'QuanMember', 'L.', 'Díaz-Canel', 'Workers\'', 'Front', 'Liberation', 'City', '\u00a0', '😀', '\ufeff',
];
const text = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 80 }).map((parts) => parts.join(' '));

describe('extraction on random text', () => {
  it('never throws, and every mention slices its own text out of the input', () => {
    fc.assert(
      fc.property(text, fc.option(fc.integer({ min: 1900, max: 2100 }), { nil: null }), (input, year) => {
        for (const m of recognize(input, year)) {
          expect(input.slice(m.start, m.end)).toBe(m.text);
          expect(m.end).toBeGreaterThan(m.start);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('never lets two mentions cover the same character', () => {
    fc.assert(
      fc.property(text, (input) => {
        const mentions = recognize(input, 2020);
        for (let i = 1; i < mentions.length; i++) expect(mentions[i].start).toBeGreaterThanOrEqual(mentions[i - 1].end);
      }),
      { numRuns: 400 },
    );
  });
});

describe('the CLI on random documents', () => {
  it('always writes JSON that parses', () => {
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 3 }), (documents) => {
        const files = Object.fromEntries(documents.map((d, i) => [`doc${i}.txt`, `In 2020, ${d}`]));
        for (const command of ['entities', 'mentions', 'cooccur', 'timeline']) {
          const result = runCli([command, '--json', '--quiet', '--corpus', corpusOf(files)]);
          expect(result.status).toBe(0);
          expect(Array.isArray(JSON.parse(result.stdout))).toBe(true);
        }
      }),
      { numRuns: 6 },
    );
    // Twenty-four uncached runs of the CLI: on a loaded two-core machine they take longer than the default limit.
  }, 180_000);
});
