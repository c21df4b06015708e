import type { EntityRef } from '../analysis/cooccur.js';
import { quoteSentence } from '../analysis/kwic.js';
import { matchesEntity } from '../analysis/select.js';
import { timeline } from '../analysis/timeline.js';
import type { CorpusResult } from '../extract/corpus.js';

export interface TimelineQuery {
  /** ISO prefixes, inclusive: `2017`, `2021-06`, `2021-06-30`. */
  from?: string;
  to?: string;
  /** Only dates whose sentence names this entity (id or name). */
  entity?: string;
}

/** An absolute date with its sentence and the entities named there, as `timeline --format json` lists it. */
export interface TimelineRecord {
  value: string;
  text: string;
  doc: string;
  start: number;
  end: number;
  sentence: string;
  entities: EntityRef[];
}

export function timelineRecords(corpus: CorpusResult, query: TimelineQuery = {}): TimelineRecord[] {
  const wanted = query.entity;
  const events = timeline(corpus.mentions, corpus.entities, { from: query.from, to: query.to, entity: wanted === undefined ? undefined : (e) => matchesEntity(e, wanted) });
  const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
  return events.map((e) => ({
    value: e.value,
    text: e.text,
    doc: e.doc,
    start: e.start,
    end: e.end,
    sentence: quoteSentence(corpus.texts.get(e.doc) ?? '', documents.get(e.doc)?.sentences[e.sentence], e),
    entities: e.entities,
  }));
}
