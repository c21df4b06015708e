import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, GOLD, corpusOf, runCli, runShell, scratch } from '../helpers.js';

const binary = Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3, 0, 255, 254]);
const good = 'Party diplomacy in 2020\n\nIn 2020, General Secretary Nguyen Phu Trong received a delegation from Laos.';
const mixed = corpusOf({ 'good.txt': good, 'empty.txt': '', 'binary.txt': binary, 'undated.txt': 'A note about Cuba without any year in it.' });
const onlyBinary = corpusOf({ 'binary.txt': binary });
const emptyDirectory = corpusOf({ 'notes.md': 'no documents here' });
const badGold = join(scratch(), 'bad.jsonl');
writeFileSync(badGold, '{"doc": "x.txt", "type": "party"\n');

interface BadInput {
  name: string;
  args: string[];
  status: number;
  message: RegExp;
  /** Run without --json added (which would override the format under test). */
  asIs?: boolean;
  /** The warnings for skipped files that come before the error. */
  skipped?: string[];
}

// Each bad input: the arguments, the exit status a script can branch on, and a phrase of the one-line message.
const badInputs: BadInput[] = [
  { name: 'unknown command', args: ['bogus'], status: 2, message: /unknown command 'bogus'/ },
  { name: 'unknown option', args: ['entities', '--bogus'], status: 2, message: /unknown option '--bogus'/ },
  { name: 'invalid format', args: ['entities', '--format', 'xml'], status: 2, message: /xml/ },
  { name: 'dot where it is not offered', args: ['entities', '--format', 'dot'], status: 2, message: /invalid format 'dot'/, asIs: true },
  { name: '--top of zero', args: ['entities', '--top', '0'], status: 2, message: /--top/ },
  { name: '--top not a number', args: ['entities', '--top', 'ten'], status: 2, message: /--top/ },
  { name: '--jobs not a number', args: ['entities', '--jobs', 'two'], status: 2, message: /invalid value 'two' for --jobs/ },
  { name: 'invalid unit', args: ['cooccur', '--unit', 'word'], status: 2, message: /invalid unit 'word'/ },
  { name: 'invalid sort key', args: ['cooccur', '--sort', 'size'], status: 2, message: /invalid sort key/ },
  { name: 'invalid type', args: ['mentions', '--type', 'galaxy'], status: 2, message: /invalid type 'galaxy'/ },
  { name: 'year not in the corpus', args: ['entities', '--year', '1999'], status: 2, message: /1999 is not a reviewed year.*2017, 2021/ },
  { name: 'compare with a year not in the corpus', args: ['compare', '2017', '2030'], status: 2, message: /2030.*2017, 2021/ },
  { name: 'invalid timeline bound', args: ['timeline', '--from', '2017-13'], status: 2, message: /invalid date '2017-13'/ },
  { name: 'eval without --gold', args: ['eval'], status: 2, message: /--gold/ },
  { name: 'a format for a text', args: ['text', '2017-party-external-relations.txt', '--format', 'json'], status: 2, message: /--format does not apply/ },
  { name: 'a summary of the event graph', args: ['events', '--format', 'dot', '--summary'], status: 2, message: /--summary and --explain do not apply/, asIs: true },
  { name: 'missing corpus', args: ['entities', '--corpus', '/nonexistent/corpus'], status: 1, message: /corpus not found: \/nonexistent\/corpus/ },
  {
    name: 'corpus of one binary file',
    args: ['entities', '--corpus', onlyBinary],
    status: 1,
    message: /no readable document/,
    skipped: ['party-diplo: warning: binary.txt: not a text file (binary content: NUL or control bytes in its first 8 KB), skipped'],
  },
  { name: 'directory without documents', args: ['entities', '--corpus', emptyDirectory], status: 1, message: /no readable document/ },
  { name: 'missing gold file', args: ['eval', '--gold', '/nonexistent/gold.jsonl'], status: 1, message: /cannot read gold file/ },
  { name: 'malformed gold file', args: ['eval', '--gold', badGold], status: 1, message: /bad\.jsonl:1/ },
];

describe('bad input: one line on stderr, an exit status, nothing on stdout', () => {
  for (const bad of badInputs) {
    it(bad.name, () => {
      const result = runCli(bad.asIs ? bad.args : [...bad.args, '--json']);
      expect(result.status).toBe(bad.status);
      expect(result.stdout).toBe('');
      // The files skipped, one warning each, come before the error that no document was left.
      const lines = result.stderr.trimEnd().split('\n');
      const error = lines.pop() ?? '';
      expect(lines).toEqual(bad.skipped ?? []);
      expect(error).toMatch(/^party-diplo: error: /);
      expect(error).toMatch(bad.message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    });
  }

  it('shows a stack trace only with --debug', () => {
    const result = runCli(['entities', '--corpus', '/nonexistent/corpus', '--debug']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/\n\s+at /);
  });
});

describe('a directory of odd files', () => {
  it('answers for the good ones and says one line for each bad one', () => {
    const result = runCli(['corpus', '--json', '--corpus', mixed]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((d: { doc: string; year: number | null }) => [d.doc, d.year])).toEqual([
      ['good.txt', 2020],
      ['undated.txt', null],
    ]);
    const warnings = result.stderr.trimEnd().split('\n');
    expect(warnings).toHaveLength(3);
    expect(warnings.every((line) => line.startsWith('party-diplo: warning: '))).toBe(true);
    expect(result.stderr).toMatch(/binary\.txt/);
    expect(result.stderr).toMatch(/empty\.txt/);
    expect(result.stderr).toMatch(/undated\.txt: no reviewed year/);
  });

  it('keeps quiet with --quiet', () => {
    const result = runCli(['entities', '--json', '--quiet', '--corpus', mixed]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).find((e: { id: string }) => e.id === 'CU').years).toEqual({ '2020': 0, unknown: 1 });
  });
});

describe('encodings and line ends', () => {
  const text = 'Party diplomacy in 2019\r\n\r\nIn 2019, Comrade Nguyễn Phú Trọng met the Communist Party of Cuba in Việt Nam – “warmly”.\r\n';
  const windows1252 = Buffer.from('Party diplomacy in 2019\r\n\r\nIn 2019, President José Martí Pérez of Cuba met the “Communist Party of Spain” – café.', 'latin1');
  windows1252[windows1252.indexOf('“')] = 0x93;

  const cases: Record<string, { bytes: Buffer; text: string }> = {
    'UTF-8 with BOM and CRLF': { bytes: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), text },
    'UTF-16 LE with BOM': { bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]), text },
    'UTF-16 BE with BOM': { bytes: Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]), text },
  };

  for (const [name, { bytes, text: decoded }] of Object.entries(cases)) {
    it(`${name}: offsets slice the decoded text exactly`, () => {
      const dir = corpusOf({ 'doc.txt': bytes });
      const result = runCli(['mentions', '--format', 'jsonl', '--kinds', 'all', '--corpus', dir]);
      expect(result.status).toBe(0);
      const mentions = result.stdout.trim().split('\n').map((line) => JSON.parse(line));
      expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Nguyễn Phú Trọng', 'Communist Party of Cuba', 'Việt Nam', '2019']));
      for (const m of mentions) expect(decoded.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('Windows-1252: decoded without replacement characters', () => {
    const dir = corpusOf({ 'legacy.txt': windows1252 });
    const result = runCli(['mentions', '--format', 'jsonl', '--corpus', dir]);
    expect(result.status).toBe(0);
    expect(result.stdout).not.toContain('\ufffd');
    expect(result.stdout).toContain('José Martí Pérez');
  });
});

describe('standard input and several sources', () => {
  it('reads one document from - and names it -', () => {
    const result = runCli(['mentions', '--json', '--corpus', '-'], { input: good });
    expect(result.status).toBe(0);
    const mentions = JSON.parse(result.stdout);
    expect(mentions.every((m: { doc: string }) => m.doc === '-')).toBe(true);
    expect(mentions.map((m: { text: string }) => m.text)).toContain('Nguyen Phu Trong');
  });

  it('takes --corpus more than once', () => {
    const other = corpusOf({ 'other.txt': good });
    const result = runCli(['corpus', '--json', '--corpus', BUNDLED, '--corpus', other]);
    expect(JSON.parse(result.stdout).map((d: { doc: string }) => d.doc)).toEqual(['2017-party-external-relations.txt', '2021-party-diplomacy.txt', 'other.txt']);
  });
});

describe('colours', () => {
  it('never colour data formats, even under FORCE_COLOR', () => {
    for (const format of ['json', 'jsonl', 'csv', 'tsv']) {
      const result = runCli(['entities', '--format', format, '--top', '3'], { env: { FORCE_COLOR: '3' } });
      expect(result.stdout).not.toMatch(/\x1b\[/);
    }
  });

  it('colour a table under FORCE_COLOR unless NO_COLOR or --no-color says otherwise', () => {
    expect(runCli(['entities', '--top', '3'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(/\x1b\[/);
    expect(runCli(['entities', '--top', '3'], { env: { FORCE_COLOR: '1', NO_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
    expect(runCli(['entities', '--top', '3', '--no-color'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(/\x1b\[/);
  });
});

describe('formats', () => {
  it('CSV and TSV have a header row and quote what needs quoting', () => {
    const csv = runCli(['mentions', '--format', 'csv', '--entity', 'cpp']).stdout.trimEnd().split('\n');
    expect(csv[0]).toBe('doc,start,end,type,kind,name,text,value,sentence');
    expect(csv[1]).toMatch(/^2017-party-external-relations\.txt,\d+,\d+,party,name,Cambodian People's Party,Cambodian People's Party,,"/);
    const tsv = runCli(['entities', '--format', 'tsv', '--top', '1']).stdout.split('\n');
    expect(tsv[0].split('\t')).toEqual(['type', 'id', 'name', 'count', '2017', '2021', 'country', 'aliases']);
  });

  it('JSON Lines is one JSON object a line, for every command that lists records', () => {
    for (const command of ['corpus', 'entities', 'mentions', 'cooccur', 'timeline']) {
      const lines = runCli([command, '--format', 'jsonl']).stdout.trimEnd().split('\n');
      for (const line of lines) expect(typeof JSON.parse(line)).toBe('object');
    }
  });
});

describe('pipes and signals, in a real shell', () => {
  it('ends quietly when the reader of the pipe goes away', () => {
    const result = runShell('party-diplo mentions --format jsonl --kinds all | head -1 > /dev/null; echo "status=${PIPESTATUS[0]}"');
    expect(result.stdout.trim()).toBe('status=0');
    expect(result.stderr).toBe('');
  });

  it('ends at once with status 130 on Ctrl-C', () => {
    // Standard input is a FIFO held open and never written to, so that the run is still going when Ctrl-C comes.
    const fifo = join(scratch(), 'stdin');
    const script = `set -m; mkfifo ${fifo}; party-diplo entities --corpus - < ${fifo} & pid=$!; exec 3>${fifo}; sleep 1; kill -INT $pid; wait $pid; echo "status=$?"; exec 3>&-`;
    const started = Date.now();
    const result = runShell(script);
    expect(result.stdout.trim()).toBe('status=130');
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});

describe('determinism', () => {
  it('gives the same bytes whatever order the files were written in', () => {
    const files = { 'b.txt': good.replace('Laos', 'Cuba'), 'a.txt': good, 'c/d.txt': good.replace('2020', '2019') };
    const forward = corpusOf(files);
    const backward = corpusOf(Object.fromEntries(Object.entries(files).reverse()));
    for (const command of ['entities', 'mentions', 'cooccur', 'timeline']) {
      const first = runCli([command, '--json', '--corpus', forward]).stdout;
      expect(first.length).toBeGreaterThan(10);
      expect(runCli([command, '--json', '--corpus', backward]).stdout).toBe(first);
    }
  });

  it('gives the same bytes with no worker thread, one, or more than there are cores', () => {
    const dir = corpusOf(Object.fromEntries(['Laos', 'Cuba', 'China', 'Russia', 'Japan'].map((country, i) => [`${i}.txt`, good.replace('Laos', country)])));
    const run = (jobs: string) => runCli(['mentions', '--kinds', 'all', '--explain', '--json', '--no-cache', '--jobs', jobs, '--corpus', dir]);
    const serial = run('0');
    expect(serial.status).toBe(0);
    expect(JSON.parse(serial.stdout).length).toBeGreaterThan(10);
    for (const jobs of ['1', '3']) expect(run(jobs).stdout).toBe(serial.stdout);
  });

  it('finds the same events on worker threads as on the main thread, and reads them back from the cache', () => {
    const visit = (country: string, party: string, year: number) =>
      `Party diplomacy in ${year}\n\nIn March ${year}, General Secretary Nguyen Phu Trong received a delegation of the ${party} led by its leader, who paid an official visit to Vietnam.\n\nThe two parties held talks in Hanoi on ${year}-04-02 and signed a cooperation agreement. ${country} and Vietnam exchanged messages of congratulations.`;
    const parties: [string, string][] = [['Laos', "Lao People's Revolutionary Party"], ['Cuba', 'Communist Party of Cuba'], ['China', 'Communist Party of China']];
    const dir = corpusOf(Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`${String(i).padStart(2, '0')}.txt`, visit(...parties[i % 3], 2015 + i)])));
    const run = (...args: string[]) => runCli(['events', '--format', 'jsonl', '--explain', '--corpus', dir, ...args]);
    const serial = run('--no-cache', '--jobs', '0');
    expect(serial.status).toBe(0);
    expect(serial.stdout.trim().split('\n').length).toBeGreaterThanOrEqual(24);
    expect(run('--no-cache', '--jobs', '1').stdout).toBe(serial.stdout);
    const cache = scratch();
    const cached = (jobs: string) => runCli(['events', '--format', 'jsonl', '--explain', '--corpus', dir, '--jobs', jobs], { env: { XDG_CACHE_HOME: cache } });
    expect(cached('1').stdout).toBe(serial.stdout);
    expect(cached('0').stdout).toBe(serial.stdout);
  });

  it('gives byte-identical output for the same input, run after run', () => {
    const first = runCli(['compare', '--json']).stdout;
    expect(runCli(['compare', '--json']).stdout).toBe(first);
  });
});

describe('the gold file', () => {
  it('is scored by eval in JSON', () => {
    const report = JSON.parse(runCli(['eval', '--gold', GOLD, '--json']).stdout);
    expect(report.types.map((t: { type: string }) => t.type)).toEqual(['party', 'country', 'person', 'date']);
  });

  it('is read with a byte-order mark or in UTF-16, as documents are', () => {
    const plain = runCli(['eval', '--gold', GOLD, '--json']).stdout;
    const content = readFileSync(GOLD, 'utf8');
    const saved = corpusOf({ 'bom.jsonl': `\uFEFF${content}`, 'utf16.jsonl': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(content, 'utf16le')]) });
    for (const file of ['bom.jsonl', 'utf16.jsonl']) {
      const result = runCli(['eval', '--gold', join(saved, file), '--json']);
      expect(result.status, file).toBe(0);
      expect(result.stdout, file).toBe(plain);
    }
  });
});

describe('adversarial text', () => {
  it('reads a huge word, deep parentheses and a long run of capitalised words, and answers in its format', () => {
    const capitals = Array.from({ length: 60_000 }, (_, i) => ['Nguyen', 'Party', 'Communist', 'Vietnam', 'General', 'Secretary', 'Laos'][i % 7]).join(' ');
    const dir = corpusOf({ 'word.txt': `In 2017, ${'a'.repeat(100_000)}.`, 'parens.txt': `In 2017, ${'('.repeat(50_000)}${')'.repeat(50_000)}`, 'capitals.txt': `In 2017, ${capitals}` });
    const result = runCli(['mentions', '--format', 'jsonl', '--quiet', '--no-cache', '--corpus', dir]);
    expect(result.status).toBe(0);
    for (const line of result.stdout.trim().split('\n')) expect(typeof JSON.parse(line)).toBe('object');
  });
});
