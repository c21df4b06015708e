import type { Command } from 'commander';
import { matchesEntity } from '../../analysis/select.js';
import type { TimelineEvent } from '../../analysis/timeline.js';
import { UsageError } from '../../errors.js';
import { PICTURE_FORMATS } from '../../output/format.js';
import { CommandContext } from '../context.js';
import { writePicture } from '../picture.js';

interface TimelineOptions {
  from?: string;
  to?: string;
  entity?: string;
}

const ISO_PREFIX = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

function parsePrefix(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !ISO_PREFIX.test(value)) throw new UsageError(`invalid date '${value}' for ${option}`, 'use YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

export function registerTimeline(program: Command): void {
  program
    .command('timeline')
    .description('every absolute date in chronological order, with its sentence and the entities named there')
    .option('--from <date>', 'from this ISO date or prefix (YYYY, YYYY-MM, YYYY-MM-DD)')
    .option('--to <date>', 'up to this ISO date or prefix, inclusive')
    .option('--entity <id-or-name>', 'only dates whose sentence names this entity')
    .addHelpText('after', `
Examples:
  $ party-diplo timeline --from 2021-06 --to 2021-12
  $ party-diplo timeline --entity "Communist Party of Cuba"
  $ party-diplo timeline --format svg > timeline.svg
  $ party-diplo timeline --json | jq -r '.[] | select(.value | startswith("2017")) | .value' | uniq -c`)
    .action(async (options: TimelineOptions, command: Command) => {
      const context = await CommandContext.create(command, PICTURE_FORMATS);
      const [{ timeline }, { quoteSentence }] = await Promise.all([import('../../analysis/timeline.js'), import('../../analysis/kwic.js')]);
      const from = parsePrefix(options.from, '--from');
      const to = parsePrefix(options.to, '--to');
      const corpus = await context.corpus(true);
      if (options.entity) context.warnIfUnknown(options.entity, corpus.mentions);
      const wanted = options.entity;
      const events = timeline(corpus.mentions, corpus.entities, { from, to, entity: wanted === undefined ? undefined : (e) => matchesEntity(e, wanted) });
      if (context.format === 'svg') {
        const [{ dateMarks, reviewedYears, timelineFigure, DATE_TRACKS }, { corpusYears }] = await Promise.all([import('../../output/charts/timeline.js'), import('../../analysis/select.js')]);
        const focus = reviewedYears(corpusYears(corpus.documents.map((d) => d.metadata.year)));
        return writePicture(context, timelineFigure(dateMarks(events), Object.values(DATE_TRACKS), focus));
      }
      const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
      const sentenceOf = (e: TimelineEvent) => quoteSentence(corpus.texts.get(e.doc) ?? '', documents.get(e.doc)?.sentences[e.sentence], e);
      context.emit<TimelineEvent>({
        records: events,
        toJson: (e) => ({ value: e.value, text: e.text, doc: e.doc, start: e.start, end: e.end, sentence: sentenceOf(e), entities: e.entities }),
        columns: [
          { header: 'value', value: (e) => e.value },
          { header: 'text', value: (e) => e.text },
          { header: 'doc', value: (e) => e.doc, maxWidth: 24 },
          { header: 'entities', value: (e) => e.entities.map((x) => x.name).join('; '), maxWidth: context.format === 'table' ? 60 : undefined },
          { header: 'sentence', value: sentenceOf, maxWidth: context.format === 'table' ? 80 : undefined },
        ],
      });
    });
}
