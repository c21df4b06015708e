import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, corpusOf, runCli, runShell } from '../helpers.js';

const json = (args: string[]) => {
  const result = runCli(args);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return JSON.parse(result.stdout);
};

describe('party-diplo corpus', () => {
  it('lists each document with its reviewed year as a number', () => {
    const documents = json(['corpus', '--format', 'json']);
    expect(documents.map((d: { doc: string; year: number }) => [d.doc, d.year])).toEqual([
      ['2017-party-external-relations.txt', 2017],
      ['2021-party-diplomacy.txt', 2021],
    ]);
    for (const d of documents) expect(Object.keys(d)).toEqual(['doc', 'year', 'title', 'author', 'publication', 'published', 'tokens', 'sentences']);
  });
});

describe('party-diplo entities', () => {
  it('follows the JSON contract, sorted by count then name', () => {
    const rows = json(['entities', '--json']);
    expect(rows[0]).toMatchObject({ type: 'country', id: 'VN', name: 'Vietnam', years: { '2017': expect.any(Number), '2021': expect.any(Number) } });
    for (const row of rows) {
      expect(row.count).toBe(row.years['2017'] + row.years['2021']);
      expect(Array.isArray(row.aliases)).toBe(true);
    }
    for (let i = 1; i < rows.length; i++) {
      expect(rows[i - 1].count > rows[i].count || (rows[i - 1].count === rows[i].count && rows[i - 1].name <= rows[i].name)).toBe(true);
    }
  });

  it('filters by type and year and cuts to --top', () => {
    const parties = json(['entities', '--type', 'party', '--year', '2017', '--top', '3', '--json']);
    expect(parties).toHaveLength(3);
    for (const p of parties) expect(p.type).toBe('party');
    // The annotation of the 2017 review names the Communist Party of China four times, more than any other party.
    expect(parties[0]).toMatchObject({ id: 'cpc', years: { '2017': 4 } });
  });

  it('prints a plain table when piped, and the set-up command works from the bundled corpus', () => {
    const result = runCli(['entities', '--top', '2']);
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/type\s*\|\s*id\s*\|\s*name/);
    expect(result.stdout).not.toMatch(/\x1b\[/);
  });
});

describe('party-diplo mentions', () => {
  it('emits JSON Lines whose offsets slice the document text exactly', () => {
    const result = runCli(['mentions', '--format', 'jsonl', '--kinds', 'all']);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.length).toBeGreaterThan(250);
    const texts = new Map<string, string>();
    for (const m of lines) {
      if (!texts.has(m.doc)) texts.set(m.doc, readFileSync(join(BUNDLED, m.doc), 'utf8'));
      expect(texts.get(m.doc)!.slice(m.start, m.end)).toBe(m.text);
      expect(texts.get(m.doc)!).toContain(m.sentence);
      if (m.type === 'date' && m.kind === 'name') expect(m.value).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(new Set(lines.map((m) => m.kind))).toEqual(new Set(['name', 'abbreviation', 'reference', 'demonym', 'relative']));
  });

  it('lists one entity by name or id, with the rule behind each mention on --explain', () => {
    const byName = json(['mentions', '--entity', 'Miguel Diaz-Canel', '--json', '--explain']);
    const byId = json(['mentions', '--entity', 'miguel-diaz-canel', '--json']);
    expect(byName.map((m: { text: string }) => m.text)).toEqual(['Miguel Díaz-Canel', 'Miguel Díaz-Canel', 'Migel Diaz Canel']);
    expect(byId).toHaveLength(3);
    for (const m of byName) expect(typeof m.rule).toBe('string');
  });
});

describe('jq recipes from the README', () => {
  it('the top entity of the corpus', () => {
    const result = runShell("party-diplo entities --format json | jq -r '.[0].name'");
    expect(result.stdout.trim()).toBe('Vietnam');
  });

  it('the parties named in 2021 but not in 2017', () => {
    const result = runShell(`party-diplo entities --type party --json | jq -r '.[] | select(.years["2017"] == 0) | .id' | sort`);
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n')).toEqual(expect.arrayContaining(['kprf', 'sfio', 'united-russia', 'wpk']));
    expect(result.stdout).not.toMatch(/\bcpv\b/);
  });

  it('how often each person is named, from mentions', () => {
    const result = runShell("party-diplo mentions --type person --format jsonl | jq -r .name | sort | uniq -c | sort -rn | head -1");
    expect(result.stdout.trim()).toMatch(/^19 Nguyen Phu Trong$/);
  });
});

describe('another corpus', () => {
  it('reads one given with --corpus or PARTY_DIPLO_CORPUS', () => {
    const dir = corpusOf({ 'visit.txt': 'Party diplomacy in 2023\n\nIn 2023, General Secretary Tran Van Minh of the Patriotic People\'s Party (PPPX) visited Mongolia. The PPPX thanked Mongolia.' });
    const viaOption = runCli(['entities', '--json', '--corpus', dir]);
    const viaEnv = runCli(['entities', '--json'], { env: { PARTY_DIPLO_CORPUS: dir } });
    expect(viaEnv.stdout).toBe(viaOption.stdout);
    const rows = JSON.parse(viaOption.stdout);
    expect(rows.find((r: { type: string }) => r.type === 'party')).toMatchObject({ name: "Patriotic People's Party", count: 3, years: { '2023': 3 } });
    expect(rows.find((r: { type: string }) => r.type === 'person')).toMatchObject({ name: 'Tran Van Minh' });
  });
});
