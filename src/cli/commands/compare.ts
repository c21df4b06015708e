import type { Command } from 'commander';
import type { Paint } from '../../output/format.js';
import type { Comparison, EntityChange, PartnerChange, Status } from '../../analysis/compare.js';
import { matchesEntity, parseCount, parseTypes, parseYear, selectMentions } from '../../analysis/select.js';
import { UsageError } from '../../errors.js';
import type { ResolvedCorpus } from '../../extract/resolve.js';
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
    .argument('[year-a]', 'the earlier reviewed year (default: the oldest in the corpus)')
    .argument('[year-b]', 'the later reviewed year (default: the newest in the corpus)')
    .description('what changed between two reviewed years: rates per 10,000 words, Log Ratio and log-likelihood per entity')
    .option('--type <types>', 'entity types to compare (default: party,country,person)')
    .option('--entity <id-or-name>', "how one entity's partners (its co-occurrences in sentences) changed")
    .option('--top <n>', 'only the first n rows')
    .addHelpText('after', `
Examples:
  $ party-diplo compare
  $ party-diplo compare 2017 2021 --type country
  $ party-diplo compare --json | jq -r '.entities[] | select(.type=="country" and .status=="new") | .name'
  $ party-diplo compare --entity "Nguyen Phu Trong"
  $ party-diplo compare --format svg > compare.svg   (--top: per panel)`)
    .action(async (yearA: string | undefined, yearB: string | undefined, options: CompareOptions, command: Command) => {
      const context = await CommandContext.create(command, PICTURE_FORMATS);
      const { compareYears, partnerChanges } = await import('../../analysis/compare.js');
      const types = parseTypes(options.type ?? 'party,country,person');
      const top = parseCount(options.top, '--top');
      const corpus = await context.corpus();
      const [a, b] = chooseYears(yearA, yearB, corpus.documents.map((d) => d.metadata.year));
      const mentions = selectMentions(corpus.mentions, { types });
      const wanted = options.entity;
      if (wanted) {
        if (context.format === 'svg') throw new UsageError('--format svg draws the comparison of all entities, not the partners of one', 'leave out --entity');
        context.warnIfUnknown(wanted, mentions);
        const partnerMentions = selectMentions(corpus.mentions, { types: ['party', 'country', 'person'] });
        const partners = partnerChanges(a, b, corpus.documents, partnerMentions, corpus.entities, (e) => matchesEntity(e, wanted)).slice(0, top);
        emitPartners(context, corpus, a, b, wanted, partners);
        return;
      }
      const comparison = compareYears(a, b, corpus.documents, mentions, corpus.entities);
      if (context.format === 'svg') {
        const { compareFigure } = await import('../../output/charts/compare.js');
        return writePicture(context, compareFigure(comparison, top ?? 15));
      }
      const rows = comparison.entities.slice(0, top);
      context.emit<EntityChange>({
        records: rows,
        toJson: (e) => e,
        document: { a: comparison.a, b: comparison.b, entities: rows },
        preamble: summary(comparison, context.paint),
        columns: [
          { header: 'type', value: (e) => e.type },
          { header: 'name', value: (e) => e.name },
          { header: `${a}`, value: (e) => e.a.count, numeric: true },
          { header: `${b}`, value: (e) => e.b.count, numeric: true },
          { header: `${a}/10k`, value: (e) => e.a.per10k.toFixed(1), numeric: true },
          { header: `${b}/10k`, value: (e) => e.b.per10k.toFixed(1), numeric: true },
          { header: 'status', value: (e) => e.status },
          { header: 'log ratio', value: (e) => e.logRatio.toFixed(2), numeric: true },
          ...(context.format === 'table' ? [{ header: 'change', value: (e: EntityChange) => bar(e.logRatio, context.paint) }] : []),
          { header: 'll', value: (e) => e.ll.toFixed(2), numeric: true },
          { header: 'p<0.05', value: (e) => (e.significant ? (context.format === 'table' ? '*' : 'true') : context.format === 'table' ? '' : 'false') },
        ],
      });
    });
}

function chooseYears(yearA: string | undefined, yearB: string | undefined, documentYears: (number | null)[]): [number, number] {
  const known = [...new Set(documentYears.filter((y): y is number => y !== null))].sort((x, y) => x - y);
  const a = parseYear(yearA, documentYears);
  const b = parseYear(yearB, documentYears);
  if (a !== undefined && b !== undefined) return [a, b];
  if (known.length < 2) throw new UsageError(`compare needs two reviewed years; the corpus reviews ${known.join(', ') || 'none'}`);
  if (a !== undefined) return [a, known.filter((y) => y !== a).pop()!];
  return [known[0], known[known.length - 1]];
}

function summary(c: Comparison, chalk: Paint): string[] {
  const line = (label: string, value: (side: Comparison['a']) => number) => `${label.padEnd(12)}${String(value(c.a)).padStart(8)}${String(value(c.b)).padStart(8)}`;
  const names = (status: Status) => c.entities.filter((e) => e.status === status).map((e) => e.name);
  const newNames = names('new');
  const goneNames = names('gone');
  return [
    chalk.bold(`${''.padEnd(12)}${String(c.a.year).padStart(8)}${String(c.b.year).padStart(8)}`),
    line('documents', (s) => s.docs),
    line('word tokens', (s) => s.tokens),
    line('parties', (s) => s.parties),
    line('countries', (s) => s.countries),
    line('people', (s) => s.people),
    `${chalk.green(`new in ${c.b.year}`)} (${newNames.length}): ${newNames.join(', ') || '-'}`,
    `${chalk.red(`gone after ${c.a.year}`)} (${goneNames.length}): ${goneNames.join(', ') || '-'}`,
    '',
  ];
}

/** A signed bar of the Log Ratio: one mark per half unit, up to 10, green for more frequent in B, red for less. */
function bar(value: number, chalk: Paint): string {
  const length = Math.min(10, Math.round(Math.abs(value) * 2));
  if (length === 0) return '=';
  return value > 0 ? chalk.green('+'.repeat(length)) : chalk.red('-'.repeat(length));
}

function emitPartners(context: CommandContext, corpus: ResolvedCorpus, a: number, b: number, entity: string, rows: PartnerChange[]): void {
  const ego = corpus.mentions.find((m) => matchesEntity(m, entity));
  context.emit<PartnerChange>({
    records: rows,
    toJson: (r) => r,
    document: { entity: ego ? { type: ego.type, id: ego.id, name: ego.name } : null, a: { year: a }, b: { year: b }, partners: rows },
    columns: [
      { header: 'type', value: (r) => r.type },
      { header: 'partner', value: (r) => r.name },
      { header: `${a}`, value: (r) => r.a, numeric: true },
      { header: `${b}`, value: (r) => r.b, numeric: true },
      { header: 'status', value: (r) => r.status },
    ],
  });
}
