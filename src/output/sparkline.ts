const BARS = '▁▂▃▄▅▆▇█';

/** A sparkline of a series: ▁ where a value is 0, ▂ to █ in proportion to the series' highest value. */
export function sparkline(values: readonly number[]): string {
  const highest = Math.max(0, ...values);
  return values.map((v) => (v <= 0 ? BARS[0] : BARS[1 + Math.round((v / highest) * (BARS.length - 2))])).join('');
}
