import { cpSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResultCache } from '../../src/extract/cache.js';
import { CLI, ROOT, corpusOf, runCli, scratch } from '../helpers.js';
import { spawnSync } from 'node:child_process';

const entriesIn = (cache: string) => readdirSync(cache, { recursive: true }).filter((name) => String(name).endsWith('.json')).length;

const review = 'Party diplomacy in 2022\n\nIn 2022, General Secretary Nguyen Phu Trong received a delegation of the Communist Party of Cuba.';

describe('ResultCache', () => {
  it('stores and returns a result by key, and gives another key for another text', () => {
    const cache = new ResultCache(scratch());
    const result = { metadata: { title: null, author: null, publication: null, published: null, year: 2022 }, tokens: 3, sentences: [], paragraphs: [], mentions: [] };
    const key = cache.documentKey('one text');
    expect(cache.get(key)).toBeUndefined();
    cache.put(key, result);
    expect(cache.get(key)).toEqual(result);
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
    expect(cache.get(cache.documentKey('x'))).toBeUndefined();
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
    const install = scratch();
    for (const part of ['bin', 'dist', 'package.json']) cpSync(join(ROOT, part), join(install, part), { recursive: true });
    cpSync(join(ROOT, 'src', 'extract', 'knowledge'), join(install, 'src', 'extract', 'knowledge'), { recursive: true });
    mkdirSync(join(install, 'node_modules'));
    for (const name of readdirSync(join(ROOT, 'node_modules'))) {
      if (!name.startsWith('wink-')) symlinkSync(join(ROOT, 'node_modules', name), join(install, 'node_modules', name));
    }
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
