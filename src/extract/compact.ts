import { ALL_KINDS, ENTITY_TYPES, type EntityType, eventsPointIntoMentions, isArrayOf, isCachedField, isObject, isString, type CachedExtraction, type LocalMention, type MentionKind, type Span } from '../types.js';
import { entityKey, isResolvedEntity, type CorpusLinks, type ResolvedEntity } from './resolve.js';
import { detached } from '../text/detached.js';

/**
 * How a document's extraction and a corpus's links are written to the cache: as flat arrays of integers and a
 * table of strings rather than one object per mention, sentence and link. An archive of 10 million words has about
 * 700,000 mentions: as objects with their keys repeated they made most of the cache's bytes and of the time to
 * parse and check it, and every mention's strings were separate copies in memory; as integers they parse at
 * JSON's speed for numbers, and equal strings are one string.
 */
export interface CompactExtraction {
  metadata: CachedExtraction['metadata'];
  tokens: number;
  strings: string[];
  /** MENTION_FIELDS integers per mention: see MENTION_FIELDS. Typed arrays: half the memory of arrays of numbers. */
  mentions: Int32Array;
  /** Start and end of each sentence, in order. */
  sentences: Int32Array;
  paragraphs: Int32Array;
  events: CachedExtraction['events'];
}

/** type, kind, start, end, then the string-table indices of text, key, rule, value, country, role (-1: none). */
const MENTION_FIELDS = 10;
const ABSENT = -1;

export function compactExtraction(extraction: CachedExtraction): CompactExtraction {
  const table = new MentionTable();
  table.add(extraction.mentions);
  return compactOf(extraction, table, flatSpans(extraction.sentences), flatSpans(extraction.paragraphs));
}

/** An extraction whose mentions and spans are compact already: its other fields as the cache keeps them. */
export function compactOf(
  extraction: Pick<CachedExtraction, 'metadata' | 'tokens' | 'events'>,
  table: MentionTable,
  sentences: Int32Array,
  paragraphs: Int32Array,
): CompactExtraction {
  return {
    metadata: Object.fromEntries(Object.entries(extraction.metadata).map(([field, value]) => [field, typeof value === 'string' ? detached(value) : value])) as CompactExtraction['metadata'],
    tokens: extraction.tokens,
    strings: table.strings,
    mentions: table.mentions(),
    sentences,
    paragraphs,
    events: extraction.events.map((event) => ({ ...event, trigger: { ...event.trigger, text: detached(event.trigger.text) } })),
  };
}

/**
 * A compact extraction with its events as one JSON string, as a worker posts it. As objects (about ten a event, and
 * an archive has over 100,000 events) they were the largest part of what the main thread held until the end of the
 * run, copied by its young generation's collections and marked again by each of its dozens of full collections;
 * a string is one object, and costs the worker no more to post.
 */
export type PackedExtraction = Omit<CompactExtraction, 'events'> & { eventsJson: string };

export function packedExtraction({ events, ...rest }: CompactExtraction): PackedExtraction {
  return { ...rest, eventsJson: JSON.stringify(events) };
}

/**
 * The extraction whose events are parsed anew each time they are read (a document at a time, where they are counted
 * or resolved): the same values as the cache gives back, which keeps them as JSON too.
 */
export function unpackedExtraction({ eventsJson, ...rest }: PackedExtraction): CompactExtraction {
  return Object.defineProperty(rest, 'events', { get: () => JSON.parse(eventsJson) as CompactExtraction['events'], enumerable: true }) as CompactExtraction;
}

/** A document's mentions made compact as they come, in order: a huge text's are never all objects at once. */
export class MentionTable {
  readonly strings: string[] = [];
  private readonly indices = new Map<string, number>();
  private flat = new Int32Array(1024 * MENTION_FIELDS);
  count = 0;

  add(mentions: readonly LocalMention[]): void {
    if ((this.count + mentions.length) * MENTION_FIELDS > this.flat.length) {
      const grown = new Int32Array(Math.max(2 * this.flat.length, (this.count + mentions.length) * MENTION_FIELDS));
      grown.set(this.flat);
      this.flat = grown;
    }
    // Written field by field: an array of the fields for each mention was garbage to collect for every mention.
    const flat = this.flat;
    for (const m of mentions) {
      const at = this.count++ * MENTION_FIELDS;
      flat[at] = ENTITY_TYPES.indexOf(m.type);
      flat[at + 1] = ALL_KINDS.indexOf(m.kind);
      flat[at + 2] = m.start;
      flat[at + 3] = m.end;
      flat[at + 4] = this.indexOf(m.text);
      flat[at + 5] = this.indexOf(m.key);
      flat[at + 6] = this.indexOf(m.rule);
      flat[at + 7] = this.indexOf(m.value);
      flat[at + 8] = this.indexOf(m.country);
      flat[at + 9] = this.indexOf(m.role);
    }
  }

  /** The mentions added so far, as `localMention` reads them. */
  get view(): Pick<CompactExtraction, 'mentions' | 'strings'> {
    return { mentions: this.flat.subarray(0, this.count * MENTION_FIELDS), strings: this.strings };
  }

  mentions(): Int32Array {
    return this.flat.slice(0, this.count * MENTION_FIELDS);
  }

  private indexOf(value: string | undefined): number {
    if (value === undefined) return ABSENT;
    let index = this.indices.get(value);
    if (index === undefined) {
      index = this.strings.push(detached(value)) - 1;
      this.indices.set(this.strings[index], index);
    }
    return index;
  }
}

/**
 * A cache entry as a corpus holds it until it is resolved: checked, not expanded into an object per mention
 * (linking and resolving read the mentions one at a time, `localMention`), so that a corpus's mentions are never
 * all objects twice. The cache is untrusted input: an entry is used only if each of its mentions, and its other
 * fields, pass the checks of an extraction (isCachedExtraction): an index past the string table gives a field that
 * is not a string, and the entry is passed over. Its integers must fit in 32 bits, as a fresh extraction's do.
 */
export function checkedExtraction(value: unknown): CompactExtraction | undefined {
  if (!isObject(value) || !isArrayOf(isString)(value.strings) || ![value.mentions, value.sentences, value.paragraphs].every(isInt32s)) return undefined;
  if (!(['metadata', 'tokens', 'events'] as const).every((field) => isCachedField(field, value[field]))) return undefined;
  const extraction = {
    metadata: value.metadata,
    tokens: value.tokens,
    strings: value.strings,
    mentions: int32s(value.mentions),
    sentences: int32s(value.sentences),
    paragraphs: int32s(value.paragraphs),
    events: value.events,
  } as CompactExtraction;
  if (extraction.mentions.length % MENTION_FIELDS !== 0 || !areSpans(extraction.sentences) || !areSpans(extraction.paragraphs)) return undefined;
  const count = mentionCount(extraction);
  for (let m = 0; m < count; m++) if (!isCachedField('mentions', [localMention(extraction, m)])) return undefined;
  return eventsPointIntoMentions(extraction.events, count) ? extraction : undefined;
}

export const mentionCount = (extraction: CompactExtraction): number => extraction.mentions.length / MENTION_FIELDS;

export const mentionStart = ({ mentions }: Pick<CompactExtraction, 'mentions'>, m: number): number => mentions[m * MENTION_FIELDS + 2];

export const mentionType = (extraction: Pick<CompactExtraction, 'mentions'>, m: number): EntityType => ENTITY_TYPES[extraction.mentions[m * MENTION_FIELDS]];

export const mentionKind = (extraction: Pick<CompactExtraction, 'mentions'>, m: number): MentionKind => ALL_KINDS[extraction.mentions[m * MENTION_FIELDS + 1]];

/** Mention `m`'s written form, key and country (undefined: none), read as `localMention` reads them, without the rest. */
export function mentionText({ mentions, strings }: Pick<CompactExtraction, 'mentions' | 'strings'>, m: number): string {
  return stringOf(strings, mentions[m * MENTION_FIELDS + 4]) as string;
}

export function mentionKey({ mentions, strings }: Pick<CompactExtraction, 'mentions' | 'strings'>, m: number): string {
  return stringOf(strings, mentions[m * MENTION_FIELDS + 5]) as string;
}

export function mentionCountry({ mentions, strings }: Pick<CompactExtraction, 'mentions' | 'strings'>, m: number): string | undefined {
  return stringOf(strings, mentions[m * MENTION_FIELDS + 8]);
}

const stringOf = (strings: readonly string[], index: number): string | undefined => (index === ABSENT ? undefined : (strings[index] ?? (null as unknown as string)));

/** Mention `m` as an object, with its fields in the order a fresh extraction gives them and optional ones only when present, as JSON kept them. */
export function localMention({ mentions: flat, strings }: Pick<CompactExtraction, 'mentions' | 'strings'>, m: number): LocalMention {
  const at = m * MENTION_FIELDS;
  const stringAt = (index: number) => stringOf(strings, index);
  const mention = { type: ENTITY_TYPES[flat[at]], kind: ALL_KINDS[flat[at + 1]], start: flat[at + 2], end: flat[at + 3], text: stringAt(flat[at + 4]), key: stringAt(flat[at + 5]) } as LocalMention;
  const value = stringAt(flat[at + 7]);
  const country = stringAt(flat[at + 8]);
  const role = stringAt(flat[at + 9]);
  if (value !== undefined) mention.value = value;
  if (country !== undefined) mention.country = country;
  if (role !== undefined) mention.role = role;
  mention.rule = stringAt(flat[at + 6]) as string;
  return mention;
}

/** Integers as the cache holds them (JSON arrays), or as a corpus holds a fresh extraction (Int32Array). */
const isInt32s = (value: unknown): boolean => value instanceof Int32Array || (Array.isArray(value) && value.every((n) => (n | 0) === n));

const int32s = (value: unknown): Int32Array => (value instanceof Int32Array ? value : Int32Array.from(value as number[]));

/** Starts and ends, flat: an odd count leaves a span without its end. */
function areSpans(flat: Int32Array): boolean {
  if (flat.length % 2 !== 0) return false;
  for (let at = 0; at < flat.length; at += 2) if (flat[at] < 0 || flat[at] > flat[at + 1]) return false;
  return true;
}

/** A document's sentences or paragraphs as objects. */
export function spansOf(flat: Int32Array): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < flat.length; at += 2) spans.push({ start: flat[at], end: flat[at + 1] });
  return spans;
}

export function flatSpans(spans: readonly Span[]): Int32Array {
  const flat = new Int32Array(spans.length * 2);
  spans.forEach(({ start, end }, i) => {
    flat[i * 2] = start;
    flat[i * 2 + 1] = end;
  });
  return flat;
}

/** A corpus's links with each mention's entity given by its index in the list of entities. */
export interface CompactLinks {
  entities: ResolvedEntity[];
  ids: number[][];
  notes: Record<string, string>;
}

/** `mentionTypes`: each document's mentions' types, in order (an id is unique within its type). */
export function compactLinks(links: CorpusLinks, mentionTypes: readonly (readonly EntityType[])[]): CompactLinks {
  const indices = new Map(links.entities.map((entity, index) => [entityKey(entity.type, entity.id), index]));
  return {
    entities: links.entities,
    ids: links.ids.map((row, d) => row.map((id, m) => indices.get(entityKey(mentionTypes[d][m], id))!)),
    notes: links.notes,
  };
}

/**
 * Cached links are untrusted input: used only if every mention of these documents points to a listed entity of
 * the mention's own type, and every note is a string.
 */
export function expandLinks(value: unknown, mentionTypes: readonly (readonly EntityType[])[]): CorpusLinks | undefined {
  if (!isObject(value) || !isArrayOf(isResolvedEntity)(value.entities) || !Array.isArray(value.ids) || value.ids.length !== mentionTypes.length) return undefined;
  if (!isObject(value.notes) || !Object.values(value.notes).every(isString)) return undefined;
  const entities = value.entities as ResolvedEntity[];
  const rows = value.ids as unknown[];
  const ids: string[][] = [];
  for (let d = 0; d < rows.length; d++) {
    const row = rows[d];
    const types = mentionTypes[d];
    if (!Array.isArray(row) || row.length !== types.length) return undefined;
    const linked: string[] = new Array(row.length);
    for (let m = 0; m < row.length; m++) {
      const entity = Number.isSafeInteger(row[m]) ? entities[row[m] as number] : undefined;
      if (entity === undefined || entity.type !== types[m]) return undefined;
      linked[m] = entity.id;
    }
    ids.push(linked);
  }
  return { ids, entities, notes: value.notes as Record<string, string> };
}
