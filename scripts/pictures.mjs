// Draws the README's pictures from the bundled corpus: docs/*.svg (each `--format svg`) and docs/report.png, a
// screenshot of `party-diplo report` in chromium. Run with `npm run pictures` after `npm run build`.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { launchChromium } from './chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cli = join(root, 'bin', 'party-diplo.js');
const scratch = mkdtempSync(join(tmpdir(), 'party-diplo-pictures-'));
const run = (args) => execFileSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, env: { ...process.env, XDG_CACHE_HOME: scratch } });

const pictures = {
  'entities.svg': ['entities', '--format', 'svg', '--top', '8'],
  'compare.svg': ['compare', '--format', 'svg', '--top', '12'],
  'network.svg': ['cooccur', '--min', '2', '--format', 'svg'],
  'timeline.svg': ['timeline', '--format', 'svg'],
  'map.svg': ['map'],
};
for (const [name, args] of Object.entries(pictures)) writeFileSync(join(root, 'docs', name), run(args));

const report = join(scratch, 'report.html');
run(['report', '--out', report]);
const browser = await launchChromium({ viewport: { width: 1100, height: 1500 }, colorScheme: 'light' });
try {
  const page = await browser.context.newPage();
  await page.goto(pathToFileURL(report).href);
  await page.screenshot({ path: join(root, 'docs', 'report.png'), clip: { x: 0, y: 0, width: 1100, height: 1500 } });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.locator('#map figure').screenshot({ path: join(root, 'docs', 'report-dark.png') });
} finally {
  await browser.close();
  rmSync(scratch, { recursive: true, force: true });
}
