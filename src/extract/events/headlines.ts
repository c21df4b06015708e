/** Headlines, kickers and pointers back to a message: acts the body tells, not acts of their own. */

import type { LocalEvent, LocalMention, Span } from '../../types.js';
import { RUNS_ON } from './patterns.js';

const MESSAGE_POINTER = /\bin\s+(?:his|her|its|their|the)\s+(?:[a-z-]+\s+)?$/i;

/**
 * `FRUITFUL VISIT`, `Condolences`: a headline or a subheading that names no one titles the acts the body tells; it is
 * no act of its own.
 */
export function withoutBareHeadings(text: string, sentences: readonly Span[], events: LocalEvent[]): LocalEvent[] {
  // (A line of a wrapped paragraph that ends on `and` or `to` goes on below: no heading.)
  const bare = (e: LocalEvent) => e.participants.length === 0 && isHeadingLine(text, sentences[e.sentence]) && !RUNS_ON.test(text.slice(sentences[e.sentence].start, sentences[e.sentence].end));
  if (!events.some(bare)) return events;
  const told = events.some((e) => !isHeadingLine(text, sentences[e.sentence]));
  return told ? events.filter((e) => !bare(e)) : events;
}

/**
 * `X sent a message to Y. X in his message expressed …`: `in his message` points back to the message its sender was
 * already told to have sent; a message of another sender (`In its message, the PCB lauded …`) is one of its own.
 */
export function withoutMessagePointers(text: string, mentions: readonly LocalMention[], events: LocalEvent[]): LocalEvent[] {
  const senders = new Set<string>();
  const key = (m: number) => `${mentions[m].type}:${mentions[m].key}`;
  return events.filter((event) => {
    if (event.type !== 'message') return true;
    const own = event.participants.filter((p) => p.role === 'sender').map((p) => key(p.mention));
    const pointer = MESSAGE_POINTER.test(text.slice(Math.max(0, event.trigger.start - 30), event.trigger.start)) && own.some((k) => senders.has(k));
    for (const k of own) senders.add(k);
    return !pointer;
  });
}
const HEADING_LINES = 3;
const CAPTION = /\((?:R|L|right|left|centre|center|middle|front|(?:[\w-]+\s+){1,2}from\s+(?:left|right))\)|\(\s*(?:Photo|Source)\b[^()]*\)\s*$|\bPhoto\s*:\s*[A-Z]+\s*$/i;
const PHOTO_CREDIT = /^\s*\(\s*(?:Photo|Source)\b/i;

/**
 * `Cuban leader receives Vietnamese party delegation` above the report of that reception: a headline that repeats an
 * act the body reports (of the same type, or with a participant in common) is not a second event. The headline is
 * one of the lines without a full stop that open the text (after a date line, a kicker), or a caption under a
 * picture that repeats it.
 */
export function withoutHeadlineRepeats(text: string, sentences: readonly Span[], mentions: readonly LocalMention[], events: LocalEvent[]): LocalEvent[] {
  const heading = new Set<number>();
  for (let i = 0; i < Math.min(HEADING_LINES, sentences.length) && isHeadingLine(text, sentences[i]); i++) heading.add(i);
  // A picture's caption (`X (R) receives Y …`, `… (Photo: VNA)`, `(Source: VNA)`) retells the act of the same type and sides that the
  // body reports; a caption of an act the body does not tell stays.
  const captions = new Set(events.map((e) => e.sentence).filter((i) => CAPTION.test(text.slice(sentences[i].start, sentences[i].end)) || PHOTO_CREDIT.test(text.slice(sentences[i].end, sentences[i].end + 40))));
  if (heading.size === 0 && captions.size === 0) return events;
  const opening = (s: Span) => text.slice(s.start, Math.min(s.end, s.start + 40)).replace(/\s+/g, ' ');
  const headlines = new Set([...heading].map((i) => opening(sentences[i])).filter((line) => line.length >= 30));
  for (const e of events) if (headlines.has(opening(sentences[e.sentence]))) heading.add(e.sentence);
  const body = events.filter((e) => !heading.has(e.sentence));
  const key = (m: number) => `${mentions[m].type}:${mentions[m].key}`;
  return events.filter((e) => {
    if (heading.has(e.sentence)) return !repeatsBodyAct(e, body, key);
    // (`At the theoretical workshop (Source: VNA)`: a caption that names no one retells the body's act of its type.)
    return !captions.has(e.sentence) || !body.some((b) => !captions.has(b.sentence) && b.type === e.type && (e.participants.length === 0 || sharesParticipant(b, e, key)));
  });
}

/** A line without a full stop that ends where its sentence ends: a headline or a kicker. */
export function isHeadingLine(text: string, sentence: Span): boolean {
  return /^[^.!?]*[^.!?\s]\s*\n/.test(text.slice(sentence.start, Math.min(text.length, sentence.end + 1)));
}

/** A headline's event repeats an act the body reports when it is of the same type or has a participant in common. */
export function repeatsBodyAct(headline: LocalEvent, body: readonly LocalEvent[], participantKey: (mention: number) => string): boolean {
  return body.some((b) => b.type === headline.type || sharesParticipant(b, headline, participantKey));
}

function sharesParticipant(a: LocalEvent, b: LocalEvent, participantKey: (mention: number) => string): boolean {
  const keys = new Set(a.participants.map((p) => participantKey(p.mention)));
  return b.participants.some((p) => keys.has(participantKey(p.mention)));
}
