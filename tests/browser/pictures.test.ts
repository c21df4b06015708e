import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, launchChromium } from '../../scripts/chromium.mjs';
import { corpusOf, runCli, scratch } from '../helpers.js';

// The pictures as a reader sees them: opened from disk in Debian's chromium, offline.
const out = scratch();
const cache = { XDG_CACHE_HOME: join(out, 'cache') };

function write(name: string, args: string[], env: NodeJS.ProcessEnv = cache): string {
  const result = runCli(args, { env });
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  const path = join(out, name);
  writeFileSync(path, result.stdout);
  return path;
}

const PICTURES: Record<string, string[]> = {
  'entities.svg': ['entities', '--format', 'svg'],
  'compare.svg': ['compare', '--format', 'svg'],
  'cooccur.svg': ['cooccur', '--min', '2', '--format', 'svg'],
  'timeline.svg': ['timeline', '--format', 'svg'],
  'map.svg': ['map'],
  'map-parties.svg': ['map', '--type', 'party', '--year', '2021'],
};

let browser: Awaited<ReturnType<typeof launchChromium>>;

interface Visit {
  requests: string[];
  errors: string[];
  page: import('playwright-core').Page;
}

/** Opens a file with every request but the file's own refused and recorded, and console errors recorded. */
async function visit(path: string): Promise<Visit> {
  const url = pathToFileURL(path).href;
  const page = await browser.context.newPage();
  const visit: Visit = { requests: [], errors: [], page };
  await page.route('**/*', (route) => {
    if (route.request().url() === url) return route.continue();
    visit.requests.push(route.request().url());
    return route.abort();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') visit.errors.push(message.text());
  });
  page.on('pageerror', (error) => visit.errors.push(error.message));
  await page.goto(url, { waitUntil: 'load' });
  return visit;
}

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`the browser tests need Debian's chromium at ${CHROMIUM} (apt-get install chromium)`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('--format svg and map, in chromium', () => {
  for (const [name, args] of Object.entries(PICTURES)) {
    it(`${name}: drawn with a size, no console error, no request`, async () => {
      const { page, requests, errors } = await visit(write(name, args));
      const size = await page.evaluate(() => {
        const box = document.documentElement.getBoundingClientRect();
        return { tag: document.documentElement.tagName, width: box.width, height: box.height, marks: document.querySelectorAll('path, line, text').length };
      });
      expect(size.tag).toBe('svg');
      expect(size.width).toBeGreaterThan(100);
      expect(size.height).toBeGreaterThan(50);
      expect(size.marks).toBeGreaterThan(10);
      expect(requests).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});

describe('party-diplo report, in chromium', () => {
  let report: string;
  beforeAll(() => {
    report = write('report.html', ['report']);
  });

  it('opens offline: no request leaves the page, no console error, every figure drawn with a size', async () => {
    const { page, requests, errors } = await visit(report);
    const figures = await page.$$eval('figure.chart', (nodes) =>
      nodes.map((figure) => {
        const svg = figure.querySelector('svg')!.getBoundingClientRect();
        return { id: figure.getAttribute('data-figure'), width: svg.width, height: svg.height, title: figure.querySelector('h2')?.textContent ?? '' };
      }),
    );
    expect(figures.map((f) => f.id)).toEqual(['entities', 'compare', 'map', 'network', 'timeline']);
    for (const figure of figures) {
      expect(figure.width, figure.id).toBeGreaterThan(200);
      expect(figure.height, figure.id).toBeGreaterThan(100);
      expect(figure.title, figure.id).not.toBe('');
    }
    // Each figure is followed by its data as a table with a header row.
    const tables = await page.$$eval('section', (sections) => sections.map((s) => s.querySelectorAll('table thead th').length));
    expect(tables.every((columns) => columns > 0)).toBe(true);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shades on the map exactly the countries the corpus names, year by year", async () => {
    const { page } = await visit(report);
    const labels = await page.$$eval('[data-figure="map"] svg [aria-label]', (nodes) => nodes.map((n) => n.getAttribute('aria-label') ?? ''));
    const shaded = new Set(labels.map((label) => /\(([A-Z]{2})\): named \d+ times? in (\d{4})/.exec(label)).filter((m) => m !== null).map((m) => `${m![2]}:${m![1]}`));
    const countries = JSON.parse(runCli(['entities', '--type', 'country', '--json'], { env: cache }).stdout) as { id: string; years: Record<string, number> }[];
    const named = new Set(countries.flatMap((c) => Object.entries(c.years).filter(([, n]) => n > 0).map(([year]) => `${year}:${c.id}`)));
    expect(named.size).toBeGreaterThan(10);
    expect([...shaded].sort()).toEqual([...named].sort());
    await page.close();
  });

  it('follows the reader: dark colours when the system asks for them', async () => {
    const colours: Record<string, string> = {};
    for (const scheme of ['light', 'dark'] as const) {
      const { page } = await visit(report);
      await page.emulateMedia({ colorScheme: scheme });
      colours[scheme] = await page.evaluate(() => getComputedStyle(document.body).color);
      await page.close();
    }
    expect(colours.light).not.toBe(colours.dark);
  });

  it('prints on A4 with every drawing inside the page width', async () => {
    const { page } = await visit(report);
    await page.emulateMedia({ media: 'print' });
    // A4 less its margins of 12 mm: 186 mm at 96 CSS pixels to the inch.
    const printable = (186 / 25.4) * 96;
    const widths = await page.$$eval('figure.chart svg', (nodes) => nodes.map((n) => n.getBoundingClientRect().width));
    await page.setViewportSize({ width: Math.floor(printable), height: 1000 });
    const printed = await page.$$eval('figure.chart svg', (nodes) => nodes.map((n) => ({ width: n.getBoundingClientRect().width, height: n.getBoundingClientRect().height })));
    expect(widths.length).toBe(5);
    // …and no taller than the page (297 mm less its margins of 14 mm), so that no drawing is cut.
    const pageHeight = ((297 - 28) / 25.4) * 96;
    for (const { width, height } of printed) {
      expect(width).toBeLessThanOrEqual(printable + 1);
      expect(height).toBeLessThanOrEqual(pageHeight);
    }
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    await page.close();
  });

  it('is the same bytes from the same corpus, drawn again or read from the cache', () => {
    const again = runCli(['report'], { env: cache });
    const fresh = runCli(['report', '--no-cache'], { env: { XDG_CACHE_HOME: join(scratch(), 'cache') } });
    expect(again.stdout).toBe(readFileSync(report, 'utf8'));
    expect(fresh.stdout).toBe(readFileSync(report, 'utf8'));
  });
});

describe('party-diplo report on a corpus of its own', () => {
  it('says that nothing was scored when no gold is given, and escapes the text it quotes', async () => {
    const corpus = corpusOf({
      'a.txt': 'Review of 2019 <script>alert(1)</script>\n\nIn 2019, Vietnam and Laos signed an agreement in Vientiane on 5 May 2019.',
      'b.txt': 'Review of 2020\n\nIn 2020, Vietnam and Cuba held talks. The Communist Party of Cuba sent greetings.',
    });
    const path = write('own.html', ['report', '--corpus', corpus]);
    const html = readFileSync(path, 'utf8');
    expect(html).not.toContain('<script>');
    const { page, errors, requests } = await visit(path);
    const extraction = await page.textContent('#extraction');
    expect(extraction).toContain('No hand annotation was given');
    expect(await page.$$eval('figure.chart', (nodes) => nodes.length)).toBe(5);
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  });
});
