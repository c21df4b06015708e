import type { EntityCount } from '../../analysis/entities.js';
import { ENTITY_TYPES } from '../../types.js';
import { NAME_AXIS, table, TYPE_LABELS, type Figure } from './figure.js';

/** Bars per reviewed year for the most named entities of each type, one panel per type. */
export function entitiesFigure(rows: readonly EntityCount[], years: readonly string[], perType: number): Figure {
  const shown = ENTITY_TYPES.flatMap((type) => rows.filter((r) => r.type === type).slice(0, perType));
  const types = ENTITY_TYPES.filter((type) => shown.some((r) => r.type === type));
  const panels = types.map((type) => TYPE_LABELS[type]);
  const datasets = Object.fromEntries(
    types.map((type) => [
      type,
      shown
        .filter((r) => r.type === type)
        .flatMap((r, rank) =>
          years.map((year) => ({ label: r.name, rank, year, count: r.years[year] ?? 0, description: `${r.name}: ${r.years[year] ?? 0} in ${year}, ${r.count} in all` })),
        ),
    ]),
  );
  const largest = Math.max(1, ...shown.flatMap((r) => years.map((y) => r.years[y] ?? 0)));
  // One chart per type, stacked, on one scale of counts: Vega-Lite's facets cost several times as much to draw.
  const panel = (type: (typeof types)[number]) => ({
    title: { text: TYPE_LABELS[type], fontSize: 12.5 },
    width: 420,
    height: { step: 7 * years.length + 5 },
    data: { name: type },
    mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.92 } },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: { field: 'rank', op: 'min' }, title: null, axis: NAME_AXIS },
      yOffset: { field: 'year', type: 'nominal', sort: [...years] },
      x: { field: 'count', type: 'quantitative', title: 'times named', scale: { domain: [0, largest] }, axis: { tickMinStep: 1, tickCount: 8, format: 'd' } },
      color: {
        field: 'year',
        type: 'ordinal',
        sort: [...years],
        title: 'reviewed year',
        scale: { domain: [...years], scheme: { name: 'blues', extent: [0.32, 0.95] } },
        legend: { orient: 'top', direction: 'horizontal' },
      },
      description: { field: 'description' },
    },
  });
  return {
    id: 'entities',
    title: `The most named ${listOf(panels.map((label) => label.toLowerCase()))}`,
    summary: `How many times each of the ${perType} most named entities of each type is named in each reviewed year.`,
    chart: { grammar: 'vega-lite', datasets, spec: { vconcat: types.map(panel), spacing: 16 } as never },
    table: table(
      [['type', false], ['name', false], ['count', true], ...years.map((y): [string, boolean] => [y, true])],
      shown.map((r) => [r.type, r.name, r.count, ...years.map((y) => r.years[y] ?? 0)]),
    ),
  };
}

function listOf(items: readonly string[]): string {
  return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
