import { quoteSentence } from '../analysis/kwic.js';
import { selectMentions } from '../analysis/select.js';
import type { CorpusResult } from '../extract/corpus.js';
import type { EntityType, Mention, MentionKind } from '../types.js';
import { checkYear, documentYears } from './years.js';

export interface MentionOptions {
  types?: readonly EntityType[];
  year?: number;
  /** An entity's id or name (case and diacritics ignored). */
  entity?: string;
  /** Default: names and abbreviations, the kinds that are counted. */
  kinds?: readonly MentionKind[];
  /** Add the rule or knowledge-base entry that produced each mention. */
  explain?: boolean;
}

/** A mention as `mentions --format json` lists it. */
export interface MentionRecord {
  doc: string;
  year: number | null;
  type: EntityType;
  id: string;
  name: string;
  text: string;
  start: number;
  end: number;
  kind: MentionKind;
  value?: string;
  country?: string;
  role?: string;
  sentence: string;
  rule?: string;
}

export function corpusMentions(corpus: CorpusResult, options: MentionOptions = {}): Mention[] {
  return selectMentions(corpus.mentions, { types: options.types, year: checkYear(options.year, documentYears(corpus)), entity: options.entity, kinds: options.kinds });
}

export function mentionRecords(corpus: CorpusResult, options: MentionOptions = {}): MentionRecord[] {
  const record = recordOf(corpus, options.explain ?? false);
  return corpusMentions(corpus, options).map(record);
}

/** A mention's record: the sentence it stands in quoted from the document's text. */
export function recordOf(corpus: CorpusResult, explain: boolean): (m: Mention) => MentionRecord {
  const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
  return (m) => ({
    doc: m.doc,
    year: m.year,
    type: m.type,
    id: m.id,
    name: m.name,
    text: m.text,
    start: m.start,
    end: m.end,
    kind: m.kind,
    ...(m.value !== undefined ? { value: m.value } : {}),
    ...(m.country !== undefined ? { country: m.country } : {}),
    ...(m.role !== undefined ? { role: m.role } : {}),
    sentence: quoteSentence(corpus.texts.get(m.doc) ?? '', documents.get(m.doc)?.sentences[m.sentence], m),
    ...(explain ? { rule: m.rule } : {}),
  });
}
