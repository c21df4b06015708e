import { deflateRawSync, inflateRawSync } from 'node:zlib';
import type { PageMetadata } from '../corpus/html.js';
import { describe, reviewedYear } from '../corpus/metadata.js';
import { detached } from '../text/detached.js';
import type { LocalEvent, LocalMention, Span } from '../types.js';
import { collectGarbage } from './collect.js';
import { compactOf, flatSpans, localMention, mentionKind, mentionStart, MentionTable, mentionType, type CompactExtraction } from './compact.js';
import { extractEvents } from './events/extract.js';
import { isHeadingLine, repeatsBodyAct } from './events/headlines.js';
import { paragraphsOf, recognizePieces } from './pipeline.js';

/** How much text the events of one piece are found in. */
const PIECE_CHARS = 2_000_000;
/**
 * Text kept around a run of sentences for its events: the rules look at most 200 characters before a name or a
 * trigger and 80 after, never past this.
 */
const MARGIN_CHARS = 1000;

type MentionView = MentionTable['view'];

/** A huge text handed over to extraction, which empties `text` once it needs no more than runs of it: hold it nowhere else. */
export interface HandedText {
  text: string;
}

/**
 * A huge text's extraction, equal to finishExtraction's (recognizeDocument, then the events of wink-nlp's
 * sentences) but made a piece at a time, so that its mentions are never all objects at once: they are recognized
 * a piece at a time into the compact form, and each piece's events are found from its own mentions, expanded
 * from it. What a piece's events need of the text before it is given with them (see eventsPiecewise). A 50 MB
 * file's 430,000 mentions as objects held 80 MB beside its text. The text itself (100 MB as a JavaScript string
 * when it has a character beyond Latin-1) is let go before the events are found: each run of sentences is kept
 * deflated meanwhile (15 MB of a 50 MB file), and read back when its events are found. `pieceChars`: for tests.
 */
export function extractPiecewise(handed: HandedText, page: PageMetadata | undefined, sentences: Int32Array, tokens: number, pieceChars = PIECE_CHARS): CompactExtraction {
  const read = readWhole(handed, page, sentences, pieceChars);
  // The text is let go: freed now, not at V8's next full collection, on top of which the events would be found.
  collectGarbage();
  const events = eventsPiecewise(read, sentences);
  return compactOf({ metadata: read.metadata, tokens, events }, read.table, sentences, read.paragraphs);
}

/** A run of sentences whose events are found together: `from` is the sentence before `start`, read again for its dateline. */
interface Run {
  from: number;
  start: number;
  end: number;
  /** Where `text` begins in the whole text. */
  offset: number;
  /** Deflated UTF-8 (a run of 2 million characters in 600 KB), or a string. */
  text: Buffer | string | undefined;
}

/** All that is read of the whole text (its text emptied at once: this function's frame is the only one to hold it). */
function readWhole(handed: HandedText, page: PageMetadata | undefined, flat: Int32Array, pieceChars: number) {
  const text = handed.text;
  handed.text = '';
  const paragraphs = flatSpans(paragraphsOf(text));
  const statedYear = reviewedYear(text);
  const table = new MentionTable();
  for (const piece of recognizePieces(text, statedYear, page?.published)) table.add(piece);
  const metadata = metadataOf(text, table, statedYear, page);
  // What recognizing let go (every piece's mentions as objects, its tokens) is freed before the runs are made beside the text.
  collectGarbage();
  const headed = flat.length > 0 && isHeadingLine(text, { start: flat[0], end: flat[1] });
  return { paragraphs, table, metadata, headed, runs: runsOf(text, flat, pieceChars) };
}

/** The runs of sentences of at most `pieceChars` characters (or one sentence), each with its text and margins. */
function runsOf(text: string, flat: Int32Array, pieceChars: number): Run[] {
  const runs: Run[] = [];
  // Each run's UTF-8 is written into this one buffer before it is deflated: a buffer per run would be garbage
  // outside the heap, collected only after many.
  let utf8 = Buffer.alloc(0);
  for (let start = 0; start < flat.length / 2; ) {
    let end = start + 1;
    while (end < flat.length / 2 && flat[end * 2 + 1] - flat[start * 2] <= pieceChars) end++;
    const from = Math.max(0, start - 1);
    const offset = notInPair(text, Math.max(0, flat[from * 2] - MARGIN_CHARS));
    const piece = text.slice(offset, notInPair(text, Math.min(text.length, flat[end * 2 - 1] + MARGIN_CHARS)));
    if (utf8.length < piece.length * 3) utf8 = Buffer.allocUnsafe(piece.length * 3);
    // A lone surrogate does not survive UTF-8: such a piece is kept as it is, copied out of the whole.
    const kept = LONE_SURROGATE.test(piece) ? detached(piece) : deflateRawSync(utf8.subarray(0, utf8.write(piece, 'utf8')), { level: 1 });
    runs.push({ from, start, end, offset, text: kept });
    start = end;
  }
  return runs;
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** `at`, or one before it where `at` would cut a character written as two UTF-16 units. */
const notInPair = (text: string, at: number): number => (at > 0 && at < text.length && /[\uDC00-\uDFFF]/.test(text[at]) && /[\uD800-\uDBFF]/.test(text[at - 1]) ? at - 1 : at);

/**
 * The document's metadata, from the mentions `describe` reads (names of dates, and people), made objects here: a
 * function of its own, so that they are let go when it returns (a caller's frame would hold them on).
 */
function metadataOf(text: string, table: MentionTable, statedYear: number | null, page: PageMetadata | undefined): CompactExtraction['metadata'] {
  const { view, count } = table;
  const described: LocalMention[] = [];
  for (let m = 0; m < count; m++) {
    const type = mentionType(view, m);
    if (type === 'person' || (type === 'date' && mentionKind(view, m) === 'name')) described.push(localMention(view, m));
  }
  return describe(text, described, statedYear, page);
}

/**
 * The events of a text, as extractEvents finds them in the whole, found a run of sentences at a time. Besides a
 * sentence's own mentions, extractEvents reads three things from before it, given with each run: the year the text
 * last named (the last dated mention before the run, put first), the dateline of the sentence before (that
 * sentence, read again, its events dropped), and the first year the text names if none came before (that mention
 * put last, after every sentence of the run). A run's text begins at `offset`: its sentences, mentions and
 * triggers are moved by it. A headline that repeats an act the body reports is dropped against the whole body at
 * the end.
 */
function eventsPiecewise({ runs, table, headed }: Pick<ReturnType<typeof readWhole>, 'runs' | 'table' | 'headed'>, flat: Int32Array): LocalEvent[] {
  const { view, count } = table;
  const isDated = (m: number) => mentionType(view, m) === 'date' && Boolean(localMention(view, m).value);
  let firstDated = 0;
  while (firstDated < count && !isDated(firstDated)) firstDated++;
  const events: LocalEvent[] = [];
  const rules = new Map<string, string>();
  let lastDated = -1;
  let first = 0;
  // The report's date, at its place in the whole text.
  let report: LocalMention | undefined;
  for (const run of runs) {
    const { from, start, end, offset } = run;
    const text = typeof run.text === 'string' ? run.text : inflateRawSync(run.text!).toString('utf8');
    run.text = undefined;
    for (; first < count && mentionStart(view, first) < flat[from * 2]; first++) if (isDated(first)) lastDated = first;
    let last = first;
    while (last < count && mentionStart(view, last) < flat[end * 2 - 1]) last++;
    const moved = (m: number) => movedMention(localMention(view, m), -offset);
    const mentions: LocalMention[] = lastDated >= 0 ? [moved(lastDated)] : [];
    const shift = first - mentions.length;
    for (let m = first; m < last; m++) mentions.push(moved(m));
    if (lastDated < 0 && firstDated >= last && firstDated < count) mentions.push(moved(firstDated));
    const sentences: Span[] = [];
    for (let s = from; s < end; s++) sentences.push({ start: flat[s * 2] - offset, end: flat[s * 2 + 1] - offset });
    const carried = { report: report && movedMention(report, -offset) };
    for (const event of extractEvents(text, sentences, mentions, carried)) {
      if (event.sentence + from >= start) events.push(shifted(event, from, shift, offset, rules));
    }
    report = carried.report && movedMention(carried.report, offset);
  }
  return headed ? withoutHeadlineRepeats(view, events) : events;
}

const movedMention = (mention: LocalMention, by: number): LocalMention => ({ ...mention, start: mention.start + by, end: mention.end + by });

/**
 * An event of a run as the whole text's: its trigger's words copied out of the run's text (a slice would keep it
 * alive), and its rule, made of pieces joined as the rules went, one string shared by the events that have it.
 */
function shifted(event: LocalEvent, sentences: number, mentions: number, offset: number, rules: Map<string, string>): LocalEvent {
  const participants = event.participants.map((p) => (p.party === undefined ? { ...p, mention: p.mention + mentions } : { ...p, mention: p.mention + mentions, party: p.party + mentions }));
  let rule = rules.get(event.rule);
  if (rule === undefined) rules.set(event.rule, (rule = detached(event.rule)));
  const trigger = { start: event.trigger.start + offset, end: event.trigger.end + offset, text: detached(event.trigger.text) };
  return { ...event, trigger, participants, sentence: event.sentence + sentences, rule };
}

/**
 * extractEvents drops a headline's event when the body reports the same act (the same type, or a participant in
 * common): the first run's call did so against its own body, this against the rest.
 */
function withoutHeadlineRepeats(view: MentionView, events: LocalEvent[]): LocalEvent[] {
  const body = events.filter((e) => e.sentence !== 0);
  return events.filter((e) => e.sentence !== 0 || !repeatsBodyAct(e, body, (m) => `${mentionType(view, m)}:${localMention(view, m).key}`));
}
