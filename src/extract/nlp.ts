import { createRequire } from 'node:module';
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
  tokens(): { itemAt(k: number): { out(f: unknown): unknown } | undefined };
  sentences(): { out(f?: unknown): unknown[] };
};

/** wink's own record of a read document: four numbers a token (its lexeme first, its preceding spaces next). */
interface RawDocument {
  tokens: number[];
  cache: { value(lexeme: number): string; property(lexeme: number, name: string): unknown };
  nonBreakingSpaces: Record<number, string>;
}

const TOKEN_SIZE = 4;
// A count of preceding spaces below this is of plain spaces; at it, the spaces are kept as a string of their own.
const SPACES_MASK = 0xffff;

/**
 * wink gives a token's properties through `out()`, one array per property, each token's spaces made as a string:
 * three such passes cost more than reading its record once. A mapper of our own is let through wink's list of
 * allowed ones, and a token's `out` hands it that record.
 */
const rawDocument = (_index: number, document: RawDocument): RawDocument => document;
let rawAllowed = false;

function rawDocumentOf(doc: WinkDoc): RawDocument | undefined {
  if (!rawAllowed) {
    const allowed = createRequire(import.meta.url)('wink-nlp/src/allowed.js') as { its4token: Set<unknown> };
    allowed.its4token.add(rawDocument);
    rawAllowed = true;
  }
  return doc.tokens().itemAt(0)?.out(rawDocument) as RawDocument | undefined;
}

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

/** Lets wink-nlp and its model go, once no text is left to read: a later loadNlp loads them again. */
export function releaseNlp(): void {
  loaded = undefined;
  // A new wink-nlp numbers the words its lexicon lacks afresh: an index remembered may now be another token's.
  lexemeKinds = new Uint8Array(LEXEME_KINDS_AT_START);
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
    const raw = rawDocumentOf(doc);
    // wink's record is an object without a prototype, which V8 keeps as a dictionary: its fields are read once.
    const tokens = raw ? raw.tokens : [];
    const cache = raw?.cache;
    const tokenCount = tokens.length / TOKEN_SIZE;
    const starts = new Int32Array(tokenCount);
    const ends = new Int32Array(tokenCount);
    let offset = 0;
    for (let i = 0; i < tokenCount; i++) {
      const lexeme = tokens[i * TOKEN_SIZE];
      const value = cache!.value(lexeme);
      const spaceCount = tokens[i * TOKEN_SIZE + 1] & SPACES_MASK;
      // wink leaves some characters out of its tokens' preceding spaces (form feeds, some Unicode spaces, a BOM),
      // so each token is looked for in the text where its spaces end or after, not placed by adding lengths.
      const after = offset + (spaceCount < SPACES_MASK ? spaceCount : raw!.nonBreakingSpaces[i].length);
      const found = occursAt(piece, value, after) ? after : piece.indexOf(value, after);
      offset = found === -1 ? after : found;
      starts[i] = chunk.start + offset;
      offset += value.length;
      ends[i] = chunk.start + offset;
      if (isWordLexeme(cache!, lexeme)) wordTokens++;
    }
    for (const [first, last] of doc.sentences().out(nlp.its.span) as [number, number][]) {
      sentences.push(...splitAtLineBreaks(text, starts[first], ends[last]));
    }
  }
  return { sentences: joinedAfterAbbreviations(text, sentences), wordTokens };
}

// Titles and ranks written short, which wink takes for a sentence's end: `received visiting Sen. Lieut. Gen. X`.
// (`Sen.` is also the end of a name, `Hun Sen.`: it is a title only before a rank.)
const ABBREVIATION_END = /(?:^|[\s(])(?:Lieut|Lt|Gen|Col|Maj|Capt|Brig|Adm|Cmdr|Cde|Dr|Prof|Mr|Mrs|Ms|Hon|Amb|Gov|Rev|Sgt)\.$/;
const SENIOR_RANK = /(?:^|[\s(])Sen\.$/;
const RANK_START = /^(?:Lieut|Lt|Gen|Col|Maj)\./;

// wink takes `Sen.` for a title always; after a name (`… to Prime Minister Hun Sen. On Monday, …`) it ends a
// sentence; after a senator's party or state (`Republican Sen. Marco Rubio`) it is the title.
const NAME_THEN_SEN = /(?!(?:Republican|Democratic|Democrat|Independent|State|Former|Senior|Junior)\b)[A-Z][a-z]+ Sen\.\s+(?=[A-Z])/g;

/** A sentence that holds `Sen.` cut after each name that ends in it and goes on with no rank. */
function cutAfterSen(text: string, sentence: Span): Span[] {
  const piece = text.slice(sentence.start, sentence.end);
  const pieces: Span[] = [];
  let from = sentence.start;
  for (const match of piece.matchAll(NAME_THEN_SEN)) {
    const next = sentence.start + match.index + match[0].length;
    if (RANK_START.test(text.slice(next, next + 6))) continue;
    pieces.push({ start: from, end: sentence.start + match.index + match[0].trimEnd().length });
    from = next;
  }
  pieces.push({ start: from, end: sentence.end });
  return pieces;
}

/**
 * The sentences with each one that ends in a title written short joined to the next on its line, and cut after a
 * name that ends in `Sen.`.
 */
function joinedAfterAbbreviations(text: string, sentences: Span[]): Span[] {
  const joined: Span[] = [];
  // The next `Sen.` of the text, looked for once and again only past it: the sentences come in order, and a search
  // from each sentence to the text's end would read a long text once a sentence.
  let sen = text.indexOf('Sen.');
  const cut = (sentence: Span): Span[] => {
    while (sen !== -1 && sen < sentence.start) sen = text.indexOf('Sen.', sen + 1);
    return sen !== -1 && sen < sentence.end ? cutAfterSen(text, sentence) : [sentence];
  };
  for (const sentence of sentences.flatMap(cut)) {
    const last = joined[joined.length - 1];
    const between = last ? text.slice(last.end, sentence.start) : '';
    const ending = last && text.charCodeAt(last.end - 1) === 46 && !between.includes('\n') ? text.slice(Math.max(last.start, last.end - 8), last.end) : '';
    if (last && ending && (ABBREVIATION_END.test(ending) || (SENIOR_RANK.test(ending) && RANK_START.test(text.slice(sentence.start, sentence.start + 6))))) last.end = sentence.end;
    else joined.push(sentence);
  }
  return joined;
}

/**
 * `text.startsWith(value, at)` for a token's few characters: the builtin was the costliest line of reading an archive
 * with wink-nlp .
 */
function occursAt(text: string, value: string, at: number): boolean {
  const length = value.length;
  // An empty value occurs anywhere, as startsWith has it.
  if (at + length > text.length) return length === 0;
  for (let k = 0; k < length; k++) if (text.charCodeAt(at + k) !== value.charCodeAt(k)) return false;
  return true;
}

// A lexeme's type, remembered by its index (1 a word, 2 not): wink works it out from its packed lexicon at every ask.
const LEXEME_KINDS_AT_START = 1 << 17;
let lexemeKinds = new Uint8Array(LEXEME_KINDS_AT_START);

function isWordLexeme(cache: RawDocument['cache'], lexeme: number): boolean {
  if (lexeme >= lexemeKinds.length) {
    const grown = new Uint8Array(Math.max(lexemeKinds.length * 2, lexeme + 1));
    grown.set(lexemeKinds);
    lexemeKinds = grown;
  }
  let kind = lexemeKinds[lexeme];
  if (kind === 0) kind = lexemeKinds[lexeme] = cache.property(lexeme, 'tokenType') === 'word' ? 1 : 2;
  return kind === 1;
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
