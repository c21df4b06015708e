import type { Span } from '../types.js';

/** What wink-nlp tells about a text: sentence boundaries and the number of word tokens. */
export interface LinguisticAnalysis {
  sentences: Span[];
  wordTokens: number;
}

type WinkNlp = {
  readDoc(text: string): WinkDoc;
  its: Record<string, unknown>;
};
type WinkDoc = {
  tokens(): { out(f?: unknown): string[] };
  sentences(): { out(f?: unknown): unknown[] };
};

let loaded: Promise<WinkNlp> | undefined;

/** wink-nlp and its model cost most of a run's start-up, so they load on first use only (never on a cached run). */
export function loadNlp(): Promise<WinkNlp> {
  loaded ??= (async () => {
    const [{ default: winkNLP }, { default: model }] = await Promise.all([
      import('wink-nlp'),
      import('wink-eng-lite-web-model'),
    ]);
    // Only the tokenizer and sentence boundaries are used; wink's POS, NER and negation passes would cost a third more.
    return winkNLP(model, ['sbd']) as unknown as WinkNlp;
  })();
  return loaded;
}

// wink keeps every token of a document in memory; long texts are read in pieces cut at paragraph breaks.
const CHUNK_CHARS = 200_000;

export function analyse(nlp: WinkNlp, text: string): LinguisticAnalysis {
  const sentences: Span[] = [];
  let wordTokens = 0;
  for (const chunk of chunks(text)) {
    const doc = nlp.readDoc(text.slice(chunk.start, chunk.end));
    const values = doc.tokens().out(nlp.its.value);
    const spaces = doc.tokens().out(nlp.its.precedingSpaces);
    const types = doc.tokens().out(nlp.its.type);
    const starts: number[] = [];
    let offset = chunk.start;
    for (let i = 0; i < values.length; i++) {
      offset += spaces[i].length;
      starts.push(offset);
      offset += values[i].length;
      if (types[i] === 'word') wordTokens++;
    }
    for (const [first, last] of doc.sentences().out(nlp.its.span) as [number, number][]) {
      sentences.push(...splitAtLineBreaks(text, starts[first], starts[last] + values[last].length));
    }
  }
  return { sentences, wordTokens };
}

/** wink reads a heading and the paragraph under it as one sentence; a line break always ends a sentence here. */
function splitAtLineBreaks(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  let from = start;
  while (from < end) {
    const newline = text.indexOf('\n', from);
    const to = newline === -1 || newline >= end ? end : newline;
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (to - trail > from + lead) spans.push({ start: from + lead, end: to - trail });
    from = to + 1;
  }
  return spans;
}

function* chunks(text: string): Generator<Span> {
  let start = 0;
  while (text.length - start > CHUNK_CHARS) {
    const limit = start + CHUNK_CHARS;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.lastIndexOf(' ', limit);
    if (cut <= start) cut = limit;
    yield { start, end: cut };
    start = cut;
  }
  yield { start, end: text.length };
}
