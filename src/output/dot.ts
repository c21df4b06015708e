import type { Pair } from '../analysis/cooccur.js';
import type { EntityType } from '../types.js';

export const NODE_COLOURS: Record<EntityType, string> = { party: '#d95f02', country: '#1b9e77', person: '#7570b3', date: '#999999' };

export const quote = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

interface Node {
  type: EntityType;
  id: string;
  name: string;
}

/** The distinct entities at the ends of a graph's edges, by their key (`type:id`), in the order of their keys. */
export function nodesOf<N extends Node>(ends: Iterable<N>): [string, N][] {
  const nodes = new Map<string, N>();
  for (const end of ends) nodes.set(`${end.type}:${end.id}`, end);
  return [...nodes.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A Graphviz graph of co-occurrences: nodes coloured by type and sized by how many units name them, edges weighted
 * by how many units name both. `party-diplo cooccur --format dot | dot -Tsvg > ties.svg` draws it.
 */
export function toDot(pairs: readonly Pair[], unitsNaming: (type: EntityType, id: string) => number): string {
  const nodes = nodesOf(pairs.flatMap((pair) => [pair.a, pair.b]));
  const largest = Math.max(1, ...nodes.map(([, n]) => unitsNaming(n.type, n.id)));
  const heaviest = Math.max(1, ...pairs.map((p) => p.count));
  const lines = [
    'graph cooccurrences {',
    // neato draws a network better than dot's layers; `dot -Tsvg` honours the layout attribute.
    '  graph [layout=neato, overlap=false, splines=true, outputorder=edgesfirst, sep="+6"];',
    '  node [shape=ellipse, style=filled, fontname="Helvetica", fontcolor=white, penwidth=0];',
    '  edge [color="#00000055"];',
  ];
  for (const [key, node] of nodes) {
    const size = 0.6 + 1.4 * Math.sqrt(unitsNaming(node.type, node.id) / largest);
    lines.push(`  ${quote(key)} [label=${quote(node.name)}, fillcolor=${quote(NODE_COLOURS[node.type])}, width=${size.toFixed(2)}, fontsize=${(7 + 5 * size).toFixed(0)}];`);
  }
  for (const pair of pairs) {
    const width = 0.5 + 5 * (pair.count / heaviest);
    lines.push(`  ${quote(`${pair.a.type}:${pair.a.id}`)} -- ${quote(`${pair.b.type}:${pair.b.id}`)} [weight=${pair.count}, penwidth=${width.toFixed(2)}];`);
  }
  lines.push('}');
  return lines.join('\n') + '\n';
}
