import type { CorpusResult } from '../extract/corpus.js';

/** A document as `corpus --format json` lists it. */
export interface DocumentRecord {
  doc: string;
  year: number | null;
  title: string | null;
  author: string | null;
  publication: string | null;
  published: string | null;
  tokens: number;
  sentences: number;
}

export function documentRecords(corpus: CorpusResult): DocumentRecord[] {
  return corpus.documents.map((d) => ({
    doc: d.doc,
    year: d.metadata.year,
    title: d.metadata.title,
    author: d.metadata.author,
    publication: d.metadata.publication,
    published: d.metadata.published,
    tokens: d.tokens,
    sentences: d.sentences.length,
  }));
}
