export type EntityType = 'party' | 'country' | 'person' | 'date';
export const ENTITY_TYPES: readonly EntityType[] = ['party', 'country', 'person', 'date'];
/** The order types are listed in, for tie-breaks. */
export const TYPE_ORDER: Record<EntityType, number> = { party: 0, country: 1, person: 2, date: 3 };

/** `name` and `abbreviation` are counted; the other kinds are reported only when asked for. */
export type MentionKind = 'name' | 'abbreviation' | 'reference' | 'demonym' | 'relative';
export const COUNTED_KINDS: readonly MentionKind[] = ['name', 'abbreviation'];
export const ALL_KINDS: readonly MentionKind[] = ['name', 'abbreviation', 'reference', 'demonym', 'relative'];

export interface Span {
  start: number;
  end: number;
}

/** A mention as one document's extraction finds it, before entities are resolved across the corpus. */
export interface LocalMention extends Span {
  type: EntityType;
  kind: MentionKind;
  text: string;
  /** Identity within the extraction: a knowledge-base id, an ISO code, a folded name or a date value. */
  key: string;
  /** The rule or knowledge-base entry that produced the mention (for `mentions --explain`). */
  rule: string;
  value?: string;
  country?: string;
  role?: string;
}

export interface DocumentMetadata {
  title: string | null;
  author: string | null;
  publication: string | null;
  published: string | null;
  year: number | null;
}

/** Everything extraction keeps of a document: small enough to cache, enough for every analysis. */
export interface ExtractedDocument {
  doc: string;
  metadata: DocumentMetadata;
  tokens: number;
  sentences: Span[];
  paragraphs: Span[];
  mentions: LocalMention[];
  /** Interaction events of the document's sentences (src/extract/events/). */
  events: LocalEvent[];
}

export type EventType = 'visit' | 'meeting' | 'call' | 'message' | 'agreement' | 'conference' | 'exchange';
export const EVENT_TYPES: readonly EventType[] = ['visit', 'meeting', 'call', 'message', 'agreement', 'conference', 'exchange'];
export type EventRole = 'visitor' | 'host' | 'sender' | 'recipient' | 'participant';

/** An event as one document's extraction finds it: participants point into the document's mentions by index. */
export interface LocalEvent {
  type: EventType;
  trigger: Span & { text: string };
  /** ISO value of the date the sentence attaches to the event. */
  date: string | null;
  count: number | null;
  generic: boolean;
  /** `party`: the mention of a person's party named in the person's title (`Chairman of the CPP Hun Sen`). */
  participants: { role: EventRole; mention: number; party?: number }[];
  /** Index of the event's sentence in the document. */
  sentence: number;
  /** The rule that found the event and gave its roles (for `events --explain`). */
  rule: string;
}

export interface Entity {
  type: EntityType;
  id: string;
  name: string;
  country?: string;
}

/** A mention linked to its canonical entity. */
export interface Mention extends LocalMention {
  doc: string;
  year: number | null;
  id: string;
  name: string;
  sentence: number;
  paragraph: number;
}
