import type { Command } from 'commander';
import type { InteractionEvent } from '../../analysis/events.js';
import type { PartnerLedger, YearLedger } from '../../analysis/event-summary.js';
import { corpusYears, parseYear } from '../../analysis/select.js';
import { UsageError } from '../../errors.js';
import { FORMATS, type Column } from '../../output/format.js';
import { EVENT_TYPES, type EventType } from '../../types.js';
import { CommandContext } from '../context.js';
import { parsePrefix } from './timeline.js';

interface EventsOptions {
  type?: string;
  entity?: string;
  year?: string;
  from?: string;
  to?: string;
  explain?: boolean;
  summary?: boolean;
}

export function parseEventTypes(value: string | undefined): EventType[] | undefined {
  if (value === undefined) return undefined;
  const types = value.split(',').map((t) => t.trim()).filter(Boolean);
  for (const type of types) {
    if (!EVENT_TYPES.includes(type as EventType)) throw new UsageError(`invalid event type '${type}'`, `use one or more of: ${EVENT_TYPES.join(', ')}`);
  }
  return types as EventType[];
}

export function registerEvents(program: Command): void {
  program
    .command('events')
    .description('interaction events: who visited, met, called, wrote to or signed with whom, and when')
    .option('--type <types>', `event types (comma-separated): ${EVENT_TYPES.join(', ')}`)
    .option('--entity <id-or-name>', 'only events in which this entity takes part')
    .option('--year <year>', 'only documents that review this year')
    .option('--from <date>', 'only events dated from this ISO date or prefix')
    .option('--to <date>', 'only events dated up to this ISO date or prefix, inclusive')
    .option('--explain', 'name the rule that found each event and gave its roles')
    .option('--summary', 'one row per foreign partner: events per type and reviewed year, visits by direction')
    .addHelpText('after', `
Examples:
  $ party-diplo events --type visit
  $ party-diplo events --entity cpc --format jsonl
  $ party-diplo events --summary
  $ party-diplo events --format dot | dot -Tsvg > events.svg
  $ party-diplo events --type visit --format jsonl | jq -c 'select(.date // "" | startswith("2021")) | .participants'`)
    .action(async (options: EventsOptions, command: Command) => {
      const context = await CommandContext.create(command, [...FORMATS, 'dot']);
      const [{ describeParticipants, occasionsOf }, api] = await Promise.all([import('../../analysis/events.js'), import('../../api/events.js')]);
      const types = parseEventTypes(options.type);
      const from = parsePrefix(options.from, '--from');
      const to = parsePrefix(options.to, '--to');
      const corpus = await context.corpus(true);
      const documentYears = corpus.documents.map((d) => d.metadata.year);
      const query = { types, entity: options.entity, year: parseYear(options.year, documentYears), from, to };
      if (options.entity) context.warnIfUnknown(options.entity, corpus.mentions);
      if (context.format === 'dot') {
        if (options.summary || options.explain) throw new UsageError('--format dot draws the events themselves; --summary and --explain do not apply to it', 'leave them out, or use another --format');
        const [{ eventsToDot }, { eventEdges }] = await Promise.all([import('../../output/event-dot.js'), import('../../analysis/event-summary.js')]);
        context.write(eventsToDot(eventEdges(occasionsOf(api.selectedEvents(corpus, query)))));
        return;
      }
      if (options.summary) {
        emitLedger(context, api.eventLedger(corpus, query), corpusYears(documentYears));
        return;
      }
      const events = api.selectedEvents(corpus, query);
      const sentenceOf = api.eventSentences(corpus);
      const wide = context.format === 'table';
      context.emit<InteractionEvent>({
        records: events,
        toJson: (e) => api.eventRecord(e, sentenceOf(e), options.explain),
        columns: [
          { header: 'doc', value: (e) => e.doc, maxWidth: 24 },
          { header: 'date', value: (e) => e.date },
          { header: 'type', value: (e) => e.type },
          { header: 'trigger', value: (e) => e.trigger.text, maxWidth: 30 },
          { header: 'participants', value: describeParticipants, maxWidth: wide ? 60 : undefined },
          { header: 'count', value: (e) => e.count, numeric: true },
          ...(wide ? [] : [{ header: 'start', value: (e: InteractionEvent) => e.trigger.start }, { header: 'generic', value: (e: InteractionEvent) => String(e.generic) }]),
          { header: 'sentence', value: sentenceOf, maxWidth: wide ? 70 : undefined },
          ...(options.explain ? [{ header: 'rule', value: (e: InteractionEvent) => e.rule }] : []),
        ],
      });
    });
}

const LEDGER_TYPES = EVENT_TYPES.filter((t) => t !== 'visit');

/** `visit 2 (to 1, from 1), call 1`: a year's counts in one table cell. */
function cell(ledger: YearLedger | undefined): string {
  if (!ledger) return '';
  const parts: string[] = [];
  if (ledger.visit > 0) parts.push(`visit ${ledger.visit} (to ${ledger.visitsTo}, from ${ledger.visitsFrom})`);
  for (const type of LEDGER_TYPES) if (ledger[type] > 0) parts.push(`${type} ${ledger[type]}`);
  return parts.join(', ');
}

function emitLedger(context: CommandContext, rows: PartnerLedger[], years: string[]): void {
  const table = context.format === 'table';
  const perYear = years.flatMap((year): Column<PartnerLedger>[] =>
    table
      ? [{ header: year, value: (r: PartnerLedger) => cell(r.years[year]) }]
      : [
          { header: `${year} visits to`, value: (r: PartnerLedger) => r.years[year]?.visitsTo ?? 0 },
          { header: `${year} visits from`, value: (r: PartnerLedger) => r.years[year]?.visitsFrom ?? 0 },
          ...EVENT_TYPES.map((type) => ({ header: `${year} ${type}`, value: (r: PartnerLedger) => r.years[year]?.[type] ?? 0 })),
        ],
  );
  context.emit<PartnerLedger>({
    records: rows,
    toJson: (r) => r,
    columns: [
      { header: 'type', value: (r) => r.type },
      { header: 'partner', value: (r) => r.name },
      { header: 'events', value: (r) => r.total, numeric: true },
      ...perYear,
    ],
  });
}
