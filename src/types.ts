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
const EVENT_ROLES: readonly EventRole[] = ['visitor', 'host', 'sender', 'recipient', 'participant'];

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

/** A document's extraction as the cache keeps it: all but its name, which is the corpus's to give. */
export type CachedExtraction = Omit<ExtractedDocument, 'doc'>;

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);
export const isString = (value: unknown): value is string => typeof value === 'string';
const isOptional = (check: (value: unknown) => boolean) => (value: unknown) => value === undefined || check(value);
const isNullable = (check: (value: unknown) => boolean) => (value: unknown) => value === null || check(value);
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;
const isSpan = (value: unknown): value is Span => isObject(value) && isCount(value.start) && isCount(value.end) && value.start <= value.end;
export const isArrayOf = (check: (value: unknown) => boolean) => (value: unknown) => Array.isArray(value) && value.every(check);

/** What each field of a cached extraction must hold; a field added to ExtractedDocument adds its line here. */
const CACHED_EXTRACTION_FIELDS: Record<keyof CachedExtraction, (value: unknown) => boolean> = {
  metadata: (value) =>
    isObject(value) &&
    ['title', 'author', 'publication', 'published'].every((field) => isNullable(isString)(value[field])) &&
    isNullable(Number.isSafeInteger)(value.year),
  tokens: isCount,
  sentences: isArrayOf(isSpan),
  paragraphs: isArrayOf(isSpan),
  mentions: isArrayOf(
    (m) =>
      isObject(m) &&
      isSpan(m) &&
      ENTITY_TYPES.includes(m.type as EntityType) &&
      ALL_KINDS.includes(m.kind as MentionKind) &&
      [m.text, m.key, m.rule].every(isString) &&
      [m.value, m.country, m.role].every(isOptional(isString)),
  ),
  events: isArrayOf(
    (e) =>
      isObject(e) &&
      EVENT_TYPES.includes(e.type as EventType) &&
      isObject(e.trigger) &&
      isString(e.trigger.text) &&
      isSpan(e.trigger) &&
      isNullable(isString)(e.date) &&
      isNullable(isCount)(e.count) &&
      typeof e.generic === 'boolean' &&
      isCount(e.sentence) &&
      isString(e.rule) &&
      isArrayOf((p) => isObject(p) && EVENT_ROLES.includes(p.role as EventRole) && isCount(p.mention) && isOptional(isCount)(p.party))(e.participants),
  ),
};

/** The cache is untrusted input: an entry is used only if it has the shape of an extraction. */
export function isCachedExtraction(value: unknown): value is CachedExtraction {
  if (!isObject(value) || !Object.entries(CACHED_EXTRACTION_FIELDS).every(([field, check]) => check(value[field]))) return false;
  return eventsPointIntoMentions((value as unknown as CachedExtraction).events, (value as unknown as CachedExtraction).mentions.length);
}

/** One field checked as isCachedExtraction checks it: for an entry kept compact (src/extract/compact.ts). */
export const isCachedField = (field: keyof CachedExtraction, value: unknown): boolean => CACHED_EXTRACTION_FIELDS[field](value);

/** Events point into the mentions by index: an index past them would make a participant of nothing. */
export const eventsPointIntoMentions = (events: readonly LocalEvent[], mentions: number): boolean =>
  events.every((e) => e.participants.every((p) => p.mention < mentions && (p.party === undefined || p.party < mentions)));
