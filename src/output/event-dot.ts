import type { EventEdge } from '../analysis/event-summary.js';
import type { EventType } from '../types.js';
import { NODE_COLOURS, nodesOf, quote } from './dot.js';

const EDGE_COLOURS: Record<EventType, string> = {
  visit: '#e41a1c',
  meeting: '#377eb8',
  call: '#4daf4a',
  message: '#984ea3',
  agreement: '#ff7f00',
  conference: '#a65628',
  exchange: '#f781bf',
};

/**
 * A Graphviz graph of events: nodes coloured by entity type, one edge per pair and event type, coloured by type,
 * labelled and thickened by the number of events; visits point from visitor to host, messages from sender to
 * recipient. `party-diplo events --format dot | dot -Tsvg > events.svg` draws it.
 */
export function eventsToDot(edges: readonly EventEdge[]): string {
  const heaviest = Math.max(1, ...edges.map((e) => e.weight));
  const lines = [
    'digraph events {',
    '  graph [layout=neato, overlap=false, splines=true, outputorder=edgesfirst, sep="+10"];',
    '  node [shape=ellipse, style=filled, fontname="Helvetica", fontcolor=white, penwidth=0, fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9];',
  ];
  for (const [key, node] of nodesOf(edges.flatMap((edge) => [edge.from, edge.to]))) {
    lines.push(`  ${quote(key)} [label=${quote(node.name)}, fillcolor=${quote(NODE_COLOURS[node.type])}];`);
  }
  for (const edge of edges) {
    const width = 1 + 3 * (edge.weight / heaviest);
    const label = edge.weight > 1 ? `${edge.type} ×${edge.weight}` : edge.type;
    lines.push(
      `  ${quote(`${edge.from.type}:${edge.from.id}`)} -> ${quote(`${edge.to.type}:${edge.to.id}`)} [label=${quote(label)}, color=${quote(EDGE_COLOURS[edge.type])}, fontcolor=${quote(EDGE_COLOURS[edge.type])}, penwidth=${width.toFixed(2)}, weight=${edge.weight}${edge.directed ? '' : ', dir=none'}];`,
    );
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
