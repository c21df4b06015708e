import type { Command } from 'commander';
import type { Paint } from '../../output/format.js';
import type { Comparison, EntityChange, PartnerChange, Status } from '../../analysis/compare.js';
import { documentsReviewing, entitiesNamed } from '../../analysis/indexed.js';
import { parseCount, parseTypes } from '../../analysis/select.js';
import type { PartnerComparison } from '../../api/comparison.js';
import { fixed, roundNumbers } from '../../output/numbers.js';
import { UsageError } from '../../errors.js';
import { PICTURE_FORMATS } from '../../output/format.js';
import { CommandContext } from '../context.js';
import { writePicture } from '../picture.js';

interface CompareOptions {
  type?: string;
  entity?: string;
  top?: string;
}

export function registerCompare(program: Command): void {
  program
    .command('compare')
    .argument('[year-a]', 'the earlier reviewed year or period: 2017, 2012-2016, 2017,2018 (default: the oldest year in the corpus)')
    .argument('[year-b]', 'the later reviewed year or period (default: the newest year in the corpus)')
    .description('what changed between two reviewed years or periods: rates per 10,000 words, documents naming each entity, Log Ratio and log-likelihood')
    .option('--type <types>', 'entity types to compare (default: party,country,person)')
    .option('--entity <id-or-name>', "how one entity's partners (its co-occurrences in sentences) changed")
    .option('--top <n>', 'only the first n rows')
    .addHelpText('after', `
Examples:
  $ party-diplo compare
  $ party-diplo compare 2017 2021 --type country
  $ party-diplo compare 2012-2016 2017-2021
  $ party-diplo compare 2017,2018 2021
  $ party-diplo compare --json | jq -r '.entities[] | select(.type=="country" and .status=="new") | .name'
  $ party-diplo compare --entity "Nguyen Phu Trong"
  $ party-diplo compare --format svg > compare.svg   (--top: per panel)`)
    .action(async (yearA: string | undefined, yearB: string | undefined, options: CompareOptions, command: Command) => {
      const context = await CommandContext.create(command, PICTURE_FORMATS);
      const [{ comparison, partnerComparison }, { eventLines }] = await Promise.all([import('../../api/comparison.js'), import('./compare-events.js')]);
      const types = parseTypes(options.type ?? 'party,country,person');
      const top = parseCount(options.top, '--top');
      const index = await context.index();
      const sides = { a: yearA, b: yearB };
      if (options.entity) {
        if (context.format === 'svg') throw new UsageError('--format svg draws the comparison of all entities, not the partners of one', 'leave out --entity');
        // Partners are parties, countries and people whatever --type says: the entity is looked for among them.
        context.warnIfUnknown(options.entity, entitiesNamed(index, documentsReviewing(index), ['party', 'country', 'person']));
        emitPartners(context, partnerComparison(index, options.entity, { ...sides, top }));
        return;
      }
      // The summary names every new and gone entity, not only those of the first rows.
      const result = comparison(index, { ...sides, types });
      if (context.format === 'svg') {
        const { compareFigure } = await import('../../output/charts/compare.js');
        return writePicture(context, compareFigure(result, top ?? 15));
      }
      const rows = result.entities.slice(0, top);
      // Tables show the documents naming each entity only where a side has several; data formats always have them.
      const dispersion = context.format !== 'table' || result.a.docs > 1 || result.b.docs > 1;
      context.emit<EntityChange>({
        records: rows,
        toJson: (e) => roundNumbers(e),
        document: roundNumbers({ ...result, entities: rows }),
        preamble: [...summary(result, context.paint), ...eventLines(result.events, result.a.period, result.b.period, context.paint)],
        columns: [
          { header: 'type', value: (e) => e.type },
          { header: 'name', value: (e) => e.name },
          { header: result.a.period, value: (e) => e.a.count, numeric: true },
          { header: result.b.period, value: (e) => e.b.count, numeric: true },
          { header: `${result.a.period}/10k`, value: (e) => fixed(e.a.per10k, 1), numeric: true },
          { header: `${result.b.period}/10k`, value: (e) => fixed(e.b.per10k, 1), numeric: true },
          ...(dispersion
            ? [
                { header: `${result.a.period} docs`, value: (e: EntityChange) => e.a.docs, numeric: true },
                { header: `${result.b.period} docs`, value: (e: EntityChange) => e.b.docs, numeric: true },
              ]
            : []),
          { header: 'status', value: (e) => e.status },
          { header: 'log ratio', value: (e) => fixed(e.logRatio, 2), numeric: true },
          ...(context.format === 'table' ? [{ header: 'change', value: (e: EntityChange) => bar(e.logRatio, context.paint) }] : []),
          { header: 'll', value: (e) => fixed(e.ll, 2), numeric: true },
          { header: 'p<0.05', value: (e) => (e.significant ? (context.format === 'table' ? '*' : 'true') : context.format === 'table' ? '' : 'false') },
        ],
      });
    });
}

function summary(c: Comparison, chalk: Paint): string[] {
  const width = Math.max(8, c.a.period.length + 2, c.b.period.length + 2);
  const line = (label: string, value: (side: Comparison['a']) => number | string) => `${label.padEnd(12)}${String(value(c.a)).padStart(width)}${String(value(c.b)).padStart(width)}`;
  const names = (status: Status) => c.entities.filter((e) => e.status === status).map((e) => e.name);
  const newNames = names('new');
  const goneNames = names('gone');
  return [
    chalk.bold(line('', (s) => s.period)),
    line('documents', (s) => s.docs),
    line('word tokens', (s) => s.tokens),
    line('parties', (s) => s.parties),
    line('countries', (s) => s.countries),
    line('people', (s) => s.people),
    `${chalk.green(`new in ${c.b.period}`)} (${newNames.length}): ${newNames.join(', ') || '-'}`,
    `${chalk.red(`gone after ${c.a.period}`)} (${goneNames.length}): ${goneNames.join(', ') || '-'}`,
    '',
  ];
}

/** A signed bar of the Log Ratio: one mark per half unit, up to 10, green for more frequent in B, red for less. */
function bar(value: number, chalk: Paint): string {
  const length = Math.min(10, Math.round(Math.abs(value) * 2));
  if (length === 0) return '=';
  return value > 0 ? chalk.green('+'.repeat(length)) : chalk.red('-'.repeat(length));
}

function emitPartners(context: CommandContext, result: PartnerComparison): void {
  const [a, b] = [result.a, result.b];
  context.emit<PartnerChange>({
    records: result.partners,
    toJson: (r) => roundNumbers(r),
    document: roundNumbers(result),
    columns: [
      { header: 'type', value: (r) => r.type },
      { header: 'partner', value: (r) => r.name },
      { header: a.period, value: (r) => r.a, numeric: true },
      { header: b.period, value: (r) => r.b, numeric: true },
      { header: `${a.period}/10k`, value: (r) => fixed(r.per10k.a, 1), numeric: true },
      { header: `${b.period}/10k`, value: (r) => fixed(r.per10k.b, 1), numeric: true },
      { header: 'status', value: (r) => r.status },
    ],
  });
}
