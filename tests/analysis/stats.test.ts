import { describe, expect, it } from 'vitest';
import { coOccurrenceLogLikelihood, descending, dice, keynessLogLikelihood, logRatio, pmi } from '../../src/analysis/stats.js';

// A 2×2 table worked by hand: 10 units, a in 4, b in 5, both in 3.
const table = { both: 3, a: 4, b: 5, units: 10 };

describe('association scores', () => {
  it('PMI is log2 of observed over expected', () => {
    expect(pmi(table)).toBeCloseTo(Math.log2(1.5), 10);
  });

  it('Dice is 2·both/(a+b)', () => {
    expect(dice(table)).toBeCloseTo(6 / 9, 10);
  });

  it('G² sums O·ln(O/E) over the four cells', () => {
    // Expected cells 2, 2, 3, 3 for observed 3, 1, 2, 4.
    const byHand = 2 * (3 * Math.log(3 / 2) + 1 * Math.log(1 / 2) + 2 * Math.log(2 / 3) + 4 * Math.log(4 / 3));
    expect(coOccurrenceLogLikelihood(table)).toBeCloseTo(byHand, 10);
    expect(coOccurrenceLogLikelihood(table)).toBeCloseTo(1.726092, 5);
  });
});

describe('keyness between two years', () => {
  it("Rayson and Garside's log-likelihood matches the hand computation", () => {
    // 10 in 1,000 words against 30 in 2,000: expected 13.33 and 26.67.
    expect(keynessLogLikelihood(10, 1000, 30, 2000)).toBeCloseTo(1.31334, 4);
    expect(keynessLogLikelihood(5, 1000, 10, 2000)).toBeCloseTo(0, 10);
  });

  it("Hardie's Log Ratio is log2 of the ratio of relative frequencies, finite for new and gone entities", () => {
    expect(logRatio(10, 1000, 30, 2000)).toBeCloseTo(Math.log2(1.5), 10);
    expect(logRatio(0, 1000, 5, 1000)).toBeCloseTo(Math.log2(10), 10);
    expect(logRatio(4, 1000, 0, 1000)).toBeCloseTo(-3, 10);
  });
});

describe('signed co-occurrence G²', () => {
  it('takes the sign of observed minus expected', () => {
    // 10 units, a in 4, b in 5, both in 1: expected 2, observed 1; cells 1, 3, 4, 2 against 2, 2, 3, 3.
    const byHand = 2 * (1 * Math.log(1 / 2) + 3 * Math.log(3 / 2) + 4 * Math.log(4 / 3) + 2 * Math.log(2 / 3));
    expect(coOccurrenceLogLikelihood({ both: 1, a: 4, b: 5, units: 10 })).toBeCloseTo(-byHand, 10);
    expect(coOccurrenceLogLikelihood({ both: 2, a: 4, b: 5, units: 10 })).toBe(0);
  });
});

describe('sorting scores', () => {
  it('takes a table and its mirror image as a tie, though their G² may differ in the last bit', () => {
    const table = coOccurrenceLogLikelihood({ both: 1, a: 4, b: 9, units: 12 });
    const mirror = coOccurrenceLogLikelihood({ both: 1, a: 9, b: 4, units: 12 });
    expect(descending(table, mirror)).toBe(0);
    expect(descending(0.1 + 0.2, 0.3)).toBe(0);
    expect(descending(2, 1)).toBeLessThan(0);
    expect(descending(-1, 1)).toBeGreaterThan(0);
  });
});
