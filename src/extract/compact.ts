import { ALL_KINDS, ENTITY_TYPES, type EntityType, isArrayOf, isCachedExtraction, isObject, isString, type CachedExtraction, type LocalMention, type Span } from '../types.js';
import { entityKey, isResolvedEntity, type CorpusLinks, type ResolvedEntity } from './resolve.js';

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
  const strings: string[] = [];
  const indices = new Map<string, number>();
  const indexOf = (value: string | undefined): number => {
    if (value === undefined) return ABSENT;
    let index = indices.get(value);
    if (index === undefined) {
      index = strings.push(value) - 1;
      indices.set(value, index);
    }
    return index;
  };
  const mentions = new Int32Array(extraction.mentions.length * MENTION_FIELDS);
  let at = 0;
  for (const m of extraction.mentions) {
    mentions.set([ENTITY_TYPES.indexOf(m.type), ALL_KINDS.indexOf(m.kind), m.start, m.end], at);
    mentions.set([indexOf(m.text), indexOf(m.key), indexOf(m.rule), indexOf(m.value), indexOf(m.country), indexOf(m.role)], at + 4);
    at += MENTION_FIELDS;
  }
  return {
    metadata: extraction.metadata,
    tokens: extraction.tokens,
    strings,
    mentions,
    sentences: flatSpans(extraction.sentences),
    paragraphs: flatSpans(extraction.paragraphs),
    events: extraction.events,
  };
}

/**
 * The cache is untrusted input: an entry is expanded only from arrays, and what it expands to is used only if it
 * passes every check an extraction must (isCachedExtraction): an index past the string table gives a field that is
 * not a string, and the entry is passed over.
 */
export function expandExtraction(value: unknown): CachedExtraction | undefined {
  if (!isObject(value) || !isArrayOf(isString)(value.strings) || ![value.mentions, value.sentences, value.paragraphs].every(isIntegers)) return undefined;
  const { metadata, tokens, strings, events } = value as unknown as CompactExtraction;
  const flat = value.mentions as ArrayLike<number>;
  if (flat.length % MENTION_FIELDS !== 0) return undefined;
  const stringAt = (index: number) => (index === ABSENT ? undefined : (strings[index] ?? null));
  const mentions: LocalMention[] = [];
  for (let at = 0; at < flat.length; at += MENTION_FIELDS) {
    // Fields in the order a fresh extraction gives them, and optional ones only when present, as JSON kept them.
    const mention = { type: ENTITY_TYPES[flat[at]], kind: ALL_KINDS[flat[at + 1]], start: flat[at + 2], end: flat[at + 3], text: stringAt(flat[at + 4]), key: stringAt(flat[at + 5]) } as LocalMention;
    const value = stringAt(flat[at + 7]);
    const country = stringAt(flat[at + 8]);
    const role = stringAt(flat[at + 9]);
    if (value !== undefined) mention.value = value;
    if (country !== undefined) mention.country = country;
    if (role !== undefined) mention.role = role;
    mention.rule = stringAt(flat[at + 6]) as string;
    mentions.push(mention);
  }
  const expanded = { metadata, tokens, sentences: spansOf(value.sentences as ArrayLike<number>), paragraphs: spansOf(value.paragraphs as ArrayLike<number>), mentions, events };
  return isCachedExtraction(expanded) ? expanded : undefined;
}

/** Integers as the cache holds them (JSON arrays), or as a corpus holds a fresh extraction (Int32Array). */
const isIntegers = (value: unknown): boolean => value instanceof Int32Array || isArrayOf(Number.isSafeInteger)(value);

function flatSpans(spans: readonly Span[]): Int32Array {
  const flat = new Int32Array(spans.length * 2);
  spans.forEach(({ start, end }, i) => {
    flat[i * 2] = start;
    flat[i * 2 + 1] = end;
  });
  return flat;
}

/** An odd count leaves a span without its end (undefined), which the shape check refuses. */
function spansOf(flat: ArrayLike<number>): Span[] {
  const spans: Span[] = [];
  for (let at = 0; at < flat.length; at += 2) spans.push({ start: flat[at], end: flat[at + 1] });
  return spans;
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
