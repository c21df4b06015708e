import { createHash } from 'node:crypto';
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { jsonPieces, ResultCache } from '../../src/extract/cache.js';
import { isCachedExtraction } from '../../src/types.js';
import { CAN_SWITCH_USER, CLI, ROOT, corpusOf, runCli, runCliAsStranger, scratch, sharedScratch } from '../helpers.js';
import { spawnSync } from 'node:child_process';

const entriesIn = (cache: string) => readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.json')).length;

/** A copy of this installation; each package linked, copied, or reduced to its package.json. */
function installCopy(packageAs: (name: string) => 'link' | 'copy' | 'manifest'): string {
  const install = scratch();
  for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(install, part), { recursive: true });
  cpSync(join(ROOT, 'src', 'extract', 'knowledge'), join(install, 'src', 'extract', 'knowledge'), { recursive: true });
  mkdirSync(join(install, 'node_modules'));
  for (const name of readdirSync(join(ROOT, 'node_modules'))) {
    const [from, to] = [join(ROOT, 'node_modules', name), join(install, 'node_modules', name)];
    const how = packageAs(name);
    if (how === 'link') symlinkSync(from, to);
    else if (how === 'copy') cpSync(from, to, { recursive: true });
    else cpSync(join(from, 'package.json'), join(to, 'package.json'));
  }
  return install;
}

const review = 'Party diplomacy in 2022\n\nIn 2022, General Secretary Nguyen Phu Trong received a delegation of the Communist Party of Cuba.';

describe('ResultCache', () => {
  it('stores and returns a result by key, and gives another key for another text', () => {
    const cache = new ResultCache(scratch());
    const result = { metadata: { title: null, author: null, publication: null, published: null, year: 2022 }, tokens: 3, sentences: [], paragraphs: [], mentions: [], events: [] };
    const key = cache.documentKey('one text');
    expect(cache.get(key, isCachedExtraction)).toBeUndefined();
    cache.put(key, result);
    expect(cache.get(key, isCachedExtraction)).toEqual(result);
    expect(cache.documentKey('another text')).not.toBe(key);
  });

  it('keys a corpus by its documents in order, apart from any document', () => {
    const cache = new ResultCache(scratch());
    const [a, b] = [cache.documentKey('a'), cache.documentKey('b')];
    expect(cache.corpusKey([a, b])).not.toBe(cache.corpusKey([b, a]));
    expect(cache.corpusKey([a])).not.toBe(a);
    expect(cache.corpusKey([a, b])).toBe(new ResultCache(scratch()).corpusKey([a, b]));
  });

  it('passes over a cache directory it cannot write', () => {
    const blocked = join(scratch(), 'file');
    writeFileSync(blocked, 'not a directory');
    const cache = new ResultCache(blocked);
    cache.put(cache.documentKey('x'), { metadata: { title: null, author: null, publication: null, published: null, year: null }, tokens: 0, sentences: [], paragraphs: [], mentions: [] });
    expect(cache.get(cache.documentKey('x'), isCachedExtraction)).toBeUndefined();
  });
});

describe('the cache from the command line', () => {
  it('gives the same output cached as uncached, and follows an edited document', () => {
    const cacheHome = scratch();
    const dir = corpusOf({ 'review.txt': review });
    const env = { XDG_CACHE_HOME: cacheHome };
    const uncached = runCli(['entities', '--json', '--no-cache', '--corpus', dir], { env }).stdout;
    expect(readdirSync(cacheHome)).toEqual([]);
    const first = runCli(['entities', '--json', '--corpus', dir], { env }).stdout;
    const second = runCli(['entities', '--json', '--corpus', dir], { env }).stdout;
    expect(first).toBe(uncached);
    expect(second).toBe(uncached);
    // One entry for the document's extraction and one for the corpus's links.
    expect(entriesIn(join(cacheHome, 'party-diplo'))).toBe(2);
    writeFileSync(join(dir, 'review.txt'), review.replace('Cuba', 'Laos'));
    const edited = JSON.parse(runCli(['entities', '--json', '--corpus', dir], { env }).stdout);
    expect(edited.map((e: { id: string }) => e.id)).toContain('communist-party-of-laos');
    expect(edited.map((e: { id: string }) => e.id)).not.toContain('pcc');
    expect(readdirSync(dir)).toEqual(['review.txt']);
    expect(entriesIn(join(cacheHome, 'party-diplo'))).toBe(4);
  });

  it('reads cached results without wink-nlp, and follows a change of the knowledge base', () => {
    // An installation of party-diplo without wink-nlp: a cached run must not need it; an uncached one fails.
    // wink's code is left out, but not its version, which is part of the cache key.
    const install = installCopy((name) => (name.startsWith('wink-') ? 'manifest' : 'link'));
    const cacheHome = scratch();
    const dir = corpusOf({ 'review.txt': review });
    const run = (cli: string) =>
      spawnSync(process.execPath, [cli, 'entities', '--json', '--corpus', dir], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    const warmed = run(CLI);
    expect(warmed.status).toBe(0);
    const withoutWink = run(join(install, 'bin', 'party-diplo.js'));
    expect(withoutWink.stderr).toBe('');
    expect(withoutWink.stdout).toBe(warmed.stdout);

    const parties = join(install, 'src', 'extract', 'knowledge', 'parties.tsv');
    writeFileSync(parties, `${readFileSync(parties, 'utf8')}cuba-test\tCU\tCommunist Party of Cuba Test\t\t\n`);
    const afterChange = run(join(install, 'bin', 'party-diplo.js'));
    expect(afterChange.status).toBe(1);
    expect(afterChange.stderr).toMatch(/wink-nlp/);
  });
});

describe('the cache as untrusted input', () => {
  const dir = corpusOf({ 'review.txt': review });
  // A command that reads every document's entry (the counting ones read the corpus's index: corpus-index.test.ts).
  const command = ['mentions', '--format', 'jsonl'];
  const warm = () => {
    const cacheHome = scratch();
    const env = { XDG_CACHE_HOME: cacheHome };
    const expected = runCli([...command, '--no-cache', '--corpus', dir], { env }).stdout;
    expect(runCli([...command, '--corpus', dir], { env }).stdout).toBe(expected);
    const entries = readdirSync(join(cacheHome, 'party-diplo'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(cacheHome, 'party-diplo', name));
    return { env, expected, entries };
  };
  const withChecksum = (payload: string) => `${createHash('sha256').update(payload).digest('hex')}\n${payload}`;
  const run = (env: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [CLI, ...command, '--corpus', dir], { encoding: 'utf8', env: { ...process.env, ...env }, timeout: 30_000 });

  it('passes over entries of the wrong shape, even with a right checksum', () => {
    const { env, expected, entries } = warm();
    for (const entry of entries) writeFileSync(entry, withChecksum('{"metadata":null,"tokens":"many","ids":{}}'));
    const result = run(env);
    expect(result.stderr).toBe('');
    expect(result.stdout).toBe(expected);
  });

  it('passes over an edited entry whose checksum no longer matches', () => {
    const { env, expected, entries } = warm();
    for (const entry of entries) writeFileSync(entry, readFileSync(entry, 'utf8').replaceAll('Cuba', 'Laos'));
    expect(run(env).stdout).toBe(expected);
  });

  it('reads only regular files: a FIFO or a link to a device in place of an entry neither hangs nor fills memory', () => {
    const { env, expected, entries } = warm();
    const [first, ...rest] = entries;
    rmSync(first);
    expect(spawnSync('mkfifo', [first]).status).toBe(0);
    for (const entry of rest) {
      rmSync(entry);
      symlinkSync('/dev/zero', entry);
    }
    const result = run(env);
    expect(result.error).toBeUndefined();
    expect(result.stdout).toBe(expected);
  });

  it('never writes through a link planted in the cache, and leaves no temporary file behind', () => {
    const home = scratch();
    const cache = new ResultCache(home);
    const key = cache.documentKey('planted');
    const outside = join(scratch(), 'victim');
    writeFileSync(outside, 'precious');
    mkdirSync(join(home, key.slice(0, 2)), { recursive: true });
    // The names a temporary file of this process could have had before: its pid was in them.
    symlinkSync(outside, join(home, key.slice(0, 2), `${key}.json.${process.pid}.partial`));
    cache.put(key, { any: 'value' });
    expect(readFileSync(outside, 'utf8')).toBe('precious');
  });

  it('leaves no temporary file when an entry cannot be written (a directory in its place)', () => {
    const home = scratch();
    const cache = new ResultCache(home);
    const key = cache.documentKey('blocked');
    mkdirSync(join(home, key.slice(0, 2), `${key}.json`), { recursive: true });
    cache.put(key, { any: 'value' });
    expect(readdirSync(join(home, key.slice(0, 2)))).toEqual([`${key}.json`]);
  });

  it.skipIf(!CAN_SWITCH_USER)('is not used when its directory is another user\'s, and made private when others could write in it', () => {
    const theirs = scratch();
    chownSync(theirs, 65533, 65533);
    const cache = new ResultCache(theirs);
    cache.put(cache.documentKey('shared'), { any: 'value' });
    expect(readdirSync(theirs)).toEqual([]);

    const open = scratch();
    chmodSync(open, 0o777);
    const ours = new ResultCache(open);
    ours.put(ours.documentKey('shared'), { any: 'value' });
    expect(statSync(open).mode & 0o777).toBe(0o700);
    expect(readdirSync(open)).toHaveLength(1);
  });

  it('evicts the least recently used entries when it grows past its size, and temporary files left by killed runs', () => {
    const home = scratch();
    const cache = new ResultCache(home, 10_000);
    const keys = Array.from({ length: 8 }, (_, i) => cache.documentKey(`text ${i}`));
    const hour = 3600_000;
    const now = Date.now();
    keys.forEach((key, i) => {
      cache.put(key, { filler: 'x'.repeat(2000) });
      const time = (now - (10 - i) * hour) / 1000;
      utimesSync(join(home, key.slice(0, 2), `${key}.json`), time, time);
    });
    const stale = join(home, keys[0].slice(0, 2), `.${keys[0]}.0123.partial`);
    writeFileSync(stale, 'left by a killed run');
    utimesSync(stale, (now - 2 * hour) / 1000, (now - 2 * hour) / 1000);
    cache.evictIfDue(now);
    const isValue = (value: unknown): value is object => typeof value === 'object';
    const kept = keys.map((key) => cache.get(key, isValue) !== undefined);
    expect(kept).toEqual([false, false, false, false, false, true, true, true]);
    expect(existsSync(stale)).toBe(false);
  });

  it('ignores a relative XDG_CACHE_HOME and uses the home directory instead', () => {
    const home = scratch();
    const cwd = scratch();
    const result = spawnSync(process.execPath, [CLI, 'entities', '--json', '--corpus', dir], {
      encoding: 'utf8',
      cwd,
      env: { ...process.env, XDG_CACHE_HOME: 'relative-cache', HOME: home },
    });
    expect(result.status).toBe(0);
    expect(readdirSync(cwd)).toEqual([]);
    expect(existsSync(join(home, '.cache', 'party-diplo'))).toBe(true);
  });

  it.skipIf(!CAN_SWITCH_USER)('runs without a cache for a user without a home directory', () => {
    const corpus = sharedScratch();
    writeFileSync(join(corpus, 'review.txt'), review);
    const result = runCliAsStranger(['entities', '--json', '--corpus', corpus]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(JSON.parse(result.stdout).map((e: { id: string }) => e.id)).toContain('pcc');
  });

  it('follows a change of wink-nlp or its model: their versions are in the key', () => {
    const install = installCopy((name) => (name === 'wink-nlp' ? 'copy' : 'link'));
    const cacheHome = scratch();
    const cli = join(install, 'bin', 'party-diplo.js');
    const runInstall = () => spawnSync(process.execPath, [cli, 'entities', '--json', '--corpus', dir], { encoding: 'utf8', env: { ...process.env, XDG_CACHE_HOME: cacheHome } });
    expect(runInstall().status).toBe(0);
    expect(entriesIn(join(cacheHome, 'party-diplo'))).toBe(2);
    const manifest = join(install, 'node_modules', 'wink-nlp', 'package.json');
    writeFileSync(manifest, readFileSync(manifest, 'utf8').replace(/"version": "[^"]+"/, '"version": "99.0.0"'));
    expect(runInstall().status).toBe(0);
    expect(entriesIn(join(cacheHome, 'party-diplo'))).toBe(4);
  });
});

describe('jsonPieces', () => {
  it('gives the characters of JSON.stringify, long arrays and objects in pieces', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect([...jsonPieces(value)].join('')).toBe(JSON.stringify(value));
      }),
    );
    const long = { mentions: Array.from({ length: 45_001 }, (_, i) => i - 1), nested: { strings: Array.from({ length: 20_001 }, (_, i) => `s${i}"`) }, left: undefined };
    const pieces = [...jsonPieces(long)];
    expect(pieces.length).toBeGreaterThan(6);
    expect(pieces.join('')).toBe(JSON.stringify(long));
  });

  it('writes an entry that reads back as the value', () => {
    const cache = new ResultCache(scratch());
    const value = { numbers: Array.from({ length: 50_000 }, (_, i) => i % 7), words: ['Việt Nam', 'Hà Nội'] };
    const key = cache.documentKey('a text');
    cache.put(key, value);
    expect(cache.get(key, (v): v is typeof value => typeof v === 'object')).toEqual(value);
  });
});
