// How long chromium takes to open a page from disk, against a blank page: median of some rounds, taken in turns.
// Prints {"blankMs", "pageMs"}. Used by bench/run.mjs for the report of the 100-article corpus.
import { writeFileSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium } from '../scripts/chromium.mjs';

const [page, rounds = '7'] = process.argv.slice(2);
const blank = join(dirname(page), 'blank.html');
writeFileSync(blank, '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>blank</title></head><body></body></html>\n');

const browser = await launchChromium();
async function open(path) {
  const tab = await browser.context.newPage();
  const started = performance.now();
  await tab.goto(pathToFileURL(path).href, { waitUntil: 'load' });
  // Drawn, not only loaded: wait for the frame after layout.
  await tab.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const ms = performance.now() - started;
  await tab.close();
  return ms;
}
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
try {
  await open(blank);
  await open(page);
  const blanks = [];
  const pages = [];
  for (let round = 0; round < Number(rounds); round++) {
    blanks.push(await open(blank));
    pages.push(await open(page));
  }
  console.log(JSON.stringify({ blankMs: Math.round(median(blanks)), pageMs: Math.round(median(pages)) }));
} finally {
  await browser.close();
}
