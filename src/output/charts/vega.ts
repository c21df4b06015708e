import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { runInThisContext } from 'node:vm';
import type * as VegaModule from 'vega';
import type * as VegaLiteModule from 'vega-lite';
import type { Spec as VegaSpec } from 'vega';
import type { TopLevelSpec as VegaLiteSpec } from 'vega-lite';

export type { VegaSpec, VegaLiteSpec };

/**
 * A chart as a Vega-Lite specification, or as a Vega one where Vega-Lite has no such mark (a force layout), and the
 * values of its named data sources. The values are handed to the view, not written into the specification: both
 * compilers copy inline data, and the map's shapes made that most of a report's time.
 */
export type ChartSpec = ({ grammar: 'vega-lite'; spec: VegaLiteSpec } | { grammar: 'vega'; spec: VegaSpec }) & { datasets: Record<string, object[]> };

type Vega = typeof VegaModule;
type VegaLite = typeof VegaLiteModule;

const require = createRequire(import.meta.url);

/**
 * Vega and Vega-Lite from their one-file builds: Vega's ES module entry imports some thirty packages (220 to
 * 300 ms on this machine), its bundle is one script (about 65 ms). The bundles are UMD scripts, run here as
 * CommonJS would run them.
 */
function loadBundle<T>(file: string, dependency?: unknown): T {
  const source = readFileSync(file, 'utf8');
  const module = { exports: {} as T };
  const wrapper = runInThisContext(`(function (exports, module, require) {${source}\n})`, { filename: file }) as (
    exports: T,
    module: { exports: T },
    require: (name: string) => unknown,
  ) => void;
  wrapper(module.exports, module, () => dependency);
  return module.exports;
}

let libraries: { vega: Vega; vegaLite: VegaLite } | undefined;

function load(): { vega: Vega; vegaLite: VegaLite } {
  if (!libraries) {
    const vega = loadBundle<Vega>(join(dirname(require.resolve('vega')), 'vega.min.js'));
    const vegaLite = loadBundle<VegaLite>(join(dirname(require.resolve('vega-lite')), 'vega-lite.min.js'), vega);
    libraries = { vega, vegaLite };
  }
  return libraries;
}

/** Ink follows the text colour of the page (or of the SVG file's own style), so one drawing serves light and dark. */
const INK = 'currentColor';
export const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** Calm, colour-blind-safe hues that read on white and on near-black alike. */
export const TYPE_COLOURS = { party: '#d9793a', country: '#2a9d8f', person: '#7e6fc1', date: '#8c8c8c' } as const;
export const UP = '#2a9d8f';
export const DOWN = '#d9793a';

const CONFIG = {
  background: null,
  font: FONT,
  padding: 8,
  view: { stroke: null },
  title: { color: INK, fontSize: 14, fontWeight: 600, anchor: 'start', offset: 10 },
  axis: {
    labelColor: INK,
    titleColor: INK,
    domainColor: INK,
    tickColor: INK,
    gridColor: INK,
    gridOpacity: 0.12,
    domainOpacity: 0.5,
    tickOpacity: 0.5,
    labelFontSize: 11,
    titleFontSize: 11,
    titleFontWeight: 500,
    labelLimit: 300,
  },
  header: { labelColor: INK, titleColor: INK, labelFontSize: 12, labelFontWeight: 600, titleFontSize: 12 },
  legend: { labelColor: INK, titleColor: INK, labelFontSize: 11, titleFontSize: 11, titleFontWeight: 500, labelLimit: 300, titleLimit: 400 },
  text: { color: INK },
};

/**
 * Renders a chart as SVG, with no browser and no canvas; ids are prefixed so that many charts share one page.
 * With a cache directory, a chart drawn before (same specification, data and libraries) is read back instead.
 */
export async function renderSvg(chart: ChartSpec, idPrefix: string, cacheDirectory?: string): Promise<string> {
  if (cacheDirectory === undefined) return draw(chart, idPrefix);
  const { SvgCache } = await import('./svg-cache.js');
  const cache = new SvgCache(cacheDirectory);
  const key = cache.key(chart, idPrefix);
  const cached = cache.get(key);
  if (cached !== undefined) return cached;
  const svg = await draw(chart, idPrefix);
  cache.put(key, svg);
  return svg;
}

async function draw(chart: ChartSpec, idPrefix: string): Promise<string> {
  const { vega, vegaLite } = load();
  const spec =
    chart.grammar === 'vega-lite'
      ? vegaLite.compile({ ...chart.spec, config: { ...CONFIG, ...(chart.spec.config ?? {}) } } as VegaLiteSpec).spec
      : { ...chart.spec, config: { ...CONFIG, ...(chart.spec.config ?? {}) } };
  (vega as unknown as { textMetrics: { width: typeof estimateWidth } }).textMetrics.width = estimateWidth;
  const view = new vega.View(vega.parse(spec as VegaSpec), { renderer: 'none', logLevel: vega.Error });
  for (const [name, values] of Object.entries(chart.datasets)) view.data(name, values);
  const svg = await view.toSVG();
  view.finalize();
  return svg
    .replace(/ d="([^"]+)"/g, (_, path: string) => ` d="${path.replace(/\d+\.\d{2,}/g, tenth)}"`)
    .replace(/ id="([^"]+)"/g, ` id="${idPrefix}-$1"`)
    .replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`);
}

/** Path coordinates to a tenth of a pixel: finer is invisible, and made the map's paths twice as long. */
const tenth = (number: string): string => String(Math.round(Number(number) * 10) / 10);

/**
 * Text widths for layout, where there is no canvas to measure with. Vega's own estimate (0.8 em a character) is
 * so wide that it cuts labels short; this one knows narrow, wide and capital letters of a sans-serif face.
 */
function estimateWidth(item: { fontSize?: number }, text: string): number {
  const size = item.fontSize ?? 11;
  let ems = 0;
  for (const character of String(text)) {
    if (/[iljt.,:;'’|!()\[\] ]/.test(character)) ems += 0.3;
    else if (/[mwMW]/.test(character)) ems += 0.86;
    else if (/[A-Z]/.test(character)) ems += 0.68;
    else ems += 0.58;
  }
  return Math.ceil(ems * size);
}

/** An SVG file of its own: light or dark after the reader's setting, since its ink is `currentColor`. */
export function standalone(svg: string, title: string): string {
  const style =
    '<style>svg.marks{color:#1f2328;background:#ffffff}@media (prefers-color-scheme: dark){svg.marks{color:#e6e6e6;background:#16181d}}</style>';
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg.replace(/^<svg([^>]*)>/, `<svg$1><title>${escapeXml(title)}</title>${style}`)}\n`;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
