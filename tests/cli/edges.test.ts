import { describe, expect, it } from 'vitest';
import { corpusOf, runCli } from '../helpers.js';

const repeat = (n: number, sentence: string) => Array.from({ length: n }, () => sentence).join(' ');

const json = (args: string[]) => {
  const result = runCli(args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('numbers in tables, CSV and TSV are rounded once, from the exact value', () => {
  // Laos in 10 sentences, Cuba in 11, both in 2: Dice = 2·2/21 = 0.190476…, 0.190 to three decimals (0.1905, then 0.191, when rounded twice).
  const dice = corpusOf({
    'a.txt': `In 2017, the work went on. ${repeat(2, 'Laos and Cuba signed a plan.')} ${repeat(8, 'Laos held a forum.')} ${repeat(9, 'Cuba held a forum.')}\n`,
  });

  it('prints Dice 4/21 as 0.190 in every format that prints three decimals', () => {
    for (const format of ['csv', 'tsv', 'table']) {
      const result = runCli(['cooccur', '--format', format, '--corpus', dice]);
      expect(result.status).toBe(0);
      expect(result.stdout, format).toMatch(/\b0\.190\b/);
      expect(result.stdout, format).not.toMatch(/0\.191/);
    }
    expect(json(['cooccur', '--json', '--corpus', dice])[0].dice).toBe(0.1905);
  });
});

describe('cooccur G² is signed', () => {
  // Laos and Cuba each in 10 sentences but together in only 1; Chile and Peru together in all 3 of theirs.
  const avoidance = corpusOf({
    'a.txt': `In 2017, the work went on. ${repeat(1, 'Laos and Cuba met.')} ${repeat(9, 'Laos held a forum.')} ${repeat(9, 'Cuba held a forum.')} ${repeat(3, 'Chile and Peru met.')} ${repeat(10, 'The work went on.')}\n`,
  });

  it('is negative for a pair named together less often than chance, and ranks last under --sort ll', () => {
    const sentences = json(['corpus', '--json', '--corpus', avoidance])[0].sentences;
    const pairs = json(['cooccur', '--sort', 'll', '--json', '--corpus', avoidance]);
    expect(pairs.map((p: { a: { id: string }; b: { id: string } }) => `${p.a.id}-${p.b.id}`)).toEqual(['CL-PE', 'CU-LA']);
    // The 2×2 table of Cuba and Laos over N sentences: 1 both, 9 + 9 one only, N − 19 neither; expected both 10·10/N.
    const n = sentences;
    const cell = (observed: number, expected: number) => (observed === 0 ? 0 : observed * Math.log(observed / expected));
    const g2 = 2 * (cell(1, 100 / n) + 2 * cell(9, (10 * (n - 10)) / n) + cell(n - 19, ((n - 10) * (n - 10)) / n));
    expect(100 / n).toBeGreaterThan(1);
    expect(pairs[1].ll).toBeCloseTo(-g2, 3);
    expect(pairs[0].ll).toBeGreaterThan(0);
  });
});

describe('compare --entity decides partner status by rates, as the entity table does', () => {
  // Vietnam and Laos together in 2 sentences of a short 2017 review, in 3 of a 2021 review ten times as long.
  const partners = corpusOf({
    '2017.txt': `In 2017, the work went on. ${repeat(2, 'Vietnam and Laos signed a plan.')}\n`,
    '2021.txt': `In 2021, the work went on. ${repeat(3, 'Vietnam and Laos signed a plan.')} ${repeat(40, 'The delegates discussed the many tasks of the coming years at length.')}\n`,
  });

  it('calls a partner named together more often but at a lower rate down, and reports the rates', () => {
    const tokens = Object.fromEntries(json(['corpus', '--json', '--corpus', partners]).map((d: { year: number; tokens: number }) => [d.year, d.tokens]));
    const result = json(['compare', '--entity', 'Vietnam', '--json', '--corpus', partners]);
    const laos = result.partners.find((p: { id: string }) => p.id === 'LA');
    expect(laos).toMatchObject({ a: 2, b: 3, status: 'down' });
    expect(result.a).toMatchObject({ year: 2017, period: '2017', years: [2017] });
    expect(laos.per10k.a).toBeCloseTo((2 / tokens[2017]) * 10_000, 3);
    expect(laos.per10k.b).toBeCloseTo((3 / tokens[2021]) * 10_000, 3);
  });
});
