import { describe, expect, it } from 'vitest';
import { EXACT_MAX_LENGTH, mannKendall, twoSidedNormalTail } from '../../src/analysis/mann-kendall.js';

/** S by its definition, for the checks below. */
function sOf(values: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) s += values[j] > values[i] ? 1 : values[j] < values[i] ? -1 : 0;
  return s;
}

function* permutations<T>(items: readonly T[]): Generator<T[]> {
  if (items.length <= 1) return yield [...items];
  for (let i = 0; i < items.length; i++) {
    for (const rest of permutations([...items.slice(0, i), ...items.slice(i + 1)])) yield [items[i], ...rest];
  }
}

/** The permutation test done the slow way: every ordering of the values, counted. */
function bruteForceP(values: readonly number[]): number {
  const observed = Math.abs(sOf(values));
  let extreme = 0;
  let all = 0;
  for (const ordering of permutations(values)) {
    all++;
    if (Math.abs(sOf(ordering)) >= observed) extreme++;
  }
  return extreme / all;
}

describe('Mann-Kendall S, its variance and tau', () => {
  it('counts rising minus falling pairs, with the variance n(n-1)(2n+5)/18 when nothing is tied', () => {
    // 1 3 2 4 5: of the 10 pairs only (3, 2) falls.
    const result = mannKendall([1, 3, 2, 4, 5]);
    expect(result.s).toBe(8);
    expect(result.variance).toBeCloseTo((5 * 4 * 15) / 18, 12);
    expect(result.tau).toBeCloseTo(8 / 10, 12);
    expect(result.sign).toBe(1);
  });

  it('corrects the variance and tau for tied values', () => {
    // 5 4 4 4 1 0 0: ties of 3 (the 4s) and 2 (the 0s); 21 pairs, 3 + 1 of them tied, all 17 others falling.
    const result = mannKendall([5, 4, 4, 4, 1, 0, 0]);
    expect(result.s).toBe(-17);
    expect(result.variance).toBeCloseTo((7 * 6 * 19 - 3 * 2 * 11 - 2 * 1 * 9) / 18, 12);
    expect(result.tau).toBeCloseTo(-17 / Math.sqrt(21 * 17), 12);
    expect(result.sign).toBe(-1);
  });

  it('gives a flat series no trend: S 0, tau 0, p 1', () => {
    expect(mannKendall([2, 2, 2, 2])).toMatchObject({ s: 0, variance: 0, tau: 0, p: 1, sign: 0 });
  });
});

describe('exact p-values', () => {
  it("agree with Kendall's published table for n = 5 (the counts of permutations by inversions: 1, 4, 9, 15, 20, 22, …)", () => {
    // One-sided P(S ≥ s) from the table: S = 10: 1/120, 8: 5/120, 6: 14/120, 4: 29/120; two-sided doubles them.
    expect(mannKendall([1, 2, 3, 4, 5]).p).toBeCloseTo(2 / 120, 12);
    expect(mannKendall([2, 1, 3, 4, 5]).p).toBeCloseTo(10 / 120, 12);
    expect(mannKendall([3, 1, 2, 4, 5]).p).toBeCloseTo(28 / 120, 12);
    expect(mannKendall([5, 4, 3, 1, 2]).p).toBeCloseTo(10 / 120, 12);
    expect(mannKendall([1, 2, 3, 4, 5]).method).toBe('exact');
  });

  it('agree with counting every ordering of the values, with and without ties', () => {
    for (const values of [
      [3, 1, 2, 5, 4, 6, 7],
      [0, 0, 1, 0, 2, 3],
      [5, 4, 4, 4, 1, 0, 0],
      [0, 0, 0, 1, 0, 0, 2, 0],
      [2, 7, 1, 8, 2, 8],
      [1, 0],
    ]) {
      expect(mannKendall(values).p, values.join(' ')).toBeCloseTo(bruteForceP(values), 12);
    }
  });

  it("agree with SciPy's exact Kendall test (scipy.stats.kendalltau(range(20), values, method='exact'), SciPy 1.17)", () => {
    const values = [3.1, 2.2, 5.5, 4.1, 6.2, 1.3, 7.7, 8.1, 6.9, 9.4, 10.2, 9.9, 12.5, 11.1, 13.3, 2.5, 14.8, 15.2, 16.1, 15.9];
    const result = mannKendall(values);
    expect(result.tau).toBeCloseTo(0.7368421052631579, 12);
    expect(result.p / 5.089279304093134e-7).toBeCloseTo(1, 10);
  });

  it('stay exact and small for long series', () => {
    const rising = Array.from({ length: 20 }, (_, i) => i);
    // Only the one ordering of 20! has S = 190, and only its reverse has S = -190.
    expect(mannKendall(rising).p).toBeCloseTo(2 / 2432902008176640000, 30);
  });
});

describe('the normal approximation', () => {
  it('gives the published two-sided tails of the standard normal', () => {
    expect(twoSidedNormalTail(1.959964)).toBeCloseTo(0.05, 6);
    expect(twoSidedNormalTail(2.575829)).toBeCloseTo(0.01, 6);
    expect(twoSidedNormalTail(0)).toBeCloseTo(1, 6);
  });

  it('is used beyond the exact length, with S moved one step towards 0', () => {
    const n = EXACT_MAX_LENGTH + 10;
    // A rising series with every tenth value dropped to 0: ties among the zeros, a strong rise.
    const values = Array.from({ length: n }, (_, i) => (i % 10 === 0 ? 0 : i));
    const result = mannKendall(values);
    expect(result.method).toBe('normal');
    expect(result.s).toBe(sOf(values));
    const zeros = n / 10;
    const variance = (n * (n - 1) * (2 * n + 5) - zeros * (zeros - 1) * (2 * zeros + 5)) / 18;
    expect(result.variance).toBeCloseTo(variance, 9);
    expect(result.p).toBeCloseTo(twoSidedNormalTail((result.s - 1) / Math.sqrt(variance)), 12);
  });
});
