import type { Comparison, EntityChange } from '../../analysis/compare.js';
import { NAME_AXIS, oneDecimal, plural, table, type Figure } from './figure.js';
import { DOWN, UP } from './vega.js';

const SIGNIFICANT = 'significant (p < 0.05)';
const NOT_SIGNIFICANT = 'not significant';
const significance = { field: 'significance', type: 'ordinal', sort: [SIGNIFICANT, NOT_SIGNIFICANT], scale: { domain: [SIGNIFICANT, NOT_SIGNIFICANT], range: [1, 0.4] }, title: null, legend: { orient: 'top' } } as const;

/**
 * Diverging bars of the Log Ratio for the entities named in both years, and apart from them the entities new in the
 * later year and gone after the earlier one (their Log Ratio only measures the smoothing), by rate per 10,000 words.
 */
export function compareFigure(comparison: Comparison, top: number): Figure {
  const { a, b } = comparison;
  const both = comparison.entities.filter((e) => e.status !== 'new' && e.status !== 'gone').slice(0, top);
  const fresh = comparison.entities.filter((e) => e.status === 'new').slice(0, top);
  const gone = comparison.entities.filter((e) => e.status === 'gone').slice(0, top);
  const datum = (e: EntityChange) => ({
    label: e.name,
    logRatio: e.logRatio,
    rateA: e.a.per10k,
    rateB: e.b.per10k,
    direction: e.logRatio >= 0 ? `more in ${b.period}` : `less in ${b.period}`,
    significance: e.significant ? SIGNIFICANT : NOT_SIGNIFICANT,
    description: `${e.name}: ${oneDecimal(e.a.per10k)} per 10,000 words in ${a.period}, ${oneDecimal(e.b.per10k)} in ${b.period}, Log Ratio ${e.logRatio.toFixed(2)}${e.significant ? ', significant' : ''}`,
  });
  const bars = (name: string, title: string, field: 'logRatio' | 'rateA' | 'rateB', axisTitle: string, colour?: string) => ({
    title,
    width: 420,
    height: { step: 18 },
    data: { name },
    mark: { type: 'bar', cornerRadiusEnd: 2, ...(colour ? { color: colour } : {}) },
    encoding: {
      y: { field: 'label', type: 'nominal', sort: { field, order: 'descending' }, title: null, axis: NAME_AXIS },
      x: { field, type: 'quantitative', title: axisTitle },
      ...(colour ? {} : { color: { field: 'direction', type: 'nominal', scale: { domain: [`more in ${b.period}`, `less in ${b.period}`], range: [UP, DOWN] }, title: null, legend: { orient: 'top' } } }),
      opacity: significance,
      description: { field: 'description' },
    },
  });
  const panels = [
    both.length > 0 && bars('both', `Named in both years: Log Ratio of ${b.period} over ${a.period}`, 'logRatio', `Log Ratio (+1: twice as often in ${b.period})`),
    fresh.length > 0 && bars('new', `New in ${b.period}`, 'rateB', `per 10,000 words in ${b.period}`, UP),
    gone.length > 0 && bars('gone', `Gone after ${a.period}`, 'rateA', `per 10,000 words in ${a.period}`, DOWN),
  ].filter((panel) => panel !== false);
  const shown = [...both, ...fresh, ...gone];
  const allNew = comparison.entities.filter((e) => e.status === 'new').length;
  const allGone = comparison.entities.filter((e) => e.status === 'gone').length;
  return {
    id: 'compare',
    title: `What changed between ${a.period} and ${b.period}`,
    summary:
      `How much more or less often each party, country and person is named in ${b.period} than in ${a.period}, per 10,000 words ` +
      `(the strongest changes by log-likelihood; faint bars are not significant); ${plural(allNew, 'entity', 'entities')} appear in ${b.period}, ${plural(allGone, 'entity', 'entities')} are gone.`,
    chart: { grammar: 'vega-lite', datasets: { both: both.map(datum), new: fresh.map(datum), gone: gone.map(datum) }, spec: { vconcat: panels, spacing: 28, resolve: { scale: { color: 'independent', opacity: 'shared' }, legend: { opacity: 'shared' } } } as never },
    table: table(
      [['type', false], ['name', false], [`${a.period}/10k`, true], [`${b.period}/10k`, true], ['status', false], ['log ratio', true], ['ll', true], ['p<0.05', false]],
      shown.map((e) => [e.type, e.name, oneDecimal(e.a.per10k), oneDecimal(e.b.per10k), e.status, e.logRatio.toFixed(2), e.ll.toFixed(2), e.significant ? 'yes' : 'no']),
    ),
  };
}
