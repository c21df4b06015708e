// `npm run bench`: party-diplo against the wink-nlp floor and the compromise peer, on scaled corpora, as ratios.
// Not part of `npm test`: timings on a shared machine are noisy; the ratios measured in one run are what count.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
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

/** Median wall time (ms) and peak resident memory (MB) of a command over `runs` runs. */
function measure(command, args, { runs, env = {} }) {
  const times = [];
  let peak = 0;
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    const result = TIME
      ? spawnSync(TIME, ['-f', '%M', command, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 })
      : spawnSync(command, args, { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 1 << 30 });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
    if (TIME) peak = Math.max(peak, Number(result.stderr.trim().split('\n').pop()) / 1024);
  }
  times.sort((a, b) => a - b);
  return { ms: Math.round(times[Math.floor(times.length / 2)]), peakMB: TIME ? Math.round(peak) : null };
}

const node = process.execPath;
const tokensOf = (dir) => Number(execFileSync(node, [join(ROOT, 'bench', 'floor.mjs'), dir], { encoding: 'utf8' }).trim());
const scales = [
  { name: 'bundled', copies: 2, runs: 7, peer: true },
  { name: '100-articles', copies: 100, runs: 3, peer: true },
  { name: '1m-tokens', copies: 290, runs: 1, peer: false },
];

const results = { machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version }, corpora: [] };
for (const scale of scales) {
  const dir = makeCorpus(scale.name, scale.copies);
  const row = { corpus: scale.name, documents: scale.copies, tokens: tokensOf(dir) };
  row.partyDiplo = measure(node, [CLI, 'entities', '--format', 'json', '--no-cache', '--corpus', dir], scale);
  row.winkFloor = measure(node, [join(ROOT, 'bench', 'floor.mjs'), dir], scale);
  if (scale.peer) row.compromise = measure(node, [join(ROOT, 'bench', 'compromise.mjs'), dir], { runs: 1 });
  if (scale.name === 'bundled') {
    const cache = mkdtempSync(join(tmpdir(), 'party-diplo-bench-'));
    measure(node, [CLI, 'entities', '--format', 'json', '--corpus', dir], { runs: 1, env: { XDG_CACHE_HOME: cache } });
    row.cached = measure(node, [CLI, 'entities', '--format', 'json', '--corpus', dir], { runs: scale.runs, env: { XDG_CACHE_HOME: cache } });
    row.nodeStart = measure(node, ['-e', '0'], scale);
    rmSync(cache, { recursive: true, force: true });
  }
  results.corpora.push(row);
}

const [small, hundred, million] = results.corpora;
const ratio = (a, b) => Math.round((a / b) * 100) / 100;
results.ratios = [
  { measure: 'uncached vs wink floor (bundled)', value: ratio(small.partyDiplo.ms, small.winkFloor.ms), target: '<= 1.3' },
  { measure: 'cached vs node -e 0 (bundled)', value: ratio(small.cached.ms, small.nodeStart.ms), target: '<= 2.0' },
  { measure: 'uncached vs wink floor (100 articles)', value: ratio(hundred.partyDiplo.ms, hundred.winkFloor.ms), target: '<= 1.5' },
  { measure: 'uncached vs compromise (100 articles)', value: ratio(hundred.partyDiplo.ms, hundred.compromise.ms), target: '<= 0.10' },
  { measure: 'peak memory, MB (1M tokens)', value: million.partyDiplo.peakMB, target: '<= 250' },
];
const met = (r) => {
  const limit = Number(r.target.replace('<= ', ''));
  return r.value !== null && r.value <= limit;
};
for (const r of results.ratios) r.met = met(r);

const pad = (text, width) => String(text).padEnd(width);
console.log(`machine: ${results.machine.cpus} × ${results.machine.cpu}, ${results.machine.memoryGB} GB, Node ${results.machine.node}\n`);
console.log(pad('corpus', 14) + pad('docs', 6) + pad('tokens', 10) + pad('party-diplo', 18) + pad('wink floor', 18) + pad('compromise', 14) + 'cached / node -e 0');
for (const r of results.corpora) {
  const cell = (m) => (m ? `${m.ms} ms${m.peakMB ? ` ${m.peakMB} MB` : ''}` : '-');
  console.log(pad(r.corpus, 14) + pad(r.documents, 6) + pad(r.tokens, 10) + pad(cell(r.partyDiplo), 18) + pad(cell(r.winkFloor), 18) + pad(cell(r.compromise), 14) + (r.cached ? `${r.cached.ms} / ${r.nodeStart.ms} ms` : '-'));
}
console.log('');
for (const r of results.ratios) console.log(`${pad(r.measure, 42)}${pad(r.value, 8)}target ${pad(r.target, 9)}${r.met ? 'met' : 'NOT MET'}`);
writeFileSync(join(ROOT, 'bench', 'results.json'), JSON.stringify(results, null, 2) + '\n');
