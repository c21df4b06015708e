import type { ResolvedCorpus } from '../extract/resolve.js';
import type { EntityType, EventRole, EventType, ExtractedDocument, Mention } from '../types.js';
import { compareText } from './entities.js';
import { matchesEntity } from './select.js';

export interface Participant {
  role: EventRole;
  type: EntityType;
  id: string;
  name: string;
  start: number;
  end: number;
  text: string;
  /** A person's party as the person's title names it. */
  party?: { id: string; name: string };
}

/** An event with its participants linked to the canonical entities of `entities` and `mentions`. */
export interface InteractionEvent {
  doc: string;
  year: number | null;
  type: EventType;
  trigger: { start: number; end: number; text: string };
  date: string | null;
  count: number | null;
  generic: boolean;
  participants: Participant[];
  /** Index of the sentence in its document; the command quotes it. */
  sentence: number;
  rule: string;
}

/** Every event of a corpus, in document order, its participants resolved through the corpus's mentions. */
export function corpusEvents(corpus: ResolvedCorpus): InteractionEvent[] {
  const events: InteractionEvent[] = [];
  let offset = 0;
  for (const document of corpus.documents) {
    const first = offset;
    for (const event of documentEvents(document, (m) => corpus.mentions[first + m])) events.push(event);
    offset += document.mentions.length;
  }
  return events;
}

/** A document's events, their participants resolved through `mentionAt` (the document's mention by its index). */
export function documentEvents(document: Pick<ExtractedDocument, 'doc' | 'metadata' | 'events'>, mentionAt: (m: number) => Mention): InteractionEvent[] {
  return (document.events ?? []).map((event) => ({
    doc: document.doc,
    year: document.metadata.year,
    type: event.type,
    trigger: event.trigger,
    date: event.date,
    count: event.count,
    generic: event.generic,
    participants: event.participants.map(({ role, mention, party }) => participantOf(role, mentionAt(mention), party === undefined ? undefined : mentionAt(party))),
    sentence: event.sentence,
    rule: event.rule,
  }));
}

function participantOf(role: EventRole, m: Mention, party: Mention | undefined): Participant {
  const participant: Participant = { role, type: m.type, id: m.id, name: m.name, start: m.start, end: m.end, text: m.text };
  if (party) participant.party = { id: party.id, name: party.name };
  return participant;
}

export interface EventSelection {
  types?: readonly EventType[];
  entity?: string;
  year?: number;
  /** ISO prefixes, inclusive; an event without a date is left out when either is given. */
  from?: string;
  to?: string;
}

export function selectEvents(events: readonly InteractionEvent[], selection: EventSelection): InteractionEvent[] {
  const { types, entity, year, from, to } = selection;
  return events.filter(
    (e) =>
      (!types || types.includes(e.type)) &&
      (year === undefined || e.year === year) &&
      (entity === undefined || e.participants.some((p) => matchesEntity(p, entity))) &&
      (from === undefined || (e.date !== null && e.date.slice(0, from.length) >= from)) &&
      (to === undefined || (e.date !== null && e.date.slice(0, to.length) <= to)),
  );
}

/** Events that name an occasion: generic statements (`leaders regularly talk by phone`) are listed, not counted. */
export const occasionsOf = (events: readonly InteractionEvent[]): InteractionEvent[] => events.filter((e) => !e.generic);

/** Events by date (undated last), then document and position. */
export function chronological(events: readonly InteractionEvent[]): InteractionEvent[] {
  return [...events].sort(
    (a, b) =>
      (a.date === null ? 1 : 0) - (b.date === null ? 1 : 0) ||
      compareText(a.date ?? '', b.date ?? '') ||
      compareText(a.doc, b.doc) ||
      a.trigger.start - b.trigger.start ||
      compareText(a.type, b.type),
  );
}

/** `visitor: Nguyen Phu Trong; host: Cambodia` */
export function describeParticipants(event: InteractionEvent): string {
  return [...new Set(event.participants.map((p) => (p.role === 'participant' ? p.name : `${p.role}: ${p.name}`)))].join('; ');
}
