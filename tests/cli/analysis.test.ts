import { describe, expect, it } from 'vitest';
import { corpusOf, runCli, runShell } from '../helpers.js';

// A corpus whose answers are known by construction: which countries share which sentences, in which year.
const constructed = corpusOf({
  'a.txt': 'Review of 2017\n\nIn 2017, Vietnam and Laos signed an agreement. Vietnam and Cuba held talks. Laos hosted a forum.\n\nVietnam welcomed guests.',
  'b.txt': 'Review of 2021\n\nIn 2021, Vietnam and Laos met again. Vietnam and Laos signed a plan. Chile joined on 5 May 2021.',
});

const json = (args: string[]) => {
  const result = runCli([...args, '--corpus', constructed]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('party-diplo cooccur', () => {
  it('counts the sentences that name both, per year, each pair once', () => {
    const pairs = json(['cooccur', '--json']);
    expect(pairs.map((p: { a: { id: string }; b: { id: string }; count: number }) => [p.a.id, p.b.id, p.count])).toEqual([
      ['LA', 'VN', 3],
      ['CU', 'VN', 1],
    ]);
    expect(pairs[0].years).toEqual({ '2017': 1, '2021': 2 });
    // Laos is named in 4 sentences, Vietnam in 5, both in 3.
    expect(pairs[0].dice).toBeCloseTo((2 * 3) / (4 + 5), 3);
  });

  it('counts paragraphs and documents as units too', () => {
    const byDoc = json(['cooccur', '--unit', 'doc', '--json']);
    expect(byDoc.find((p: { a: { id: string } }) => p.a.id === 'LA').count).toBe(2);
    const byParagraph = json(['cooccur', '--unit', 'paragraph', '--json']);
    expect(byParagraph.find((p: { a: { id: string }; b: { id: string } }) => p.a.id === 'CU' && p.b.id === 'VN').count).toBe(1);
  });

  it("puts the entity first in an ego network and honours --min, --year and --top", () => {
    const ego = json(['cooccur', '--entity', 'Vietnam', '--json']);
    expect(ego.every((p: { a: { id: string } }) => p.a.id === 'VN')).toBe(true);
    expect(json(['cooccur', '--min', '2', '--json'])).toHaveLength(1);
    expect(json(['cooccur', '--year', '2021', '--json'])).toHaveLength(1);
    expect(json(['cooccur', '--top', '1', '--json'])).toHaveLength(1);
  });

  it('writes a Graphviz graph', () => {
    const result = runCli(['cooccur', '--format', 'dot', '--corpus', constructed]);
    expect(result.stdout).toMatch(/^graph cooccurrences \{/);
    expect(result.stdout).toContain('"country:LA" -- "country:VN" [weight=3');
  });
});

describe('party-diplo compare', () => {
  it('reports rates, status, Log Ratio and G² in the documented shape', () => {
    const comparison = json(['compare', '--json']);
    expect(comparison.a).toMatchObject({ year: 2017, docs: 1 });
    expect(comparison.b).toMatchObject({ year: 2021, docs: 1 });
    const status = Object.fromEntries(comparison.entities.map((e: { id: string; status: string }) => [e.id, e.status]));
    expect(status).toEqual({ CU: 'gone', CL: 'new', VN: 'down', LA: expect.stringMatching(/^(up|down|same)$/) });
    for (const e of comparison.entities) {
      expect(Object.keys(e)).toEqual(['type', 'id', 'name', 'a', 'b', 'status', 'logRatio', 'll', 'significant']);
      expect(e.a.per10k).toBeCloseTo((e.a.count / comparison.a.tokens) * 10000, 3);
      expect(Number.isFinite(e.logRatio)).toBe(true);
    }
  });

  it('rejects a year that is not in the corpus with exit status 2, naming the years that are', () => {
    const result = runCli(['compare', '2017', '2019', '--corpus', constructed]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/2019.*2017, 2021/);
  });

  it('answers the README recipe: the countries new in 2021 of the bundled corpus', () => {
    const result = runShell(`party-diplo compare --json | jq -r '.entities[] | select(.type=="country" and .status=="new") | .name' | sort`);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toEqual(expect.arrayContaining(['Cuba', 'Russia', 'France', 'Brazil']));
    expect(result.stdout).not.toMatch(/^(Vietnam|Laos|China)$/m);
  });
});

describe('party-diplo timeline', () => {
  it('lists dates chronologically with the entities of their sentence, within --from and --to', () => {
    const events = json(['timeline', '--json']);
    expect(events.map((e: { value: string }) => e.value)).toEqual(['2017', '2017', '2021', '2021', '2021-05-05']);
    expect(events[4]).toMatchObject({ text: '5 May 2021', doc: 'b.txt', entities: [{ type: 'country', id: 'CL', name: 'Chile' }] });
    expect(json(['timeline', '--from', '2021-05', '--json'])).toHaveLength(1);
    expect(json(['timeline', '--to', '2017', '--json'])).toHaveLength(2);
    expect(json(['timeline', '--entity', 'Cuba', '--json'])).toEqual([]);
  });
});
