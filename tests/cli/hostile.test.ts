import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAN_SWITCH_USER, CLI, runCli, runCliAsStranger, runShell, sharedScratch } from '../helpers.js';

const review = (year: number, party: string) =>
  `Party diplomacy in ${year}\n\nIn ${year}, General Secretary Nguyen Phu Trong received a delegation of the ${party}.\n\nThe two Parties agreed to meet again.`;

/** A corpus others may read, for runs as an unprivileged user. */
function sharedCorpus(files: Record<string, string>): string {
  const dir = sharedScratch();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('threads that cannot start', () => {
  // RLIMIT_NPROC counts threads and does not bind root: these runs need an unprivileged user.
  it.skipIf(!CAN_SWITCH_USER)('ends with the right output when only some worker threads can start (ulimit -u)', () => {
    const corpus = sharedCorpus(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`review-${i}.txt`, review(2010 + i, 'Communist Party of Cuba')])));
    const args = ['entities', '--json', '--no-cache', '--corpus', corpus];
    const expected = runCli(args).stdout;
    const limited = (limit: number, jobs: string) =>
      runCliAsStranger([...args, '--jobs', jobs], { shell: `ulimit -u ${limit}; exec "${process.execPath}" "${CLI}" "$@"`, timeout: 60_000 });
    // The lowest limit under which a run without worker threads works: Node's own threads.
    let base = 8;
    while (base < 64 && limited(base, '0').status !== 0) base++;
    for (const limit of [base, base + 1, base + 2, base + 3]) {
      const result = limited(limit, '8');
      expect(result.error, `ulimit -u ${limit}`).toBeUndefined();
      expect(result.status, `ulimit -u ${limit}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toBe(expected);
    }
  });
});

describe('corpus paths', () => {
  const entityIds = (stdout: string) => (JSON.parse(stdout) as { id: string; count: number }[]).map((e) => `${e.id}:${e.count}`);

  it('follows links to files and folders inside a corpus, once each, and survives a link loop', () => {
    const outside = sharedScratch();
    writeFileSync(join(outside, 'cuba.txt'), review(2019, 'Communist Party of Cuba'));
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'laos.txt'), review(2020, 'Lao People’s Revolutionary Party'));
    const corpus = sharedScratch();
    symlinkSync(join(outside, 'cuba.txt'), join(corpus, 'cuba.txt'));
    symlinkSync(join(outside, 'folder'), join(corpus, 'linked'));
    symlinkSync(join(outside, 'folder'), join(corpus, 'again'));
    symlinkSync(corpus, join(corpus, 'loop'));
    const result = runCli(['corpus', '--json', '--corpus', corpus]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((d: { doc: string }) => d.doc)).toEqual(['again/laos.txt', 'cuba.txt']);
  });

  it('counts a folder given twice once', () => {
    const corpus = sharedCorpus({ 'a.txt': review(2019, 'Communist Party of Cuba') });
    const once = runCli(['entities', '--json', '--corpus', corpus]);
    const twice = runCli(['entities', '--json', '--corpus', corpus, '--corpus', `${corpus}/`]);
    expect(twice.status).toBe(0);
    expect(entityIds(twice.stdout)).toEqual(entityIds(once.stdout));
    expect(twice.stderr).toMatch(/the same file as .*a\.txt, read once/);
  });

  it('gives two documents of the same name their own names, so that each quotes its own sentences', () => {
    const dir = sharedScratch();
    writeFileSync(join(dir, '-'), review(2019, 'Communist Party of Cuba'));
    const result = runCli(['mentions', '--format', 'jsonl', '--type', 'party', '--corpus', '-', '--corpus', join(dir, '-')], { input: review(2020, 'Communist Party of Chile') });
    const mentions = result.stdout.trim().split('\n').map((line) => JSON.parse(line) as { doc: string; text: string; sentence: string });
    expect(new Set(mentions.map((m) => m.doc)).size).toBe(2);
    for (const m of mentions) expect(m.sentence).toContain(m.text);
  });

  it('reads a FIFO given as a file: <(cmd) and /dev/stdin', () => {
    const file = join(sharedScratch(), 'a.txt');
    writeFileSync(file, review(2019, 'Communist Party of Cuba'));
    for (const corpus of [`<(cat ${file})`, '/dev/stdin']) {
      const result = runShell(`party-diplo entities --json --corpus ${corpus} < ${file}`);
      expect(result.stderr, corpus).toBe('');
      expect(JSON.parse(result.stdout).map((e: { id: string }) => e.id)).toContain('pcc');
    }
  });

  it('reads a document under 1,900 nested folders', () => {
    const corpus = sharedScratch();
    const deepest = join(corpus, ...Array.from({ length: 1900 }, () => 'd'));
    mkdirSync(deepest, { recursive: true });
    writeFileSync(join(deepest, 'deep.txt'), review(2019, 'Communist Party of Cuba'));
    const result = runCli(['corpus', '--format', 'jsonl', '--corpus', corpus]);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).year).toBe(2019);
  });

  it('shows why each file was skipped when none could be read', () => {
    const corpus = sharedCorpus({ 'empty.txt': '', 'binary.txt': '\0\x01\x02\x03\x04' });
    const result = runCli(['entities', '--corpus', corpus]);
    expect(result.status).toBe(1);
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(/^party-diplo: warning: binary\.txt: not a text file/),
      expect.stringMatching(/^party-diplo: warning: empty\.txt: empty document, skipped$/),
      expect.stringMatching(/^party-diplo: error: no readable document/),
    ]);
  });

  it.skipIf(!CAN_SWITCH_USER)('skips an unreadable folder and an unreadable file with a warning each, and reads the rest', () => {
    const corpus = sharedCorpus({ 'good.txt': review(2019, 'Communist Party of Cuba'), 'secret.txt': review(2020, 'Communist Party of Chile') });
    chmodSync(join(corpus, 'secret.txt'), 0o600);
    mkdirSync(join(corpus, 'private'), { mode: 0o700 });
    writeFileSync(join(corpus, 'private', 'hidden.txt'), review(2021, 'Communist Party of Chile'));
    const result = runCliAsStranger(['entities', '--json', '--no-cache', '--corpus', corpus]);
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((e: { id: string }) => e.id)).toContain('pcc');
    expect(result.stderr).toMatch(/warning: private: folder cannot be read \(EACCES\), skipped/);
    expect(result.stderr).toMatch(/warning: secret\.txt: .*EACCES.*skipped/);
  });
});

describe('spreadsheets', () => {
  it('writes cells that would run as formulas with a leading apostrophe, and keeps negative numbers numbers', () => {
    const corpus = sharedCorpus({
      '=HYPERLINK(A1).txt': `=HYPERLINK("http://example.com","click")\n\n${review(2019, 'Communist Party of Cuba')}`,
      '@SUM(A1).txt': `+1+1 and -2 are not titles\n\n${review(2021, 'Communist Party of Chile')}`,
    });
    for (const format of ['csv', 'tsv']) {
      const rows = runCli(['corpus', '--format', format, '--corpus', corpus]).stdout.trimEnd().split('\n');
      expect(rows).toHaveLength(3);
      for (const row of rows.slice(1)) {
        const cells = row.split(format === 'csv' ? ',' : '\t').map((c) => c.replace(/^"/, ''));
        for (const cell of cells) expect(cell, row).not.toMatch(/^[=+\-@]/);
      }
    }
    const compare = runCli(['compare', '--format', 'csv']).stdout;
    expect(compare).toMatch(/,-\d+\.\d+,/);
    expect(compare).not.toMatch(/'-\d/);
  });

  it('quotes a bare carriage return, so that one record stays one row', () => {
    const corpus = sharedCorpus({ 'a\rb.txt': review(2019, 'Communist Party of Cuba') });
    for (const [format, separator] of [['csv', ','], ['tsv', '\t']]) {
      const output = runCli(['corpus', '--format', format, '--corpus', corpus]).stdout;
      expect(output.split('\n')[1].startsWith(`"a\rb.txt"${separator}`), format).toBe(true);
    }
  });
});

describe('terminals', () => {
  const hostileName = 'x\x1b]0;owned\x07\x1b[31m\u202e.txt';

  it('shows escape sequences in texts and file names as escapes in tables, even piped and with --no-color', () => {
    const corpus = sharedCorpus({ [hostileName]: `Party \x1b[2J\x9b31m diplomacy in 2019\n\n${review(2019, 'Communist Party of Cuba')}` });
    for (const args of [[], ['--no-color']]) {
      const result = runCli(['corpus', '--corpus', corpus, ...args]);
      expect(result.status).toBe(0);
      expect(result.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
      expect(result.stdout).toContain('\\u001b]0;owned\\u0007');
    }
  });

  it('keeps each warning on one line and free of escape sequences, whatever the file name holds', () => {
    const corpus = sharedCorpus({
      [hostileName]: '\0\x01\x02\x03',
      'b\nparty-diplo: error: forged.txt': '',
      'good.txt': review(2019, 'Communist Party of Cuba'),
    });
    const result = runCli(['entities', '--corpus', corpus]);
    expect(result.status).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(line).toMatch(/^party-diplo: warning: /);
    expect(result.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202e]/);
  });
});

describe('signals and streams', () => {
  it('ends within a second on Ctrl-C in the middle of one large document', () => {
    const dir = sharedScratch();
    const big = join(dir, 'big.txt');
    writeFileSync(big, Array.from({ length: 100_000 }, (_, i) => review(2000 + (i % 20), 'Communist Party of Cuba')).join('\n\n'));
    // set -m: a background job of a script would otherwise ignore SIGINT.
    const script = `set -m; party-diplo entities --no-cache --jobs 0 --corpus ${big} > /dev/null & pid=$!; sleep 4;
      start=$(date +%s%N); kill -INT $pid; wait $pid; status=$?; end=$(date +%s%N); echo "status=$status ms=$(( (end - start) / 1000000 ))"`;
    const [, status, ms] = /status=(\d+) ms=(\d+)/.exec(runShell(script).stdout) ?? [];
    expect(status).toBe('130');
    expect(Number(ms)).toBeLessThan(1000);
  });

  it('says in one line that a full disk stopped the output (/dev/full)', () => {
    for (const format of ['table', 'jsonl']) {
      const result = runShell(`party-diplo mentions --format ${format} > /dev/full`);
      expect(result.status).toBe(1);
      expect(result.stderr).toBe('party-diplo: error: cannot write the output: ENOSPC\n');
    }
  });

  it('ends with status 0 when the reader of stderr goes away', () => {
    const corpus = sharedCorpus({ 'good.txt': review(2019, 'Communist Party of Cuba'), 'empty.txt': '' });
    const result = runShell(`party-diplo entities --corpus ${corpus} 2>&1 > /dev/null | (exec 0<&-; true); echo "status=\${PIPESTATUS[0]}"`);
    expect(result.stdout.trim()).toBe('status=0');
  });
});

describe('big and endless inputs', () => {
  it('refuses a gold file that never ends, with status 1', () => {
    const result = runCli(['eval', '--gold', '/dev/zero']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^party-diplo: error: cannot read gold file \/dev\/zero: .*larger than 64 MB\n$/);
  });

  it('fails with status 1, as the README says, on a gold line that is not a mention', () => {
    const gold = join(sharedScratch(), 'gold.jsonl');
    for (const line of ['{"doc": "a.txt", "type": "galaxy", "start": 0, "end": 3}', 'null', '[1, 2]']) {
      writeFileSync(gold, `${line}\n`);
      const result = runCli(['eval', '--gold', gold]);
      expect(result.status, line).toBe(1);
      expect(result.stderr).toMatch(/^party-diplo: error: .*gold\.jsonl:1: /);
    }
  });
});
