import type { Pair } from '../../analysis/cooccur.js';
import type { EntityType } from '../../types.js';
import { compareText } from '../../analysis/entities.js';
import { table, TYPE_LABELS, type Figure } from './figure.js';
import { TYPE_COLOURS } from './vega.js';

const WIDTH = 680;
const HEIGHT = 520;

/**
 * The co-occurrence network: nodes coloured by type and sized by the units naming them, edges as wide as the units
 * naming both. d3-force (through Vega's force transform) runs a fixed number of steps from its deterministic start
 * (a phyllotaxis arrangement and a seeded jiggle), so the same pairs give the same picture.
 */
export function networkFigure(pairs: readonly Pair[], unitsNaming: (type: EntityType, id: string) => number, unit: string): Figure {
  const keyOf = (side: Pair['a']) => `${side.type}:${side.id}`;
  const byKey = new Map<string, Pair['a']>();
  for (const pair of pairs) for (const side of [pair.a, pair.b]) byKey.set(keyOf(side), side);
  const keys = [...byKey.keys()].sort(compareText);
  const index = new Map(keys.map((key, i) => [key, i]));
  const largest = Math.max(1, ...keys.map((key) => unitsNaming(byKey.get(key)!.type, byKey.get(key)!.id)));
  const heaviest = Math.max(1, ...pairs.map((p) => p.count));
  const nodes = keys.map((key) => {
    const node = byKey.get(key)!;
    const units = unitsNaming(node.type, node.id);
    const radius = 4 + 14 * Math.sqrt(units / largest);
    return { name: node.name, type: node.type, units, radius, homeX: WIDTH / 2, homeY: HEIGHT / 2 + 16, area: Math.PI * radius * radius, description: `${node.name} (${node.type}): named in ${units} ${unit}s` };
  });
  const links = pairs.map((p) => ({
    source: index.get(keyOf(p.a))!,
    target: index.get(keyOf(p.b))!,
    width: 0.6 + 4 * (p.count / heaviest),
  }));
  const types = (Object.keys(TYPE_COLOURS) as EntityType[]).filter((type) => nodes.some((n) => n.type === type));
  const labelled = nodes.length <= 60 ? 0 : [...nodes].sort((x, y) => y.units - x.units)[59].units;
  return {
    id: 'network',
    title: 'Who is named with whom',
    summary: `Parties, countries and people named in the same ${unit}: ${nodes.length} entities and ${pairs.length} ties; a larger circle is named more often, a wider line more often together.`,
    chart: {
      grammar: 'vega',
      datasets: { 'node-data': nodes, 'link-data': links },
      spec: {
        width: WIDTH,
        height: HEIGHT,
        autosize: 'none',
        data: [
          { name: 'node-data' },
          { name: 'link-data' },
        ],
        scales: [{ name: 'colour', type: 'ordinal', domain: types, range: types.map((t) => TYPE_COLOURS[t]) }],
        legends: [
          {
            fill: 'colour',
            orient: 'top-left',
            symbolType: 'circle',
            encode: { labels: { update: { text: { signal: `({party: '${TYPE_LABELS.party}', country: '${TYPE_LABELS.country}', person: '${TYPE_LABELS.person}'})[datum.value]` } } } },
          },
        ],
        marks: [
          {
            name: 'nodes',
            type: 'symbol',
            zindex: 1,
            from: { data: 'node-data' },
            encode: {
              enter: {
                fill: { scale: 'colour', field: 'type' },
                stroke: { value: 'currentColor' },
                strokeOpacity: { value: 0.35 },
                strokeWidth: { value: 0.8 },
                size: { signal: 'datum.area * 4 / PI' },
                description: { field: 'description' },
              },
            },
            transform: [
              {
                type: 'force',
                static: true,
                iterations: 400,
                signal: 'force',
                forces: [
                  { force: 'center', x: WIDTH / 2, y: HEIGHT / 2 + 16 },
                  { force: 'collide', radius: { expr: 'datum.datum.radius + 14' }, iterations: 3 },
                  { force: 'nbody', strength: -380, distanceMax: 400 },
                  { force: 'link', links: 'link-data', distance: 95 },
                  { force: 'x', x: 'datum.homeX', strength: 0.05 },
                  { force: 'y', y: 'datum.homeY', strength: 0.08 },
                ],
              },
            ],
          },
          {
            type: 'path',
            from: { data: 'link-data' },
            interactive: false,
            encode: { update: { stroke: { value: 'currentColor' }, strokeOpacity: { value: 0.22 }, strokeWidth: { field: 'width' } } },
            transform: [{ type: 'linkpath', require: { signal: 'force' }, shape: 'line', sourceX: 'datum.source.x', sourceY: 'datum.source.y', targetX: 'datum.target.x', targetY: 'datum.target.y' }],
          },
          {
            type: 'text',
            zindex: 2,
            from: { data: 'nodes' },
            interactive: false,
            aria: false,
            encode: {
              update: {
                x: { field: 'x' },
                y: { signal: 'datum.y - datum.datum.radius - 3' },
                text: { signal: `datum.datum.units >= ${labelled} ? datum.datum.name : ''` },
                align: { value: 'center' },
                baseline: { value: 'bottom' },
                fontSize: { value: 10.5 },
                fill: { value: 'currentColor' },
              },
            },
          },
        ],
      },
    },
    table: table(
      [['a', false], ['b', false], ['together', true], ['pmi', true], ['ll', true]],
      pairs.map((p) => [p.a.name, p.b.name, p.count, p.pmi.toFixed(2), p.ll.toFixed(2)]),
    ),
  };
}
