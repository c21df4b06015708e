import { localMention, mentionCount, spansOf, type CompactExtraction } from './compact.js';
import { ENTITY_TYPES, isArrayOf, isObject, isString, type Entity, type EntityType, type ExtractedDocument, type Mention, type Span } from '../types.js';

export interface ResolvedEntity extends Entity {
  aliases: string[];
}

export interface ResolvedCorpus {
  documents: ExtractedDocument[];
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
}

/** What linking a corpus decides: each mention's entity id (by document, in mention order) and the entities. */
export interface CorpusLinks {
  ids: string[][];
  entities: ResolvedEntity[];
  /** What linking decided about a mention key beyond its document (a short form's person), by key. */
  notes: Record<string, string>;
}

export const isResolvedEntity = (e: unknown): e is ResolvedEntity =>
  isObject(e) && ENTITY_TYPES.includes(e.type as EntityType) && [e.id, e.name].every(isString) && isArrayOf(isString)(e.aliases) && (e.country === undefined || isString(e.country));

export const entityKey = (type: EntityType, id: string): string => `${type}:${id}`;

/** A document's extraction as a corpus holds it until it is resolved. */
export interface CompactDocument {
  doc: string;
  extraction: CompactExtraction;
}

/**
 * The corpus's mentions with their entities, and where they stand: document, year, sentence, paragraph. Each
 * document is resolved straight from its compact extraction, which is then let go (taken out of `held`, as its
 * row of `links.ids`), so that a corpus's mentions are objects once, never twice.
 */
export function resolveCorpus(held: CompactDocument[], links: CorpusLinks): ResolvedCorpus {
  const entities = entitiesOf(links);
  const mentions: Mention[] = [];
  const documents: ExtractedDocument[] = [];
  for (let d = 0; d < held.length; d++) {
    const { doc, extraction } = held[d];
    const mentionAt = resolver(held[d], links.ids[d], links.notes, entities);
    delete held[d];
    delete links.ids[d];
    const { metadata, tokens, events } = extraction;
    const resolved: Mention[] = [];
    for (let m = 0; m < mentionCount(extraction); m++) {
      const mention = mentionAt(m);
      resolved.push(mention);
      mentions.push(mention);
    }
    documents.push({ doc, metadata, tokens, sentences: spansOf(extraction.sentences), paragraphs: spansOf(extraction.paragraphs), mentions: resolved, events });
  }
  return { documents, mentions, entities };
}

export const entitiesOf = (links: CorpusLinks): Map<string, ResolvedEntity> => new Map(links.entities.map((entity) => [entityKey(entity.type, entity.id), entity]));

/**
 * A document's mention `m` with its entity (`ids`: the document's row of the links), made when asked for: the
 * counting commands' index reads a huge file's mentions one at a time rather than all as objects at once.
 */
export function resolver({ doc, extraction }: CompactDocument, ids: readonly string[], notes: CorpusLinks['notes'], entities: Map<string, ResolvedEntity>): (m: number) => Mention {
  const { metadata, sentences, paragraphs } = extraction;
  return (m) => {
    const local = localMention(extraction, m);
    const id = ids[m];
    // Built field by field: one shape for every mention is much faster than spreading mentions of many shapes.
    return {
      type: local.type,
      kind: local.kind,
      start: local.start,
      end: local.end,
      text: local.text,
      key: local.key,
      rule: notes[local.key] ? `${local.rule}; ${notes[local.key]}` : local.rule,
      value: local.value,
      country: local.country,
      role: local.role,
      doc,
      year: metadata.year,
      id,
      name: entities.get(entityKey(local.type, id))!.name,
      sentence: flatIndexOf(sentences, local.start),
      paragraph: flatIndexOf(paragraphs, local.start),
    };
  };
}

/** Index of the span of flat starts and ends that contains `offset` (or the last one before it). */
export const flatIndexOf = (flat: Int32Array, offset: number): number => spanAt(flat.length / 2, (i) => flat[i * 2], offset);

/** Index of the span that contains `offset` (or the last one before it). */
export const indexOf = (spans: readonly Span[], offset: number): number => spanAt(spans.length, (i) => spans[i].start, offset);

function spanAt(count: number, startOf: (span: number) => number, offset: number): number {
  let low = 0;
  let high = count - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (startOf(mid) <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
