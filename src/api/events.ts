import { partnerLedger, homeCountry, type PartnerLedger } from '../analysis/event-summary.js';
import { corpusEvents, occasionsOf, selectEvents, type InteractionEvent } from '../analysis/events.js';
import { quoteSentence } from '../analysis/kwic.js';
import { corpusYears } from '../analysis/select.js';
import type { CorpusResult } from '../extract/corpus.js';
import type { EventType } from '../types.js';
import { checkYear, documentYears } from './years.js';

export interface EventQuery {
  types?: readonly EventType[];
  /** Only events in which this entity (id or name) takes part. */
  entity?: string;
  /** Only documents that review this year. */
  year?: number;
  /** ISO prefixes, inclusive; an undated event is left out when either is given. */
  from?: string;
  to?: string;
}

/** An event as `events --format json` lists it (`rule` with `explain`). */
export type EventRecord = Pick<InteractionEvent, 'doc' | 'year' | 'type' | 'trigger' | 'date' | 'count' | 'generic' | 'participants'> & { sentence: string; rule?: string };

/** The events a query selects, in document order. */
export function selectedEvents(corpus: CorpusResult, query: EventQuery = {}): InteractionEvent[] {
  return selectEvents(corpusEvents(corpus), { ...query, types: query.types && [...query.types], year: checkYear(query.year, documentYears(corpus)) });
}

/** The sentence an event stands in, as quoted in output. */
export function eventSentences(corpus: CorpusResult): (event: InteractionEvent) => string {
  const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
  return (e) => quoteSentence(corpus.texts.get(e.doc) ?? '', documents.get(e.doc)?.sentences[e.sentence], e.trigger);
}

export function eventRecord(event: InteractionEvent, sentence: string, explain = false): EventRecord {
  const { doc, year, type, trigger, date, count, generic, participants } = event;
  return { doc, year, type, trigger, date, count, generic, participants, sentence, ...(explain ? { rule: event.rule } : {}) };
}

/** `events --format json`. */
export function eventRecords(corpus: CorpusResult, query: EventQuery & { explain?: boolean } = {}): EventRecord[] {
  const sentenceOf = eventSentences(corpus);
  return selectedEvents(corpus, query).map((e) => eventRecord(e, sentenceOf(e), query.explain));
}

/** `events --summary --format json`: one row per foreign partner, its events per type and reviewed year (generic events left out). */
export function eventLedger(corpus: CorpusResult, query: EventQuery = {}): PartnerLedger[] {
  return partnerLedger(occasionsOf(selectedEvents(corpus, query)), corpus.entities, homeCountry(corpus.mentions), corpusYears(documentYears(corpus)));
}
