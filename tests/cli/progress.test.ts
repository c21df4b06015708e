import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Progress } from '../../src/cli/progress.js';
import { BUNDLED, CLI, corpusOf, runCli, scratch } from '../helpers.js';

describe('Progress', () => {
  const watch = () => {
    let time = 0;
    const written: string[] = [];
    const progress = new Progress({ write: (text: string) => written.push(text) }, 2000, () => time);
    return { progress, written, at: (ms: number) => (time = ms) };
  };

  it('says nothing in the first two seconds, then redraws one line at most every tenth of a second, and the last count always', () => {
    const { progress, written, at } = watch();
    progress.update('extracting documents', 1, 10);
    at(1999);
    progress.update('extracting documents', 2, 10);
    expect(written).toEqual([]);
    at(2000);
    progress.update('extracting documents', 3, 10);
    at(2050);
    progress.update('extracting documents', 4, 10);
    at(2060);
    progress.update('extracting documents', 10, 10);
    progress.finish();
    expect(written).toEqual(['\rparty-diplo: extracting documents 3/10 (30%)\x1b[K', '\rparty-diplo: extracting documents 10/10 (100%)\x1b[K', '\r\x1b[K']);
  });

  it('erases nothing when it drew nothing', () => {
    const { progress, written } = watch();
    progress.update('extracting documents', 1, 2);
    progress.finish();
    expect(written).toEqual([]);
  });
});

/** About a million word tokens, which no machine of today extracts in under two seconds on one thread. */
const large = corpusOf(
  Object.fromEntries(
    Array.from({ length: 150 }, (_, copy) => readdirSync(BUNDLED).map((name, i) => [`${copy}-${i}.txt`, readFileSync(join(BUNDLED, name), 'utf8').replace(/\b2017\b/g, String(1980 + (copy % 40)))])).flat(),
  ),
);
const extract = ['entities', '--json', '--no-cache', '--jobs', '0', '--corpus', large];

/** Runs the CLI with stderr on a pseudo-terminal (util-linux `script`) and stdout in a file. */
function onTerminal(args: string[]): { terminal: string; stdout: string } {
  const out = join(scratch(), 'out.json');
  const command = [process.execPath, CLI, ...args].map((word) => `'${word}'`).join(' ');
  const result = spawnSync('script', ['-qec', `${command} > '${out}'`, '/dev/null'], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: scratch() } });
  expect(result.status).toBe(0);
  return { terminal: result.stdout, stdout: readFileSync(out, 'utf8') };
}

describe('progress of a long extraction', () => {
  const piped = runCli(extract);

  it('is shown on a terminal, counts every document, is erased at the end, and leaves the data alone', () => {
    const { terminal, stdout } = onTerminal(extract);
    expect(terminal).toMatch(/\rparty-diplo: extracting documents \d+\/300 \(\d+%\)/);
    expect(terminal).toContain('extracting documents 300/300 (100%)\x1b[K\r\x1b[K');
    expect(stdout).toBe(piped.stdout);
  });

  it('is never written in a pipe, nor with --quiet', () => {
    expect(piped.status).toBe(0);
    expect(piped.stderr).toBe('');
    expect(onTerminal([...extract, '--quiet']).terminal).not.toContain('extracting');
  });
});
