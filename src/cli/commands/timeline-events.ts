import { chronological, describeParticipants, occasionsOf, type InteractionEvent } from '../../analysis/events.js';
import { eventSentences, selectedEvents, type EventQuery } from '../../api/events.js';
import type { CorpusResult } from '../../extract/corpus.js';
import type { CommandContext } from '../context.js';

/**
 * `timeline --events`: dated events in chronological order, with their type, participants and sentence; generic
 * statements name no occasion, so they have no place in time (as in the timeline's picture).
 */
export function datedEvents(context: CommandContext, corpus: CorpusResult, query: EventQuery): void {
  const events = chronological(occasionsOf(selectedEvents(corpus, query)).filter((e) => e.date !== null));
  const sentenceOf = eventSentences(corpus);
  const table = context.format === 'table';
  context.emit<InteractionEvent>({
    records: events,
    toJson: (e) => ({ value: e.date, type: e.type, trigger: e.trigger, count: e.count, doc: e.doc, participants: e.participants, sentence: sentenceOf(e) }),
    columns: [
      { header: 'value', value: (e) => e.date },
      { header: 'type', value: (e) => e.type },
      { header: 'trigger', value: (e) => e.trigger.text, maxWidth: 30 },
      { header: 'participants', value: describeParticipants, maxWidth: table ? 60 : undefined },
      { header: 'doc', value: (e) => e.doc, maxWidth: 24 },
      { header: 'sentence', value: sentenceOf, maxWidth: table ? 70 : undefined },
    ],
  });
}
