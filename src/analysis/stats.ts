/** x·ln(x/e), with 0·ln 0 = 0: the term of a log-likelihood sum. */
function term(observed: number, expected: number): number {
  return observed > 0 && expected > 0 ? observed * Math.log(observed / expected) : 0;
}

/** Units with both, with a, with b, and in all: the 2×2 table of a co-occurrence. */
export interface Contingency {
  both: number;
  a: number;
  b: number;
  units: number;
}

/** Pointwise mutual information in bits: log2 of observed over expected co-occurrence. */
export function pmi({ both, a, b, units }: Contingency): number {
  return both === 0 ? -Infinity : Math.log2((both * units) / (a * b));
}

/** Dice coefficient: 2·both / (a + b). */
export function dice({ both, a, b }: Contingency): number {
  return a + b === 0 ? 0 : (2 * both) / (a + b);
}

/**
 * Log-likelihood G² of the 2×2 table (Dunning 1993), signed: negative when the pair is named together less often
 * than chance (observed below expected), so that sorting by it puts avoidance after every attraction.
 */
export function coOccurrenceLogLikelihood({ both, a, b, units }: Contingency): number {
  const cells = [
    [both, a, b],
    [a - both, a, units - b],
    [b - both, units - a, b],
    [units - a - b + both, units - a, units - b],
  ];
  const g2 = 2 * cells.reduce((sum, [observed, row, column]) => sum + term(observed, (row * column) / units), 0);
  return both * units < a * b ? -g2 : g2;
}

/**
 * Rayson and Garside's log-likelihood G² for a frequency in two corpora: 2·Σ O·ln(O/E), with the expected
 * frequencies E from the corpora's sizes.
 */
export function keynessLogLikelihood(countA: number, sizeA: number, countB: number, sizeB: number): number {
  const total = countA + countB;
  const expectedA = (sizeA * total) / (sizeA + sizeB);
  const expectedB = (sizeB * total) / (sizeA + sizeB);
  return 2 * (term(countA, expectedA) + term(countB, expectedB));
}

/** The smoothing constant Hardie's Log Ratio adds to a zero frequency, so that new and gone entities stay finite. */
export const LOG_RATIO_SMOOTHING = 0.5;

/** Hardie's Log Ratio: log2 of the relative frequency in B over that in A; positive means more frequent in B. */
export function logRatio(countA: number, sizeA: number, countB: number, sizeB: number): number {
  const a = countA === 0 ? LOG_RATIO_SMOOTHING : countA;
  const b = countB === 0 ? LOG_RATIO_SMOOTHING : countB;
  return Math.log2(b / sizeB / (a / sizeA));
}

/** The critical value of G² for p < 0.05 with one degree of freedom. */
export const SIGNIFICANT_G2 = 3.84;

/**
 * Orders numbers from the largest, taking values that differ only by floating-point noise (10⁻⁹ relative) as equal,
 * so that such ties fall to the next key: the G² of a table and of its mirror image (a and b swapped) are equal but
 * for the order of a sum, and may differ in their last bit.
 */
export function descending(x: number, y: number): number {
  return Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), Math.abs(y)) ? 0 : y - x;
}
