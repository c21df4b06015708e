import { describe, expect, it } from 'vitest';
import { corpusOf, runCli } from '../helpers.js';

const corpus = corpusOf({
  'a.txt': 'Review of 2017\n\nIn 2017, Vietnam and Laos signed an agreement in May 2017. The Communist Party of Vietnam met the Lao People\'s Revolutionary Party.',
  'b.txt': 'Review of 2021\n\nIn 2021, Vietnam and Cuba held talks. Vietnam and Laos met again on 5 June 2021. The Communist Party of Cuba sent greetings.',
});

describe('--format svg', () => {
  for (const command of ['entities', 'compare', 'cooccur', 'timeline']) {
    it(`${command} draws an SVG file, the same bytes each time`, () => {
      const first = runCli([command, '--format', 'svg', '--corpus', corpus]);
      expect(first.stderr).toBe('');
      expect(first.status).toBe(0);
      expect(first.stdout).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*width="\d+" height="\d+"/);
      expect(first.stdout.trimEnd()).toMatch(/<\/svg>$/);
      expect(runCli([command, '--format', 'svg', '--corpus', corpus, '--no-cache']).stdout).toBe(first.stdout);
    });
  }

  it('names what it draws: the entities of the corpus appear in the picture', () => {
    const svg = runCli(['entities', '--format', 'svg', '--corpus', corpus]).stdout;
    for (const name of ['Vietnam', 'Laos', 'Cuba', 'Communist Party of Cuba']) expect(svg).toContain(name);
  });

  it('draws on the timeline, beside the dates named, the events of those dates on a track per type', () => {
    const events = JSON.parse(runCli(['events', '--json', '--corpus', corpus]).stdout) as { type: string; date: string | null }[];
    const dated = new Set(events.filter((e) => e.date !== null).map((e) => e.type));
    expect(dated.size).toBeGreaterThan(0);
    const svg = runCli(['timeline', '--format', 'svg', '--corpus', corpus]).stdout;
    for (const type of ['visit', 'meeting', 'call', 'message', 'agreement', 'conference', 'exchange']) {
      expect(svg.includes(`${type} events`), type).toBe(dated.has(type));
    }
  });

  it('is refused where there is nothing to draw', () => {
    for (const args of [['mentions', '--format', 'svg'], ['corpus', '--format', 'svg'], ['compare', '--entity', 'Laos', '--format', 'svg'], ['report', '--format', 'json']]) {
      const result = runCli([...args, '--corpus', corpus]);
      expect(result.status, args.join(' ')).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^party-diplo: error: /);
    }
  });
});

describe('party-diplo map', () => {
  it('gives its data as JSON: the countries named, per year and per 10,000 words', () => {
    const result = runCli(['map', '--format', 'json', '--corpus', corpus]);
    expect(result.status).toBe(0);
    const rows = JSON.parse(result.stdout) as { year: string; code: string; count: number }[];
    expect(rows.filter((r) => r.year === '2021').map((r) => r.code).sort()).toEqual(['CU', 'LA', 'VN']);
    expect(rows.find((r) => r.year === '2017' && r.code === 'VN')?.count).toBe(1);
  });

  it('shades by parties with --type party, one panel per year asked for', () => {
    const rows = JSON.parse(runCli(['map', '--type', 'party', '--year', '2021', '--json', '--corpus', corpus]).stdout) as { code: string }[];
    expect(rows.map((r) => r.code)).toEqual(['CU']);
    const svg = runCli(['map', '--type', 'party', '--year', '2021', '--corpus', corpus]).stdout;
    expect(svg).toContain('Cuba (CU): named through its parties 1 time in 2021');
    expect(svg).not.toContain('in 2017');
  });

  it("reads its colour scale out with the rates rounded as the table rounds them", () => {
    const rows = JSON.parse(runCli(['map', '--json', '--corpus', corpus]).stdout) as { per10k: number }[];
    const rates = rows.map((r) => r.per10k);
    const svg = runCli(['map', '--corpus', corpus]).stdout;
    const label = /aria-label="Colour scale: named per 10,000 words, from ([\d.]+) to ([\d.]+)"/.exec(svg);
    expect(label?.slice(1).map(Number)).toEqual([Math.min(...rates), Math.max(...rates)].map((r) => Math.round(r * 10) / 10));
    expect(svg).not.toMatch(/aria-label="[^"]*\d\.\d{3}/);
  });

  it('refuses an unknown type or year (exit status 2)', () => {
    expect(runCli(['map', '--type', 'person', '--corpus', corpus]).status).toBe(2);
    expect(runCli(['map', '--year', '1999', '--corpus', corpus]).status).toBe(2);
  });
});

describe('pictures of a corpus that names nothing', () => {
  it('are drawn empty, not failed', () => {
    const empty = corpusOf({ 'a.txt': 'Review of 2019\n\nThe weather was fine all year.' });
    for (const args of [['report'], ['map'], ['entities', '--format', 'svg'], ['timeline', '--format', 'svg'], ['cooccur', '--format', 'svg']]) {
      const result = runCli([...args, '--corpus', empty]);
      expect(result.stderr, args.join(' ')).toBe('');
      expect(result.status, args.join(' ')).toBe(0);
      expect(result.stdout, args.join(' ')).toMatch(args[0] === 'report' ? /<\/html>\n$/ : /<\/svg>\n$/);
    }
  });
});

describe('party-diplo report --out', () => {
  it('writes the page to a file, and nothing to stdout', () => {
    const out = `${corpusOf({})}/report.html`;
    const result = runCli(['report', '--out', out, '--corpus', corpus]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
  });

  it('fails with exit status 1 when the file cannot be written', () => {
    const result = runCli(['report', '--out', '/nonexistent/dir/report.html', '--corpus', corpus]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^party-diplo: error: cannot write \/nonexistent\/dir\/report.html/);
  });
});
