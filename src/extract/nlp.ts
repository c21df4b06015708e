import { chunks } from '../text/chunks.js';
import type { Span } from '../types.js';

/** What wink-nlp tells about a text: sentence boundaries and the number of word tokens. */
export interface LinguisticAnalysis {
  sentences: Span[];
  wordTokens: number;
}

export type WinkNlp = {
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
    const [{ default: winkNLP }, { liteModel }] = await Promise.all([import('wink-nlp'), import('./wink-model.js')]);
    // Only the tokenizer and sentence boundaries are used; wink's POS, NER and negation passes would cost a third more.
    return winkNLP(liteModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd']) as unknown as WinkNlp;
  })();
  return loaded;
}

// wink keeps every token of a document in memory; long texts are read in pieces cut at paragraph breaks.
const CHUNK_CHARS = 200_000;

export function analyse(nlp: WinkNlp, original: string): LinguisticAnalysis {
  const text = withoutLongRuns(original);
  const sentences: Span[] = [];
  let wordTokens = 0;
  for (const chunk of chunks(text, CHUNK_CHARS)) {
    const piece = text.slice(chunk.start, chunk.end);
    const doc = nlp.readDoc(piece);
    const values = doc.tokens().out(nlp.its.value);
    const spaces = doc.tokens().out(nlp.its.precedingSpaces);
    const types = doc.tokens().out(nlp.its.type);
    const starts: number[] = [];
    let offset = 0;
    for (let i = 0; i < values.length; i++) {
      // wink leaves some characters out of its tokens' preceding spaces (form feeds, some Unicode spaces, a BOM),
      // so each token is looked for in the text where its spaces end or after, not placed by adding lengths.
      const after = offset + spaces[i].length;
      const found = piece.startsWith(values[i], after) ? after : piece.indexOf(values[i], after);
      offset = found === -1 ? after : found;
      starts.push(chunk.start + offset);
      offset += values[i].length;
      if (types[i] === 'word') wordTokens++;
    }
    for (const [first, last] of doc.sentences().out(nlp.its.span) as [number, number][]) {
      sentences.push(...splitAtLineBreaks(text, starts[first], starts[last] + values[last].length));
    }
  }
  return { sentences, wordTokens };
}

// wink's tokenizer takes time quadratic in the length of a word; no word is this long, so longer runs of
// non-space characters are read as their first character followed by spaces (offsets stay as they were).
const LONGEST_RUN = 200;

function withoutLongRuns(text: string): string {
  let result: string[] | undefined;
  let copied = 0;
  let runStart = 0;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code > 32 && code !== 160) continue;
    if (i - runStart > LONGEST_RUN) {
      result ??= [];
      result.push(text.slice(copied, runStart + 1), ' '.repeat(i - runStart - 1));
      copied = i;
    }
    runStart = i + 1;
  }
  if (!result) return text;
  result.push(text.slice(copied));
  return result.join('');
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
