import type { Command } from 'commander';
import type { EntityTrend } from '../../analysis/trend.js';
import { parseCount, parseTypes } from '../../analysis/select.js';
import type { Column } from '../../output/format.js';
import { fixed, roundNumbers, significant } from '../../output/numbers.js';
import { CommandContext } from '../context.js';

interface TrendOptions {
  type?: string;
  top?: string;
  min?: string;
}

export function registerTrend(program: Command): void {
  program
    .command('trend')
    .description("each entity's rate per 10,000 words in every reviewed year, and the Mann-Kendall test of a monotonic trend")
    .option('--type <types>', 'entity types (default: party,country,person)')
    .option('--top <n>', 'only the first n rows')
    .option('--min <n>', 'only entities named at least n times in all', '1')
    .addHelpText('after', `
Examples:
  $ party-diplo trend --top 10
  $ party-diplo trend --type party --min 5
  $ party-diplo trend --json | jq -r '.[] | select(.p != null and .p < 0.05 and .sign < 0) | .name'`)
    .action(async (options: TrendOptions, command: Command) => {
      const context = await CommandContext.create(command);
      const [{ MIN_TREND_YEARS }, { entityTrendTable }] = await Promise.all([import('../../analysis/trend.js'), import('../../api/trend.js')]);
      const types = parseTypes(options.type ?? 'party,country,person');
      const min = parseCount(options.min, '--min');
      const top = parseCount(options.top, '--top');
      const { years, tested, trends } = entityTrendTable(await context.index(), { types, min, top });
      if (!tested) {
        context.warn(
          `a trend needs at least ${MIN_TREND_YEARS} reviewed years and the corpus reviews ${years.join(', ') || 'none'}: rates only, no trend statistic (compare two years with 'party-diplo compare')`,
        );
      }
      const { sparkline } = await import('../../output/sparkline.js');
      const span = years.length > 1 ? `${years[0]}-${years[years.length - 1]}` : years.join('');
      const table = context.format === 'table';
      // A table without a statistic leaves its columns out; data formats keep them (empty) so that their shape is one.
      const statistics = tested || !table;
      context.emit<EntityTrend>({
        records: trends,
        toJson: (t) => ({ ...roundNumbers(t), p: t.p === null ? null : significant(t.p) }),
        columns: [
          { header: 'type', value: (t) => t.type },
          ...(table ? [] : [{ header: 'id', value: (t: EntityTrend) => t.id }]),
          { header: 'name', value: (t) => t.name },
          { header: 'count', value: (t) => t.count, numeric: true },
          ...(table
            ? [{ header: `per 10k ${span}`, value: (t: EntityTrend) => sparkline(years.map((y) => t.per10k[y])) }]
            : years.map((y) => ({ header: `${y}/10k`, value: (t: EntityTrend) => fixed(t.per10k[y], 4), numeric: true }))),
          ...(statistics ? statisticColumns(table) : []),
        ],
      });
    });
}

function statisticColumns(table: boolean): Column<EntityTrend>[] {
  return [
    { header: 'S', value: (t) => t.s, numeric: true },
    ...(table ? [] : [{ header: 'variance', value: (t: EntityTrend) => (t.variance === null ? null : fixed(t.variance, 4)), numeric: true }]),
    { header: 'tau', value: (t) => (t.tau === null ? null : fixed(t.tau, table ? 2 : 4)), numeric: true },
    { header: 'p', value: (t) => (t.p === null ? null : table ? tableP(t.p) : String(significant(t.p))), numeric: true },
    ...(table ? [] : [{ header: 'method', value: (t: EntityTrend) => t.method }]),
    { header: table ? 'trend' : 'sign', value: (t) => (t.sign === null ? null : table ? direction(t.sign, t.p!) : t.sign) },
  ];
}

/** A p-value as a person reads it: four decimals, or an upper bound when smaller. */
const tableP = (p: number) => (p < 0.0001 ? '<0.0001' : fixed(p, 4));

/** The direction of a trend, starred when significant at p < 0.05. */
const direction = (sign: -1 | 0 | 1, p: number) => `${sign > 0 ? 'up' : sign < 0 ? 'down' : 'none'}${p < 0.05 ? ' *' : ''}`;
