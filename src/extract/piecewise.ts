import type { PageMetadata } from '../corpus/html.js';
import { describe, reviewedYear } from '../corpus/metadata.js';
import type { LocalEvent, LocalMention, Span } from '../types.js';
import { compactOf, flatSpans, localMention, mentionStart, mentionType, MentionTable, type CompactExtraction } from './compact.js';
import { extractEvents, isHeadingLine, repeatsBodyAct } from './events/extract.js';
import { paragraphsOf, recognizePieces } from './pipeline.js';

/** How much text the events of one piece are found in. */
const PIECE_CHARS = 2_000_000;

type MentionView = MentionTable['view'];

/**
 * A huge text's extraction, equal to finishExtraction's (recognizeDocument, then the events of wink-nlp's
 * sentences) but made a piece at a time, so that its mentions are never all objects at once: they are recognized
 * a piece at a time into the compact form, and each piece's events are found from its own mentions, expanded
 * from it. What a piece's events need of the text before it is given with them (see eventsPiecewise). A 50 MB
 * file's 430,000 mentions as objects held 80 MB beside its text. `pieceChars`: for tests.
 */
export function extractPiecewise(text: string, page: PageMetadata | undefined, sentences: Int32Array, tokens: number, pieceChars = PIECE_CHARS): CompactExtraction {
  const paragraphs = flatSpans(paragraphsOf(text));
  const statedYear = reviewedYear(text);
  const table = new MentionTable();
  for (const piece of recognizePieces(text, statedYear, page?.published)) table.add(piece);
  const metadata = describe(text, describedMentions(table.view, table.count), statedYear, page);
  return compactOf({ metadata, tokens, events: eventsPiecewise(text, sentences, table.view, table.count, pieceChars) }, table, sentences, paragraphs);
}

/** The mentions `describe` reads: dates and people. */
function describedMentions(view: MentionView, count: number): LocalMention[] {
  const described: LocalMention[] = [];
  for (let m = 0; m < count; m++) if (mentionType(view, m) === 'date' || mentionType(view, m) === 'person') described.push(localMention(view, m));
  return described;
}

/**
 * The events of a text, as extractEvents finds them in the whole, found a run of sentences at a time. Besides a
 * sentence's own mentions, extractEvents reads three things from before it, given with each run: the year the text
 * last named (the last dated mention before the run, put first), the dateline of the sentence before (that
 * sentence, read again, its events dropped), and the first year the text names if none came before (that mention
 * put last, after every sentence of the run). A headline that repeats an act the body reports is dropped against
 * the whole body at the end.
 */
function eventsPiecewise(text: string, flat: Int32Array, view: MentionView, count: number, pieceChars: number): LocalEvent[] {
  const isDated = (m: number) => mentionType(view, m) === 'date' && Boolean(localMention(view, m).value);
  let firstDated = 0;
  while (firstDated < count && !isDated(firstDated)) firstDated++;
  const events: LocalEvent[] = [];
  let lastDated = -1;
  let first = 0;
  for (let start = 0; start < flat.length / 2; ) {
    let end = start + 1;
    while (end < flat.length / 2 && flat[end * 2 + 1] - flat[start * 2] <= pieceChars) end++;
    const from = Math.max(0, start - 1);
    for (; first < count && mentionStart(view, first) < flat[from * 2]; first++) if (isDated(first)) lastDated = first;
    let last = first;
    while (last < count && mentionStart(view, last) < flat[end * 2 - 1]) last++;
    const mentions: LocalMention[] = lastDated >= 0 ? [localMention(view, lastDated)] : [];
    const shift = first - mentions.length;
    for (let m = first; m < last; m++) mentions.push(localMention(view, m));
    if (lastDated < 0 && firstDated >= last && firstDated < count) mentions.push(localMention(view, firstDated));
    const sentences: Span[] = [];
    for (let s = from; s < end; s++) sentences.push({ start: flat[s * 2], end: flat[s * 2 + 1] });
    for (const event of extractEvents(text, sentences, mentions)) {
      if (event.sentence + from >= start) events.push(shifted(event, from, shift));
    }
    start = end;
  }
  return withoutHeadlineRepeats(text, flat, view, events);
}

function shifted(event: LocalEvent, sentences: number, mentions: number): LocalEvent {
  const participants = event.participants.map((p) => (p.party === undefined ? { ...p, mention: p.mention + mentions } : { ...p, mention: p.mention + mentions, party: p.party + mentions }));
  return { ...event, participants, sentence: event.sentence + sentences };
}

/**
 * extractEvents drops a headline's event when the body reports the same act (the same type, or a participant in
 * common): the first run's call did so against its own body, this against the rest.
 */
function withoutHeadlineRepeats(text: string, flat: Int32Array, view: MentionView, events: LocalEvent[]): LocalEvent[] {
  if (flat.length === 0 || !isHeadingLine(text, { start: flat[0], end: flat[1] })) return events;
  const body = events.filter((e) => e.sentence !== 0);
  return events.filter((e) => e.sentence !== 0 || !repeatsBodyAct(e, body, (m) => `${mentionType(view, m)}:${localMention(view, m).key}`));
}
