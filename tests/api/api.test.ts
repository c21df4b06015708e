import { spawnSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, UsageError, type Analysis } from '../../src/api/index.js';
import { roundNumbers } from '../../src/output/numbers.js';
import { ROOT, runCli, scratch } from '../helpers.js';

const cliJson = (args: string[]) => {
  const result = runCli([...args, '--format', 'json']);
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};
/** What the API gives (exact values), as the CLI writes it as JSON (rounded to four decimals). */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(roundNumbers(value)));

let analysis: Analysis;
beforeAll(async () => {
  analysis = await analyse({ workerThreads: 0 });
});

describe('the library API on the bundled corpus', () => {
  it('lists the documents, entities and years', () => {
    expect(asJson(analysis.documents)).toEqual(cliJson(['corpus']));
    expect(analysis.years).toEqual(['2017', '2021']);
    expect(analysis.entities.find((e) => e.id === 'cpv')).toMatchObject({ type: 'party', name: 'Communist Party of Vietnam' });
    expect(analysis.text('2021-party-diplomacy.txt')).toBe(runCli(['text', '2021-party-diplomacy.txt']).stdout);
    expect(() => analysis.text('missing.txt')).toThrow(UsageError);
  });

  it('gives the results of entities, mentions and cooccur', () => {
    expect(asJson(analysis.counts())).toEqual(cliJson(['entities']));
    expect(asJson(analysis.counts({ types: ['party', 'person'], year: 2021, top: 5 }))).toEqual(cliJson(['entities', '--type', 'party,person', '--year', '2021', '--top', '5']));
    expect(asJson(analysis.mentions({ kinds: ['name', 'abbreviation', 'reference', 'demonym', 'relative'], explain: true }))).toEqual(cliJson(['mentions', '--kinds', 'all', '--explain']));
    expect(asJson(analysis.mentions({ entity: 'Hun Sen' }))).toEqual(cliJson(['mentions', '--entity', 'Hun Sen']));
    expect(asJson(analysis.cooccurrences())).toEqual(cliJson(['cooccur']));
    expect(asJson(analysis.cooccurrences({ unit: 'paragraph', sort: 'll', types: ['party', 'country'], min: 2, year: 2021 }))).toEqual(
      cliJson(['cooccur', '--unit', 'paragraph', '--sort', 'll', '--type', 'party,country', '--min', '2', '--year', '2021']),
    );
    expect(asJson(analysis.cooccurrences({ entity: 'cpv', top: 4 }))).toEqual(cliJson(['cooccur', '--entity', 'cpv', '--top', '4']));
  });

  it('gives the results of compare and timeline', () => {
    expect(asJson(analysis.compare())).toEqual(cliJson(['compare']));
    expect(asJson(analysis.compare({ a: 2021, b: 2017, types: ['country'], top: 6 }))).toEqual(cliJson(['compare', '2021', '2017', '--type', 'country', '--top', '6']));
    expect(asJson(analysis.partners('Nguyen Phu Trong'))).toEqual(cliJson(['compare', '--entity', 'Nguyen Phu Trong']));
    expect(asJson(analysis.timeline())).toEqual(cliJson(['timeline']));
    expect(asJson(analysis.timeline({ from: '2021-06', to: '2021-12', entity: 'Laos' }))).toEqual(cliJson(['timeline', '--from', '2021-06', '--to', '2021-12', '--entity', 'Laos']));
  });

  it('gives the results of trend, and says whether the corpus has years enough for a statistic', () => {
    const { years, tested, trends } = analysis.trend({ types: ['party'], top: 5 });
    expect([years, tested]).toEqual([[2017, 2021], false]);
    expect(asJson(trends)).toEqual(cliJson(['trend', '--type', 'party', '--top', '5', '--quiet']));
    expect(asJson(analysis.trend().trends)).toEqual(cliJson(['trend', '--quiet']));
  });

  it('gives the results of events and their summary', () => {
    expect(asJson(analysis.events())).toEqual(cliJson(['events']));
    expect(asJson(analysis.events({ types: ['visit', 'call'], entity: 'Laos', explain: true }))).toEqual(cliJson(['events', '--type', 'visit,call', '--entity', 'Laos', '--explain']));
    expect(asJson(analysis.eventSummary())).toEqual(cliJson(['events', '--summary']));
    expect(asJson(analysis.compare({ a: '2017', b: 2021 }).events)).toEqual(cliJson(['compare', '2017', '2021']).events);
  });

  it('refuses a year the corpus does not review, as the CLI does', () => {
    expect(() => analysis.counts({ year: 2019 })).toThrow(/2019 is not a reviewed year/);
    expect(() => analysis.compare({ a: 2017, b: 1999 })).toThrow(UsageError);
  });

  it('reads a document given as text for -', async () => {
    const piped = await analyse({ corpus: '-', stdin: 'In 2019, the Communist Party of Vietnam met the Lao People\'s Revolutionary Party in Hanoi.\n', workerThreads: 0 });
    expect(piped.counts({ types: ['party'] }).map((e) => e.id)).toEqual(['cpv', 'lprp']);
  });
});

describe('the package', () => {
  it("is imported by its name, and its types resolve through package.json's exports", () => {
    const project = scratch();
    mkdirSync(join(project, 'node_modules'));
    symlinkSync(ROOT, join(project, 'node_modules', 'party-diplo'), 'dir');
    writeFileSync(join(project, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      join(project, 'script.ts'),
      `import { analyse, type EntityCount } from 'party-diplo';
const analysis = await analyse({ cacheDirectory: process.argv[2] });
const parties: EntityCount[] = analysis.counts({ types: ['party'], top: 3 });
const tokens: number = analysis.documents[0].tokens;
// @ts-expect-error: a year is a number
analysis.counts({ year: '2017' });
console.log(JSON.stringify({ parties: parties.map((p) => p.id), tokens, pairs: analysis.cooccurrences({ top: 1 }).length }));
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, types: ['node'], typeRoots: [join(ROOT, 'node_modules', '@types')], outDir: 'out', skipLibCheck: false } }),
    );
    const compiled = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { encoding: 'utf8', cwd: project });
    expect(compiled.stdout + compiled.stderr).toBe('');
    const run = spawnSync(process.execPath, [join(project, 'out', 'script.js'), join(project, 'cache')], { encoding: 'utf8', cwd: project });
    expect(run.stderr).toBe('');
    const printed = JSON.parse(run.stdout);
    expect(printed.parties).toEqual(cliJson(['entities', '--type', 'party', '--top', '3']).map((e: { id: string }) => e.id));
    expect(printed.tokens).toBe(cliJson(['corpus'])[0].tokens);
    expect(printed.pairs).toBe(1);
  });
});
