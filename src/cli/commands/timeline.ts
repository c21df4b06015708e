import type { Command } from 'commander';
import type { TimelineRecord } from '../../api/timeline.js';
import { UsageError } from '../../errors.js';
import { PICTURE_FORMATS } from '../../output/format.js';
import { CommandContext } from '../context.js';
import { writePicture } from '../picture.js';

interface TimelineOptions {
  from?: string;
  to?: string;
  entity?: string;
  events?: boolean;
}

const ISO_PREFIX = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

export function parsePrefix(value: string | undefined, option: string): string | undefined {
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
    .option('--events', 'dated interaction events (type, participants) instead of bare dates')
    .addHelpText('after', `
Examples:
  $ party-diplo timeline --from 2021-06 --to 2021-12
  $ party-diplo timeline --entity "Communist Party of Cuba"
  $ party-diplo timeline --json | jq -r '.[] | select(.value | startswith("2017")) | .value' | uniq -c
  $ party-diplo timeline --format svg > timeline.svg
  $ party-diplo timeline --events --entity "Communist Party of Cuba"`)
    .action(async (options: TimelineOptions, command: Command) => {
      const context = await CommandContext.create(command, PICTURE_FORMATS);
      const { timelineRecords } = await import('../../api/timeline.js');
      const from = parsePrefix(options.from, '--from');
      const to = parsePrefix(options.to, '--to');
      const corpus = await context.corpus(true);
      if (options.entity) context.warnIfUnknown(options.entity, corpus.mentions);
      if (options.events && context.format !== 'svg') {
        const { datedEvents } = await import('./timeline-events.js');
        datedEvents(context, corpus, { from, to, entity: options.entity });
        return;
      }
      const records = timelineRecords(corpus, { from, to, entity: options.entity });
      if (context.format === 'svg') {
        const [charts, { corpusYears }, { occasionsOf }, { selectedEvents }] = await Promise.all([
          import('../../output/charts/timeline.js'),
          import('../../analysis/select.js'),
          import('../../analysis/events.js'),
          import('../../api/events.js'),
        ]);
        const focus = charts.reviewedYears(corpusYears(corpus.documents.map((d) => d.metadata.year)));
        // The picture shows the dates named and, on tracks of their own, the events of those dates.
        const events = occasionsOf(selectedEvents(corpus, { from, to, entity: options.entity }));
        const marks = [...charts.dateMarks(records), ...charts.eventMarks(events)];
        return writePicture(context, charts.timelineFigure(marks, [...Object.values(charts.DATE_TRACKS), ...Object.values(charts.EVENT_TRACKS)], focus));
      }
      context.emit<TimelineRecord>({
        records,
        toJson: (e) => e,
        columns: [
          { header: 'value', value: (e) => e.value },
          { header: 'text', value: (e) => e.text },
          { header: 'doc', value: (e) => e.doc, maxWidth: 24 },
          { header: 'entities', value: (e) => e.entities.map((x) => x.name).join('; '), maxWidth: context.format === 'table' ? 60 : undefined },
          { header: 'sentence', value: (e) => e.sentence, maxWidth: context.format === 'table' ? 80 : undefined },
        ],
      });
    });
}
