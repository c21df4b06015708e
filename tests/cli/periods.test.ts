import { describe, expect, it } from 'vitest';
import { corpusOf, runCli, runShell } from '../helpers.js';

/**
 * Six reviewed years, three documents a year, with counts known by construction: in year k (0 to 5) Laos is named
 * k + 1 times in the first document, Cambodia 6 − k times in the second (so the sentences naming a country are 7
 * every year), Chile twice in the first document and once in each other document up to the (k mod 3)-th, and the
 * Communist Party of Cuba once in every document of the even years. Sentences of the same length naming no entity
 * fill in for Chile and the Cuban party, so that every year has as many word tokens as every other.
 */
const YEARS = [2014, 2015, 2016, 2017, 2018, 2019];
const laos = (k: number, doc: number) => (doc === 0 ? k + 1 : 0);
const cambodia = (k: number, doc: number) => (doc === 1 ? 6 - k : 0);
const chile = (k: number, doc: number) => (doc === 0 ? 2 : doc <= k % 3 ? 1 : 0);
const cubanParty = (k: number) => (k % 2 === 0 ? 1 : 0);

function documentText(year: number, k: number, doc: number): string {
  const repeat = (n: number, sentence: string) => Array.from({ length: n }, () => sentence);
  return [
    `In ${year}, the delegations of the Party met often.`,
    ...repeat(laos(k, doc), 'A delegation from Laos arrived for talks on trade.'),
    ...repeat(cambodia(k, doc), 'A delegation from Cambodia arrived for talks on trade.'),
    ...repeat(chile(k, doc), 'Friends in Chile sent their greetings to the congress.'),
    ...repeat(cubanParty(k), 'The Communist Party of Cuba sent a message of solidarity.'),
    ...repeat(1 - cubanParty(k), 'The youth union of Hanoi sent a message of solidarity.'),
    ...repeat(doc === 2 ? 4 - [0, 1, 2].reduce((n, d) => n + chile(k, d), 0) : 0, 'Friends in Hanoi sent their greetings to the congress.'),
    'The meetings were useful for both sides.',
  ].join(' ') + '\n';
}

const files: Record<string, string> = {};
YEARS.forEach((year, k) => {
  for (let doc = 0; doc < 3; doc++) files[`${year}/review-${doc}.txt`] = documentText(year, k, doc);
});
const generated = corpusOf(files);

const run = (args: string[]) => runCli([...args, '--corpus', generated]);
const json = (args: string[]) => {
  const result = run(args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

/** Word tokens per reviewed year, as the corpus command reports them: the denominators of every rate. */
function tokensByYear(): Map<number, number> {
  const tokens = new Map<number, number>();
  for (const d of json(['corpus', '--json'])) tokens.set(d.year, (tokens.get(d.year) ?? 0) + d.tokens);
  return tokens;
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);
const inYears = (count: (k: number, doc: number) => number, years: number[]) =>
  sum(years.flatMap((y) => [0, 1, 2].map((doc) => count(YEARS.indexOf(y), doc))));
const docsNaming = (count: (k: number, doc: number) => number, years: number[]) =>
  years.flatMap((y) => [0, 1, 2].filter((doc) => count(YEARS.indexOf(y), doc) > 0)).length;

describe('compare with periods', () => {
  it('sums counts and tokens over the years of each side and reports the documents naming each entity', () => {
    const tokens = tokensByYear();
    const comparison = json(['compare', '2014-2015', '2018,2019', '--json']);
    const [sideA, sideB] = [[2014, 2015], [2018, 2019]];
    expect(comparison.a).toMatchObject({ year: null, period: '2014-2015', years: sideA, docs: 6, tokens: tokens.get(2014)! + tokens.get(2015)! });
    expect(comparison.b).toMatchObject({ year: null, period: '2018,2019', years: sideB, docs: 6, tokens: tokens.get(2018)! + tokens.get(2019)! });
    const row = (id: string) => comparison.entities.find((e: { id: string }) => e.id === id);
    for (const [id, count] of [['LA', laos], ['KH', cambodia], ['CL', chile]] as const) {
      expect(row(id).a).toMatchObject({ count: inYears(count, sideA), docs: docsNaming(count, sideA) });
      expect(row(id).b).toMatchObject({ count: inYears(count, sideB), docs: docsNaming(count, sideB) });
      expect(row(id).a.per10k).toBeCloseTo((inYears(count, sideA) / comparison.a.tokens) * 10_000, 3);
    }
    // Worked by hand: Laos 1 + 2 in one document a year against 5 + 6; Chile 2 + 3 in 1 + 2 documents against 3 + 4 in 2 + 3.
    expect(row('LA').a).toMatchObject({ count: 3, docs: 2 });
    expect(row('LA').b).toMatchObject({ count: 11, docs: 2 });
    expect(row('CL').a).toMatchObject({ count: 5, docs: 3 });
    expect(row('CL').b).toMatchObject({ count: 7, docs: 5 });
  });

  it('shows the documents naming each entity in the table when a side has several', () => {
    const result = run(['compare', '2014,2015', '2019']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/2014,2015 docs\s*\|\s*2019 docs/);
    expect(result.stdout).toMatch(/new in 2019 \(\d+\)/);
  });

  it('counts every type in the summary, whatever --type lists', () => {
    const comparison = json(['compare', '2014', '2016', '--type', 'country', '--json']);
    expect(comparison.entities.every((e: { type: string }) => e.type === 'country')).toBe(true);
    expect(comparison.a).toMatchObject({ year: 2014, parties: 1, countries: 3 });
    expect(comparison.b).toMatchObject({ year: 2016, parties: 1 });
  });

  it('rejects a year compared with itself, overlapping periods and reversed ranges with exit status 2', () => {
    for (const args of [['2017', '2017'], ['2014-2016', '2016-2019'], ['2014,2015', '2015'], ['2016-2014', '2019'], ['2010-2012', '2019'], ['2014', 'last']]) {
      const result = run(['compare', ...args]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^party-diplo: error: .*\n$/);
    }
    expect(run(['compare', '2017', '2017']).stderr).toMatch(/2017 with itself/);
  });
});

/** Kendall's S by its definition. */
function kendallS(values: number[]): number {
  let s = 0;
  for (let i = 0; i < values.length; i++) for (let j = i + 1; j < values.length; j++) s += Math.sign(values[j] - values[i]);
  return s;
}

/** The two-sided p of S by trying every ordering of the values (720 for six years). */
function permutationP(values: number[]): number {
  const observed = Math.abs(kendallS(values));
  let extreme = 0;
  let all = 0;
  const visit = (prefix: number[], rest: number[]) => {
    if (rest.length === 0) {
      all++;
      if (Math.abs(kendallS(prefix)) >= observed) extreme++;
      return;
    }
    rest.forEach((v, i) => visit([...prefix, v], [...rest.slice(0, i), ...rest.slice(i + 1)]));
  };
  visit([], values);
  return extreme / all;
}

describe('party-diplo trend', () => {
  it("reports each entity's rate per year and a Mann-Kendall test that agrees with an independent computation", () => {
    const tokens = tokensByYear();
    const trends = json(['trend', '--json']);
    const byId = new Map(trends.map((t: { id: string }) => [t.id, t]));
    for (const [id, count] of [['LA', laos], ['KH', cambodia], ['CL', chile]] as const) {
      const trend = byId.get(id) as Record<string, never>;
      const rates = YEARS.map((y) => (inYears(count, [y]) / tokens.get(y)!) * 10_000);
      YEARS.forEach((y, i) => expect(trend['per10k'][y]).toBeCloseTo(rates[i], 3));
      expect(trend['s']).toBe(kendallS(rates));
      expect(trend['p']).toBeCloseTo(permutationP(rates), 4);
    }
    // Laos rises every year (1 to 6 of 7 country sentences): S = 15 and, from Kendall's table for n = 6, p = 2/720.
    expect(byId.get('LA')).toMatchObject({ s: 15, tau: 1, sign: 1, method: 'exact' });
    expect((byId.get('LA') as { p: number }).p).toBeCloseTo(2 / 720, 6);
    expect(byId.get('KH')).toMatchObject({ s: -15, tau: -1, sign: -1 });
    // The Cuban party: 3, 0, 3, 0, 3, 0 mentions — three tied zeros.
    expect(byId.get('pcc')).toMatchObject({ years: { '2014': 3, '2015': 0, '2016': 3, '2017': 0, '2018': 3, '2019': 0 } });
    for (let i = 1; i < trends.length; i++) {
      const [x, y] = [trends[i - 1], trends[i]];
      expect(x.p < y.p || (x.p === y.p && Math.abs(x.tau) >= Math.abs(y.tau))).toBe(true);
    }
  });

  it('honours --type, --min and --top, and draws a sparkline in tables', () => {
    expect(json(['trend', '--type', 'party', '--json']).map((t: { id: string }) => t.id)).toEqual(['pcc']);
    // In all: Laos and Cambodia 21 mentions each, Chile 2 + 3 + 4 + 2 + 3 + 4 = 18, the Cuban party 9.
    expect(json(['trend', '--min', '19', '--json']).map((t: { id: string }) => t.id).sort()).toEqual(['KH', 'LA']);
    expect(json(['trend', '--top', '2', '--json'])).toHaveLength(2);
    const table = run(['trend']).stdout;
    expect(table).toContain('per 10k 2014-2019');
    // Laos at 1 to 6 sixths of its highest rate: ▂ to █ in proportion, one step each.
    expect(table).toMatch(/Laos.*▃▄▅▆▇█/);
  });

  it('answers the README recipe: the entities whose rate rises significantly', () => {
    const result = runShell(`party-diplo trend --corpus ${generated} --json | jq -r '.[] | select(.p != null and .p < 0.05 and .sign > 0) | .name'`);
    expect(result.status).toBe(0);
    expect(result.stdout.split('\n')).toContain('Laos');
    expect(result.stdout).not.toContain('Cambodia');
  });

  it('writes the series in CSV, one column per year', () => {
    const [header, ...rows] = run(['trend', '--format', 'csv']).stdout.trim().split('\n');
    expect(header).toBe(['type', 'id', 'name', 'count', ...YEARS.map((y) => `${y}/10k`), 'S', 'variance', 'tau', 'p', 'method', 'sign'].join(','));
    expect(rows.find((r) => r.startsWith('country,LA,'))).toMatch(/,15,[\d.]+,1\.0000,0\.002778,exact,1$/);
  });

  it('lists rates without a statistic, and says why, when the corpus reviews fewer than three years', () => {
    const twoYears = corpusOf({ 'a.txt': documentText(2017, 0, 0), 'b.txt': documentText(2021, 5, 0) });
    const result = runCli(['trend', '--json', '--corpus', twoYears]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/warning: a trend needs at least 3 reviewed years.*2017, 2021/);
    const laosTrend = JSON.parse(result.stdout).find((t: { id: string }) => t.id === 'LA');
    expect(laosTrend).toMatchObject({ years: { '2017': 1, '2021': 6 }, s: null, tau: null, p: null, sign: null });
  });
});
