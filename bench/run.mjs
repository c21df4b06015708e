// `npm run bench`: party-diplo against the wink-nlp floor and the compromise peer, on scaled corpora, as ratios.
// Not part of `npm test`: timings on a shared machine are noisy; the ratios measured in one run are what count.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'bin', 'party-diplo.js');
const CORPORA = join(ROOT, 'bench', 'corpora');
const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

// A small deterministic generator, so that the scaled corpora are the same on every run.
function random(seed) {
  let state = seed >>> 0;
  return () => ((state = (state * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}
const GIVEN = ['Minh', 'Lan', 'Tuan', 'Hoa', 'Dung', 'Hai', 'Thanh', 'Quang', 'Phuong', 'Khanh'];
const FAMILY = ['Nguyen', 'Tran', 'Le', 'Pham', 'Hoang', 'Vu', 'Dang', 'Bui'];

/** One copy of an article, varied: its years shifted, its paragraphs reordered, a signature of its own. */
function vary(text, copy) {
  const next = random(copy + 1);
  const shift = copy % 7;
  const paragraphs = text.replace(/\b(19|20)(\d\d)\b/g, (_, c, y) => String(Number(c + y) + shift)).split(/\n\s*\n/);
  const [head, ...body] = paragraphs;
  body.sort(() => next() - 0.5);
  const author = `${FAMILY[copy % FAMILY.length]} ${GIVEN[(copy * 7) % GIVEN.length]} ${GIVEN[(copy * 3 + 1) % GIVEN.length]}`;
  return [head, ...body, `Comrade ${author} contributed to this review (copy ${copy}).`].join('\n\n');
}

function makeCorpus(name, copies) {
  const dir = join(CORPORA, name);
  if (existsSync(join(dir, '.complete'))) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const articles = readdirSync(join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(join(ROOT, 'corpus', f), 'utf8'));
  for (let copy = 0; copy < copies; copy++) {
    const article = articles[copy % articles.length];
    writeFileSync(join(dir, `article-${String(copy).padStart(4, '0')}.txt`), copies === articles.length ? article : vary(article, copy));
  }
  writeFileSync(join(dir, '.complete'), '');
  return dir;
}

/** One run of a command: wall time (ms) and peak resident memory (MB, where /usr/bin/time is installed). */
function runOnce({ command, args, env = {} }) {
  const started = process.hrtime.bigint();
  const result = TIME
    ? spawnSync(TIME, ['-f', '%M', command, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 })
    : spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return { ms, peakMB: TIME ? Number(result.stderr.trim().split('\n').pop()) / 1024 : null };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * Runs some commands in turns (one of each per round, after one unmeasured round) so that the load of a shared
 * machine falls on all of them alike; gives each its median wall time and peak memory, and each round's times.
 */
function measureInTurns(commands, runs) {
  const rounds = [];
  for (let round = -1; round < runs; round++) {
    const measured = Object.fromEntries(Object.entries(commands).map(([name, command]) => [name, runOnce(command)]));
    if (round >= 0) rounds.push(measured);
  }
  const summary = Object.fromEntries(
    Object.keys(commands).map((name) => {
      const peaks = rounds.map((r) => r[name].peakMB);
      return [name, { ms: Math.round(median(rounds.map((r) => r[name].ms))), peakMB: TIME ? Math.round(Math.max(...peaks)) : null }];
    }),
  );
  return { summary, rounds };
}

/** The median over rounds of one command's time over another's: a slow spell of the machine cancels out. */
const pairedRatio = (rounds, a, b) => Math.round(median(rounds.map((r) => r[a].ms / r[b].ms)) * 100) / 100;

const node = process.execPath;
const tokensOf = (dir) => Number(execFileSync(node, [join(ROOT, 'bench', 'floor.mjs'), dir], { encoding: 'utf8' }).trim());
const scales = [
  { name: 'bundled', copies: 2, runs: 15, peer: true },
  { name: '100-articles', copies: 100, runs: 3, peer: true },
  { name: '1m-tokens', copies: 290, runs: 3, peer: false },
  // Archive scale: one measured round after the unmeasured one, which also fills the cache for the cached commands.
  { name: '10m-tokens', copies: 2900, runs: 1, peer: false, archive: true },
];

const results = { machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version }, corpora: [] };
const rounds = {};
for (const scale of scales) {
  const dir = makeCorpus(scale.name, scale.copies);
  const row = { corpus: scale.name, documents: scale.copies, tokens: tokensOf(dir) };
  const commands = {
    partyDiplo: { command: node, args: [CLI, 'entities', '--format', 'json', '--no-cache', '--corpus', dir] },
    winkFloor: { command: node, args: [join(ROOT, 'bench', 'floor.mjs'), dir] },
    // The same run without worker threads: what parallel recognition gains.
    oneThread: { command: node, args: [CLI, 'entities', '--format', 'json', '--no-cache', '--jobs', '0', '--corpus', dir] },
  };
  const cache = scale.name === 'bundled' ? mkdtempSync(join(tmpdir(), 'party-diplo-bench-')) : undefined;
  if (cache) {
    // The unmeasured first round fills the cache.
    commands.cached = { command: node, args: [CLI, 'entities', '--format', 'json', '--corpus', dir], env: { XDG_CACHE_HOME: cache } };
    commands.nodeStart = { command: node, args: ['-e', '0'] };
    // The report with its drawings read from the cache, and drawn anew: from a copy of a cache that holds the
    // extraction only (drawings are entries of the same cache), made anew before each run.
    commands.report = { command: node, args: [CLI, 'report', '--out', join(cache, 'report.html'), '--corpus', dir], env: { XDG_CACHE_HOME: cache } };
    const extractionOnly = join(cache, 'extraction-only');
    execFileSync(node, [CLI, 'entities', '--format', 'json', '--corpus', dir], { env: { ...process.env, XDG_CACHE_HOME: extractionOnly } });
    const drawing = join(cache, 'drawing');
    commands.reportDrawn = {
      command: 'sh',
      args: ['-c', 'rm -rf "$1" && cp -a "$2" "$1" && XDG_CACHE_HOME="$1" exec "$0" "$3" report --out "$1/drawn.html" --corpus "$4"', node, drawing, extractionOnly, CLI, dir],
    };
  }
  const archiveCache = scale.archive ? mkdtempSync(join(tmpdir(), 'party-diplo-bench-')) : undefined;
  if (archiveCache) {
    const cachedRun = (...args) => ({ command: node, args: [CLI, ...args, '--format', 'json', '--corpus', dir], env: { XDG_CACHE_HOME: archiveCache } });
    // Filled by the cached entities run of the unmeasured round, which comes before the others.
    commands.cachedEntities = cachedRun('entities');
    commands.cachedCompare = cachedRun('compare', '2017', '2021');
    commands.cachedCooccur = cachedRun('cooccur');
  }
  const measured = measureInTurns(commands, scale.runs);
  if (cache) row.reportBytes = statSync(join(cache, 'report.html')).size;
  if (scale.name === '100-articles') {
    // How long the report of 100 articles takes to open in chromium, against a blank page.
    const pages = mkdtempSync(join(tmpdir(), 'party-diplo-bench-'));
    execFileSync(node, [CLI, 'report', '--out', join(pages, 'report.html'), '--corpus', dir], { env: { ...process.env, XDG_CACHE_HOME: pages } });
    row.reportOpen = JSON.parse(execFileSync(node, [join(ROOT, 'bench', 'open.mjs'), join(pages, 'report.html')], { encoding: 'utf8' }));
    rmSync(pages, { recursive: true, force: true });
  }
  for (const directory of [cache, archiveCache]) if (directory) rmSync(directory, { recursive: true, force: true });
  Object.assign(row, measured.summary);
  rounds[scale.name] = measured.rounds;
  if (scale.peer) {
    const once = runOnce({ command: node, args: [join(ROOT, 'bench', 'compromise.mjs'), dir] });
    row.compromise = { ms: Math.round(once.ms), peakMB: once.peakMB === null ? null : Math.round(once.peakMB) };
  }
  results.corpora.push(row);
}

const [, hundred, million, archive] = results.corpora;
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
results.ratios = [
  { measure: 'uncached vs wink floor (bundled)', value: pairedRatio(rounds.bundled, 'partyDiplo', 'winkFloor'), target: '<= 1.3' },
  { measure: 'cached vs node -e 0 (bundled)', value: pairedRatio(rounds.bundled, 'cached', 'nodeStart'), target: '<= 2.0' },
  { measure: 'uncached vs wink floor (100 articles)', value: pairedRatio(rounds['100-articles'], 'partyDiplo', 'winkFloor'), target: '<= 1.5' },
  { measure: 'uncached vs compromise (100 articles)', value: ratio(hundred.partyDiplo.ms, hundred.compromise.ms), target: '<= 0.10' },
  { measure: 'peak memory, MB (1M tokens)', value: million.partyDiplo.peakMB, target: '<= 250' },
  { measure: 'report vs cached entities (bundled)', value: pairedRatio(rounds.bundled, 'report', 'cached'), target: '<= 4.0' },
  { measure: 'report drawn anew vs cached entities', value: pairedRatio(rounds.bundled, 'reportDrawn', 'cached'), target: '<= 4.0' },
  { measure: 'report HTML, MB (bundled)', value: Math.round((results.corpora[0].reportBytes / 2 ** 20) * 100) / 100, target: '<= 1.5' },
  {
    measure: 'report open vs 2x blank + 1 s (100 articles)',
    value: ratio(hundred.reportOpen.pageMs, 2 * hundred.reportOpen.blankMs + 1000),
    target: '<= 1.0',
  },
  { measure: 'uncached vs wink floor (10M tokens)', value: pairedRatio(rounds['10m-tokens'], 'partyDiplo', 'winkFloor'), target: '<= 1.0' },
  { measure: 'peak memory, MB (10M tokens)', value: archive.partyDiplo.peakMB, target: '<= 400' },
  ...[['entities', 'cachedEntities'], ['compare', 'cachedCompare'], ['cooccur', 'cachedCooccur']].flatMap(([command, name]) => [
    { measure: `cached ${command}, ms (10M tokens)`, value: archive[name].ms, target: '<= 2000' },
    { measure: `cached ${command}, peak MB (10M tokens)`, value: archive[name].peakMB, target: '<= 250' },
  ]),
];
const met = (r) => {
  const limit = Number(r.target.replace('<= ', ''));
  return r.value !== null && r.value <= limit;
};
for (const r of results.ratios) r.met = met(r);
results.parallelGain = Object.fromEntries(results.corpora.map((r) => [r.corpus, pairedRatio(rounds[r.corpus], 'oneThread', 'partyDiplo')]));

const pad = (text, width) => String(text).padEnd(width);
console.log(`machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}\n`);
console.log(pad('corpus', 14) + pad('docs', 6) + pad('tokens', 10) + pad('party-diplo', 18) + pad('--jobs 0', 18) + pad('wink floor', 18) + pad('compromise', 18) + 'cached / node -e 0');
for (const r of results.corpora) {
  const cell = (m) => (m ? `${m.ms} ms${m.peakMB ? ` ${m.peakMB} MB` : ''}` : '-');
  console.log(pad(r.corpus, 14) + pad(r.documents, 6) + pad(r.tokens, 10) + pad(cell(r.partyDiplo), 18) + pad(cell(r.oneThread), 18) + pad(cell(r.winkFloor), 18) + pad(cell(r.compromise), 18) + (r.cached ? `${r.cached.ms} / ${r.nodeStart.ms} ms` : '-'));
}
if (archive) console.log(`\ncached, 10m-tokens: ${['Entities', 'Compare', 'Cooccur'].map((c) => `${c.toLowerCase()} ${archive[`cached${c}`].ms} ms ${archive[`cached${c}`].peakMB} MB`).join(', ')}`);
console.log('');
const [bundled] = results.corpora;
console.log(`report (bundled): ${bundled.report.ms} ms, drawn anew ${bundled.reportDrawn.ms} ms, ${bundled.reportBytes} bytes; cached entities ${bundled.cached.ms} ms`);
console.log(`report of 100 articles opens in chromium in ${hundred.reportOpen.pageMs} ms, a blank page in ${hundred.reportOpen.blankMs} ms`);
for (const r of results.ratios) console.log(`${pad(r.measure, 42)}${pad(r.value, 8)}target ${pad(r.target, 9)}${r.met ? 'met' : 'NOT MET'}`);
console.log(`\nworker threads (${results.machine.cpus} cores): ${results.corpora.map((r) => `${r.corpus} ${results.parallelGain[r.corpus]}× as fast as --jobs 0`).join(', ')}`);
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
