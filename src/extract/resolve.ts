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
  const entities = new Map(links.entities.map((entity) => [entityKey(entity.type, entity.id), entity]));
  const mentions: Mention[] = [];
  const documents: ExtractedDocument[] = [];
  for (let d = 0; d < held.length; d++) {
    const { doc, extraction } = held[d];
    const ids = links.ids[d];
    delete held[d];
    delete links.ids[d];
    const { metadata, tokens, events } = extraction;
    const sentences = spansOf(extraction.sentences);
    const paragraphs = spansOf(extraction.paragraphs);
    const resolved: Mention[] = [];
    for (let m = 0; m < mentionCount(extraction); m++) {
      const local = localMention(extraction, m);
      const id = ids[m];
      // Built field by field: one shape for every mention is much faster than spreading mentions of many shapes.
      const mention: Mention = {
        type: local.type,
        kind: local.kind,
        start: local.start,
        end: local.end,
        text: local.text,
        key: local.key,
        rule: links.notes[local.key] ? `${local.rule}; ${links.notes[local.key]}` : local.rule,
        value: local.value,
        country: local.country,
        role: local.role,
        doc,
        year: metadata.year,
        id,
        name: entities.get(entityKey(local.type, id))!.name,
        sentence: indexOf(sentences, local.start),
        paragraph: indexOf(paragraphs, local.start),
      };
      resolved.push(mention);
      mentions.push(mention);
    }
    documents.push({ doc, metadata, tokens, sentences, paragraphs, mentions: resolved, events });
  }
  return { documents, mentions, entities };
}

/** Index of the span that contains `offset` (or the last one before it). */
export function indexOf(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}
