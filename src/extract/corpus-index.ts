import { countTowardHome, eventsPerYear, mostCounted, partnerLedger, type PartnerLedger, type YearLedger } from '../analysis/event-summary.js';
import { documentEvents, occasionsOf } from '../analysis/events.js';
import { corpusYears } from '../analysis/select.js';
import { COUNTED_KINDS, EVENT_TYPES, isArrayOf, isObject, isString, type EventType, type ExtractedDocument, type Mention } from '../types.js';
import { BINARY_ENTRY, type ResultCache } from './cache.js';
import { mentionCount, mentionCountry, mentionKind, mentionStart, mentionText, mentionType } from './compact.js';
import { entitiesOf, entityKey, flatIndexOf, isResolvedEntity, resolver, type CompactDocument, type CorpusLinks, type ResolvedCorpus, type ResolvedEntity } from './resolve.js';
import { collapsedSpaces } from '../text/spaces.js';

/**
 * What `entities`, `compare`, `cooccur` and `trend` read of a corpus, as columns: per document its year, word
 * tokens, sentences and paragraphs; per counted mention (names and abbreviations, in corpus order) its entity,
 * its written form and its sentence and paragraph; the corpus's contacts counted per year. An archive's 400,000
 * counted mentions are four integer arrays here instead of 400,000 objects: these commands read the corpus without
 * expanding or even parsing its documents' entries.
 */
export interface CorpusIndex {
  entities: ResolvedEntity[];
  documents: { year: (number | null)[]; tokens: number[]; sentences: number[]; paragraphs: number[] };
  /** The counted mentions of document d are those from firstMention[d] up to firstMention[d + 1]. */
  firstMention: Int32Array;
  /** Per counted mention: its entity (an index into `entities`), its written form with whitespace collapsed (into `aliases`), its sentence and paragraph in its document. */
  entity: Int32Array;
  alias: Int32Array;
  sentence: Int32Array;
  paragraph: Int32Array;
  aliases: string[];
  /** Per entity: where its first mention of any kind stands in the corpus (the first entity to match a name given), NEVER_SEEN if none. */
  firstSeen: number[];
  /** The corpus's contacts: its occasions (events that are not generic) counted per reviewed year, by type and by foreign partner. */
  contacts: { perYear: Record<string, Record<EventType, number>>; ledger: PartnerLedger[] };
}

/** What a partner's ledger counts in each year, in the order an entry lists them. */
const LEDGER_FIELDS: readonly (keyof YearLedger)[] = [...EVENT_TYPES, 'visitsTo', 'visitsFrom'];

const NEVER_SEEN = -1;

const built = new WeakMap<ResolvedCorpus, CorpusIndex>();

/** The index of a corpus extracted and linked in this run (made once per corpus). */
export function corpusIndexOf(corpus: ResolvedCorpus): CorpusIndex {
  let index = built.get(corpus);
  if (!index) {
    const firstOf: number[] = [];
    let next = 0;
    for (const document of corpus.documents) {
      firstOf.push(next);
      next += document.mentions.length;
    }
    const documents = corpus.documents.map((d) => ({ ...d, sentences: d.sentences.length, paragraphs: d.paragraphs.length, mentions: d.mentions.length }));
    const mentionAt = (d: number, m: number) => corpus.mentions[firstOf[d] + m];
    built.set(corpus, (index = buildCorpusIndex({ entities: corpus.entities, documents, mentionAt, indexedAt: mentionAt })));
  }
  return index;
}

/**
 * The index of a corpus linked and not resolved: read a mention at a time from each document's compact
 * extraction, so that a huge file's mentions are never all objects (they were the peak of a counting run). The
 * columns read only what they count of each mention; events' mentions are resolved whole.
 */
export function compactCorpusIndex(held: readonly CompactDocument[], links: CorpusLinks): CorpusIndex {
  const entities = entitiesOf(links);
  const resolvers = held.map((document, d) => resolver(document, links.ids[d], links.notes, entities));
  const documents = held.map(({ doc, extraction }) => ({
    doc,
    metadata: extraction.metadata,
    tokens: extraction.tokens,
    sentences: extraction.sentences.length / 2,
    paragraphs: extraction.paragraphs.length / 2,
    mentions: mentionCount(extraction),
    // Read where they are counted, a document at a time: held as JSON until then (see PackedExtraction).
    get events() {
      return extraction.events;
    },
  }));
  const indexedAt = (d: number, m: number): IndexedMention => {
    const { extraction } = held[d];
    const start = mentionStart(extraction, m);
    return {
      type: mentionType(extraction, m),
      kind: mentionKind(extraction, m),
      id: links.ids[d][m],
      text: mentionText(extraction, m),
      country: mentionCountry(extraction, m),
      sentence: flatIndexOf(extraction.sentences, start),
      paragraph: flatIndexOf(extraction.paragraphs, start),
    };
  };
  return buildCorpusIndex({ entities, documents, mentionAt: (d, m) => resolvers[d](m), indexedAt });
}

/** What the columns and the home country read of a mention. */
type IndexedMention = Pick<Mention, 'type' | 'kind' | 'id' | 'text' | 'country' | 'sentence' | 'paragraph'>;

/** What an index is made of: a corpus's documents, with their numbers of sentences, paragraphs and mentions, and each mention by document and index. */
interface IndexSource {
  entities: Map<string, ResolvedEntity>;
  documents: readonly (Pick<ExtractedDocument, 'doc' | 'metadata' | 'tokens' | 'events'> & { sentences: number; paragraphs: number; mentions: number })[];
  mentionAt: (document: number, mention: number) => Mention;
  /** The same mention, only as much of it as the columns read. */
  indexedAt: (document: number, mention: number) => IndexedMention;
}

function buildCorpusIndex(source: IndexSource): CorpusIndex {
  const entities = [...source.entities.values()];
  // By type, then id: a key made of both for each of an archive's mentions cost seconds.
  const entityIndex = new Map<string, Map<string, number>>();
  entities.forEach((e, i) => {
    const ofType = entityIndex.get(e.type) ?? new Map<string, number>();
    entityIndex.set(e.type, ofType.set(e.id, i));
  });
  const aliases: string[] = [];
  const aliasIndex = new Map<string, number>();
  // Typed from the start, as long as every mention, and cut to the counted ones: arrays of numbers first took twice the memory at the run's peak.
  const all = source.documents.reduce((sum, d) => sum + d.mentions, 0);
  const columns = { entity: new Int32Array(all), alias: new Int32Array(all), sentence: new Int32Array(all), paragraph: new Int32Array(all) };
  let counted = 0;
  const firstMention = new Int32Array(source.documents.length + 1);
  const firstSeen = entities.map(() => NEVER_SEEN);
  const homeCounts = new Map<string, number>();
  let at = 0;
  source.documents.forEach((document, d) => {
    for (let m = 0; m < document.mentions; m++, at++) {
      const mention = source.indexedAt(d, m);
      // The home country is counted in the same pass: a second one read every mention again.
      countTowardHome(homeCounts, mention);
      const entity = entityIndex.get(mention.type)!.get(mention.id)!;
      if (firstSeen[entity] === NEVER_SEEN) firstSeen[entity] = at;
      if (!COUNTED_KINDS.includes(mention.kind)) continue;
      const written = collapsedSpaces(mention.text);
      let alias = aliasIndex.get(written);
      if (alias === undefined) aliasIndex.set(written, (alias = aliases.push(written) - 1));
      columns.entity[counted] = entity;
      columns.alias[counted] = alias;
      columns.sentence[counted] = mention.sentence;
      columns.paragraph[counted] = mention.paragraph;
      counted++;
    }
    firstMention[d + 1] = counted;
  });
  const occasions = occasionsOf(source.documents.flatMap((document, d) => documentEvents(document, (m) => source.mentionAt(d, m))));
  const years = corpusYears(source.documents.map((d) => d.metadata.year));
  return {
    entities,
    documents: {
      year: source.documents.map((d) => d.metadata.year),
      tokens: source.documents.map((d) => d.tokens),
      sentences: source.documents.map((d) => d.sentences),
      paragraphs: source.documents.map((d) => d.paragraphs),
    },
    firstMention,
    entity: columns.entity.slice(0, counted),
    alias: columns.alias.slice(0, counted),
    sentence: columns.sentence.slice(0, counted),
    paragraph: columns.paragraph.slice(0, counted),
    aliases,
    firstSeen,
    contacts: { perYear: eventsPerYear(occasions, years), ledger: partnerLedger(occasions, source.entities, mostCounted(homeCounts), years) },
  };
}

/**
 * The entry: a 4-byte length, a JSON header (what is small: documents, entities, written forms, contacts), padding
 * to a multiple of 4, then the mention columns as 32-bit integers in the machine's byte order (which is part of
 * the entry's key).
 */
export function encodeCorpusIndex(index: CorpusIndex): Buffer {
  const years = corpusYears(index.documents.year);
  const entityIndex = new Map(index.entities.map((e, i) => [entityKey(e.type, e.id), i]));
  const contacts = {
    perYear: years.flatMap((y) => EVENT_TYPES.map((type) => index.contacts.perYear[y][type])),
    ledger: index.contacts.ledger.map((row) => [entityIndex.get(entityKey(row.type, row.id))!, ...years.flatMap((y) => LEDGER_FIELDS.map((field) => row.years[y][field]))]),
  };
  const header = Buffer.from(
    JSON.stringify({ documents: index.documents, entities: index.entities, aliases: index.aliases, firstSeen: index.firstSeen, mentions: index.entity.length, contacts }),
    'utf8',
  );
  const columnsAt = align(4 + header.length);
  const columns = [index.firstMention, index.entity, index.alias, index.sentence, index.paragraph];
  const bytes = Buffer.alloc(columnsAt + columns.reduce((sum, c) => sum + c.byteLength, 0));
  bytes.writeUInt32LE(header.length, 0);
  header.copy(bytes, 4);
  let at = columnsAt;
  for (const column of columns) {
    Buffer.from(column.buffer, column.byteOffset, column.byteLength).copy(bytes, at);
    at += column.byteLength;
  }
  return bytes;
}

const align = (offset: number) => Math.ceil(offset / 4) * 4;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * The cache is untrusted input: an entry gives an index only if it is whole and consistent (for `documents`
 * documents, every integer in range: mentions by document in order, entities and written forms that exist,
 * sentences and paragraphs within their document, entities listed once); anything else gives undefined, and the
 * corpus is read the long way.
 */
export function decodeCorpusIndex(bytes: Buffer, documents: number): CorpusIndex | undefined {
  if (bytes.length < 4) return undefined;
  const headerLength = bytes.readUInt32LE(0);
  if (4 + headerLength > bytes.length) return undefined;
  let header: unknown;
  try {
    header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength));
  } catch {
    return undefined;
  }
  if (!isObject(header) || !isCount(header.mentions) || !isArrayOf(isString)(header.aliases) || !isArrayOf(isResolvedEntity)(header.entities)) return undefined;
  if (!isArrayOf((n) => n === NEVER_SEEN || isCount(n))(header.firstSeen)) return undefined;
  const shape = header.documents;
  if (!isObject(shape) || !isArrayOf((y) => y === null || Number.isSafeInteger(y))(shape.year) || !['tokens', 'sentences', 'paragraphs'].every((c) => isArrayOf(isCount)(shape[c]))) return undefined;
  const table = shape as CorpusIndex['documents'];
  if (![table.year, table.tokens, table.sentences, table.paragraphs].every((column) => column.length === documents)) return undefined;
  const entities = header.entities as ResolvedEntity[];
  const aliases = header.aliases as string[];
  if (new Set(entities.map((e) => entityKey(e.type, e.id))).size !== entities.length || new Set(aliases).size !== aliases.length) return undefined;
  if ((header.firstSeen as number[]).length !== entities.length) return undefined;

  const mentions = header.mentions;
  const columnsAt = align(4 + headerLength);
  if (bytes.length !== columnsAt + 4 * (documents + 1 + 4 * mentions)) return undefined;
  let at = columnsAt;
  const column = (length: number) => {
    const values = new Int32Array(length);
    Buffer.from(values.buffer).set(bytes.subarray(at, at + 4 * length));
    at += 4 * length;
    return values;
  };
  const [firstMention, entity, alias, sentence, paragraph] = [column(documents + 1), column(mentions), column(mentions), column(mentions), column(mentions)];
  if (firstMention[0] !== 0 || firstMention[documents] !== mentions) return undefined;
  for (let d = 0; d < documents; d++) {
    if (firstMention[d + 1] < firstMention[d]) return undefined;
    // A document without sentences still gives its mentions sentence 0 (see indexOf in resolve.ts).
    const sentences = Math.max(1, table.sentences[d]);
    const paragraphs = Math.max(1, table.paragraphs[d]);
    for (let m = firstMention[d]; m < firstMention[d + 1]; m++) {
      if (!(entity[m] >= 0 && entity[m] < entities.length && alias[m] >= 0 && alias[m] < aliases.length)) return undefined;
      if (!(sentence[m] >= 0 && sentence[m] < sentences && paragraph[m] >= 0 && paragraph[m] < paragraphs)) return undefined;
    }
  }
  const contacts = decodeContacts(header.contacts, corpusYears(table.year), entities);
  if (!contacts) return undefined;
  return { entities, documents: table, firstMention, entity, alias, sentence, paragraph, aliases, firstSeen: header.firstSeen as number[], contacts };
}

function decodeContacts(value: unknown, years: readonly string[], entities: readonly ResolvedEntity[]): CorpusIndex['contacts'] | undefined {
  if (!isObject(value) || !isArrayOf(isCount)(value.perYear) || !isArrayOf(isArrayOf(isCount))(value.ledger)) return undefined;
  const flat = value.perYear as number[];
  if (flat.length !== years.length * EVENT_TYPES.length) return undefined;
  const perYear = Object.fromEntries(years.map((y, i) => [y, Object.fromEntries(EVENT_TYPES.map((type, t) => [type, flat[i * EVENT_TYPES.length + t]]))])) as CorpusIndex['contacts']['perYear'];
  const ledger: PartnerLedger[] = [];
  const listed = new Set<number>();
  for (const row of value.ledger as number[][]) {
    const entity = entities[row[0]];
    // A partner listed twice would be shown twice: only a tampered entry does that.
    if (entity === undefined || listed.has(row[0]) || row.length !== 1 + years.length * LEDGER_FIELDS.length) return undefined;
    listed.add(row[0]);
    const counts = (i: number) => Object.fromEntries(LEDGER_FIELDS.map((field, f) => [field, row[1 + i * LEDGER_FIELDS.length + f]])) as YearLedger;
    const byYear = Object.fromEntries(years.map((y, i) => [y, counts(i)]));
    const total = years.reduce((sum, y) => sum + EVENT_TYPES.reduce((n, type) => n + byYear[y][type], 0), 0);
    ledger.push({ type: entity.type, id: entity.id, name: entity.name, total, years: byYear });
  }
  return { perYear, ledger };
}

/** Written where a run has extracted and linked a corpus and finds no index of it (one that failed its checks was removed). */
export function storeCorpusIndex(cache: ResultCache, documentKeys: readonly string[], index: () => CorpusIndex): void {
  const key = cache.indexKey(documentKeys);
  if (!cache.has(key, BINARY_ENTRY)) cache.putBytes(key, () => [encodeCorpusIndex(index())], BINARY_ENTRY);
}
