/** The Mann-Kendall test of a monotonic trend in a series taken at equally ordered times (one value a year). */
export interface MannKendall {
  /** S: the pairs of years whose values rise minus those whose values fall. */
  s: number;
  /** The variance of S under no trend, corrected for ties in the values. */
  variance: number;
  /** Kendall's tau-b between the years and the values (tau-a when the values have no ties). */
  tau: number;
  /** The two-sided p-value of S. */
  p: number;
  /** `exact`: the permutation distribution of S given the ties; `normal`: the normal approximation with continuity correction. */
  method: 'exact' | 'normal';
  /** The direction of S: 1 rising, -1 falling, 0 neither. */
  sign: -1 | 0 | 1;
}

/** Series up to this long get the exact p-value (the exact distribution costs O(n³) big-integer steps, once per tie pattern). */
export const EXACT_MAX_LENGTH = 50;

export function mannKendall(values: readonly number[]): MannKendall {
  const n = values.length;
  let s = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) s += Math.sign(values[j] - values[i]);
  const ties = tieSizes(values);
  const pairs = (n * (n - 1)) / 2;
  const tiedPairs = ties.reduce((sum, t) => sum + (t * (t - 1)) / 2, 0);
  const variance = (n * (n - 1) * (2 * n + 5) - ties.reduce((sum, t) => sum + t * (t - 1) * (2 * t + 5), 0)) / 18;
  const untiedPairs = pairs - tiedPairs;
  const tau = untiedPairs === 0 ? 0 : s / Math.sqrt(pairs * untiedPairs);
  const exact = n <= EXACT_MAX_LENGTH;
  const p = exact ? exactTwoSided(s, n, ties) : normalTwoSided(s, variance);
  return { s, variance, tau, p, method: exact ? 'exact' : 'normal', sign: Math.sign(s) as -1 | 0 | 1 };
}

/** The sizes of the groups of equal values (groups of one left out), in ascending order. */
function tieSizes(values: readonly number[]): number[] {
  const groups = new Map<number, number>();
  for (const value of values) groups.set(value, (groups.get(value) ?? 0) + 1);
  return [...groups.values()].filter((t) => t > 1).sort((a, b) => a - b);
}

/** P(|S| ≥ |s|) by the normal approximation, with S moved one step towards 0 (the continuity correction). */
function normalTwoSided(s: number, variance: number): number {
  if (s === 0 || variance === 0) return 1;
  return Math.min(1, twoSidedNormalTail((Math.abs(s) - 1) / Math.sqrt(variance)));
}

/** P(|Z| ≥ z) for a standard normal Z: erfc(z/√2). */
export function twoSidedNormalTail(z: number): number {
  return erfc(Math.abs(z) / Math.SQRT2);
}

/**
 * The complementary error function, by the Chebyshev fit of Numerical Recipes (erfcc; relative error below
 * 1.2·10⁻⁷ everywhere), enough for p-values reported to four significant digits.
 */
function erfc(x: number): number {
  const t = 1 / (1 + 0.5 * Math.abs(x));
  const poly =
    -x * x - 1.26551223 +
    t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (-0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (-0.82215223 + t * 0.17087277))))))));
  const value = t * Math.exp(poly);
  return x >= 0 ? value : 2 - value;
}

const distributions = new Map<string, bigint[]>();

/**
 * P(|S| ≥ |s|) over every ordering of the values, equally likely when there is no trend. With groups of equal
 * values of sizes t₁…tₖ the orderings with k discordant pairs are counted by the coefficient of qᵏ in the
 * q-multinomial [n]! / ([t₁]!…[tₖ]!) (each [m] = 1 + q + … + q^(m-1)), and S = untied pairs − 2k.
 */
function exactTwoSided(s: number, n: number, ties: readonly number[]): number {
  const key = `${n}:${ties.join(',')}`;
  let counts = distributions.get(key);
  if (!counts) distributions.set(key, (counts = inversionCounts(n, ties)));
  const untiedPairs = counts.length - 1;
  let extreme = 0n;
  let total = 0n;
  counts.forEach((count, discordant) => {
    total += count;
    if (Math.abs(untiedPairs - 2 * discordant) >= Math.abs(s)) extreme += count;
  });
  return ratio(extreme, total);
}

function inversionCounts(n: number, ties: readonly number[]): bigint[] {
  let poly = [1n];
  for (let m = 2; m <= n; m++) poly = divideByOneMinusQ(multiplyByOneMinusQPower(poly, m));
  for (const t of ties) for (let m = 2; m <= t; m++) poly = divideByOneMinusQPower(multiplyByOneMinusQ(poly), m);
  return poly;
}

/** ·(1 − qᵐ) */
function multiplyByOneMinusQPower(poly: bigint[], m: number): bigint[] {
  const result = [...poly, ...new Array<bigint>(m).fill(0n)];
  for (let k = 0; k < poly.length; k++) result[k + m] -= poly[k];
  return result;
}

/** ·(1 − q) */
const multiplyByOneMinusQ = (poly: bigint[]) => multiplyByOneMinusQPower(poly, 1);

/** ÷(1 − qᵐ), exact when (1 − qᵐ) divides the polynomial: the quotient's coefficients are cᵏ + c'ₖ₋ₘ. */
function divideByOneMinusQPower(poly: bigint[], m: number): bigint[] {
  const quotient = poly.slice(0, poly.length - m);
  for (let k = m; k < quotient.length; k++) quotient[k] += quotient[k - m];
  return quotient;
}

/** ÷(1 − q) */
const divideByOneMinusQ = (poly: bigint[]) => divideByOneMinusQPower(poly, 1);

/** A ratio of big integers as a double, to the double's relative precision however small it is. */
function ratio(numerator: bigint, denominator: bigint): number {
  if (numerator === 0n) return 0;
  const scale = Math.max(0, denominator.toString(2).length - numerator.toString(2).length + 64);
  return Number((numerator << BigInt(scale)) / denominator) / 2 ** scale;
}
