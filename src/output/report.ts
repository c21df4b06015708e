import type { Figure, FigureTable } from './charts/figure.js';
import { escapeXml } from './charts/vega.js';

/** A section of the report that is a table only (the corpus, the extraction's scores). */
export interface TableSection {
  id: string;
  title: string;
  summary: string;
  table: FigureTable;
}

export interface ReportContent {
  title: string;
  subtitle: string;
  corpus: TableSection;
  extraction: TableSection;
  /** Each figure with its chart rendered as SVG. */
  figures: { figure: Figure; svg: string }[];
}

const escape = escapeXml;

function renderTable(section: { id: string; title: string; table: FigureTable }): string {
  const { headers, numeric, rows } = section.table;
  const cell = (tag: 'th' | 'td', value: string | number, i: number) => `<${tag}${numeric[i] ? ' class="n"' : ''}${tag === 'th' ? ' scope="col"' : ''}>${escape(String(value))}</${tag}>`;
  return [
    `<div class="table-wrap"><table aria-describedby="${section.id}-summary">`,
    `<caption>Data: ${escape(section.title)}</caption>`,
    `<thead><tr>${headers.map((h, i) => cell('th', h, i)).join('')}</tr></thead>`,
    `<tbody>${rows.map((row) => `<tr>${row.map((value, i) => cell('td', value, i)).join('')}</tr>`).join('\n')}</tbody>`,
    '</table></div>',
  ].join('\n');
}

function renderSection(section: TableSection): string {
  return `<section id="${section.id}"><h2>${escape(section.title)}</h2><p class="summary" id="${section.id}-summary">${escape(section.summary)}</p>\n${renderTable(section)}\n</section>`;
}

function renderFigure({ figure, svg }: { figure: Figure; svg: string }): string {
  // The drawing is named by its heading and described by its sentence; its table carries the numbers.
  const labelled = svg.replace(/^<svg /, `<svg aria-labelledby="${figure.id}-title" aria-describedby="${figure.id}-summary" `);
  return [
    `<section id="${figure.id}">`,
    `<figure class="chart" data-figure="${figure.id}">`,
    `<h2 id="${figure.id}-title">${escape(figure.title)}</h2>`,
    `<figcaption class="summary" id="${figure.id}-summary">${escape(figure.summary)}</figcaption>`,
    `<div class="drawing">${labelled}</div>`,
    '</figure>',
    renderTable(figure),
    '</section>',
  ].join('\n');
}

const STYLE = `
:root { color-scheme: light dark; --ink: #1f2328; --muted: #5b6470; --paper: #fbfaf7; --card: #ffffff; --rule: #e3e1da; --accent: #2a7d74; }
@media (prefers-color-scheme: dark) { :root { --ink: #e6e6e3; --muted: #a3a9b1; --paper: #14161a; --card: #1b1e23; --rule: #2e333a; --accent: #5cc0b3; } }
* { box-sizing: border-box; }
html { background: var(--paper); color: var(--ink); }
body { margin: 0 auto; max-width: 58rem; padding: 2.5rem 1.5rem 4rem; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif; }
header { border-bottom: 2px solid var(--accent); margin-bottom: 1.5rem; padding-bottom: 1rem; }
h1 { font-size: 1.9rem; line-height: 1.2; margin: 0 0 .4rem; letter-spacing: -.01em; }
.subtitle { color: var(--muted); margin: 0; }
nav ol { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; list-style: none; padding: 0; margin: 1rem 0 0; font-size: .92rem; }
nav a { color: var(--accent); text-decoration: none; }
nav a:hover { text-decoration: underline; }
section { background: var(--card); border: 1px solid var(--rule); border-radius: 10px; padding: 1.2rem 1.4rem 1.4rem; margin: 0 0 1.6rem; }
h2 { font-size: 1.25rem; margin: 0 0 .3rem; }
.summary { color: var(--muted); margin: 0 0 1rem; max-width: 46rem; display: block; }
figure { margin: 0; }
.drawing { overflow-x: auto; }
.drawing svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
.table-wrap { overflow-x: auto; margin-top: 1rem; }
table { border-collapse: collapse; font-size: .82rem; width: 100%; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: 600; color: var(--muted); padding-bottom: .35rem; font-size: .85rem; }
th, td { text-align: left; padding: .28rem .6rem .28rem 0; border-bottom: 1px solid var(--rule); vertical-align: top; }
th { font-weight: 600; }
.n { text-align: right; }
footer { color: var(--muted); font-size: .85rem; text-align: center; }
@page { size: A4; margin: 14mm 12mm; }
@media print {
  :root { --ink: #000; --muted: #333; --paper: #fff; --card: #fff; --rule: #bbb; --accent: #1f5f58; color-scheme: light; }
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  section { border: 0; padding: 0; margin: 0 0 8mm; }
  figure, .drawing, tr, h2 { break-inside: avoid; }
  h2, .summary { break-after: avoid; }
  .drawing { overflow: visible; }
  .drawing svg { width: auto; height: auto; max-width: 100%; max-height: 240mm; }
  .table-wrap { overflow: visible; }
}
`;

/** One self-contained HTML page: styles and drawings inline, no script, nothing fetched. */
export function renderReport(content: ReportContent): string {
  const sections = [content.corpus, ...content.figures.map((f) => ({ id: f.figure.id, title: f.figure.title })), content.extraction];
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // No request may leave the page: nothing but inline styles and images is allowed.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${escape(content.title)}</title>`,
    `<style>${STYLE.trim()}</style>`,
    '</head>',
    '<body>',
    `<header><h1>${escape(content.title)}</h1><p class="subtitle">${escape(content.subtitle)}</p>`,
    `<nav aria-label="Contents"><ol>${sections.map((s) => `<li><a href="#${s.id}">${escape(s.title)}</a></li>`).join('')}</ol></nav></header>`,
    '<main>',
    renderSection(content.corpus),
    ...content.figures.map(renderFigure),
    renderSection(content.extraction),
    '</main>',
    '<footer>Made by party-diplo from the texts listed above; every figure’s numbers are in the table under it.</footer>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
