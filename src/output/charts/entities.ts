import type { EntityCount } from '../../analysis/entities.js';
import { ENTITY_TYPES } from '../../types.js';
import { table, TYPE_LABELS, type Figure } from './figure.js';

/** Bars per reviewed year for the most named entities of each type, one panel per type. */
export function entitiesFigure(rows: readonly EntityCount[], years: readonly string[], perType: number): Figure {
  const shown = ENTITY_TYPES.flatMap((type) => rows.filter((r) => r.type === type).slice(0, perType));
  const values = shown.flatMap((r, rank) =>
    years.map((year) => ({
      panel: TYPE_LABELS[r.type],
      label: r.name,
      rank,
      year,
      count: r.years[year] ?? 0,
      description: `${r.name}: ${r.years[year] ?? 0} in ${year}, ${r.count} in all`,
    })),
  );
  const panels = ENTITY_TYPES.filter((type) => shown.some((r) => r.type === type)).map((type) => TYPE_LABELS[type]);
  return {
    id: 'entities',
    title: 'The most named parties, countries, people and dates',
    summary: `How many times each of the ${perType} most named entities of each type is named in each reviewed year.`,
    chart: {
      grammar: 'vega-lite',
      spec: {
        data: { values },
        facet: { row: { field: 'panel', type: 'nominal', sort: panels, title: null, header: { labelAngle: 0, labelAlign: 'left', labelAnchor: 'start', labelOrient: 'top' } } },
        spacing: 18,
        spec: {
          width: 420,
          height: { step: 7 * years.length + 5 },
          mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.92 } },
          encoding: {
            y: { field: 'label', type: 'nominal', sort: { field: 'rank', op: 'min' }, title: null },
            yOffset: { field: 'year', type: 'nominal', sort: [...years] },
            x: { field: 'count', type: 'quantitative', title: 'times named', axis: { tickMinStep: 1, format: 'd' } },
            color: {
              field: 'year',
              type: 'ordinal',
              sort: [...years],
              title: 'reviewed year',
              scale: { scheme: { name: 'blues', extent: [0.4, 0.85] } },
              legend: { orient: 'top', direction: 'horizontal' },
            },
            description: { field: 'description' },
          },
        },
        resolve: { scale: { y: 'independent' } },
      },
    },
    table: table(
      [['type', false], ['name', false], ['count', true], ...years.map((y): [string, boolean] => [y, true])],
      shown.map((r) => [r.type, r.name, r.count, ...years.map((y) => r.years[y] ?? 0)]),
    ),
  };
}
