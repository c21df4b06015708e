/** The date of an event: its sentence's own, a dateline's, a page's, or one passed along a frame or a list. */

import { daysFrom } from '../../text/calendar.js';
import type { LocalMention, Span } from '../../types.js';
import type { Candidate, Draft, SentenceContext } from './drafts.js';
import { LETTER, LOWER, re, UPPER } from './letters.js';
import type { EventLexicon } from './lexicon.js';
import { heldSubject, nearest } from './participants.js';
import { frameCues, FRAMING_JOURNEY, ON_THE_OCCASION, TIME_CLAUSE_BEFORE } from './patterns.js';
import { namedDay } from './report-day.js';

const HELD_CLAUSE = /^[^;.]{0,60}?,?\s(?:which|that)\s+(?:took\s+place|was\s+held|were\s+held|opened|ran|lasted|closed|began|started)\b[^;.]{0,80}$/;
const DURING_WHICH = /^[^;.]{0,150},\s*(?:during|in\s+the\s+course\s+of)\s+which\b[^;.,]{0,60}$/;
const ON_THE_SIDELINES = String.raw`on\s+the\s+sidelines\s+of`;
const DATE_BEFORE_FRAME = re()`^\s*,?\s*(?:(?:in\s+order\s+)?to\s+[a-z]+\b|(?:${frameCues([ON_THE_SIDELINES])})\s)`;
const DATELINE_HEAD = re()`^(?:[^a-z\n]|[${UPPER}][${LOWER}]+\.?|\([^)\n]{1,30}\)){0,60}?(?:\s[-–—]{1,2}\s|\d\s*\([A-Z][A-Za-z]{1,15}\)\s+(?:[-–—]{1,2}\s+)?)`;
const OPENING_BEFORE_DATE = re()`^\s*(?:[${UPPER}][${LETTER}]+\s*(?:\([^)]*\))?\s*[,-]?\s*)?(?:(?:In|On|During|By|Since|From|Throughout|Last|Early|Late|in)\s+(?:(?:his|her|its|their)\s+)?)?(?:(?:early|late|mid)[-\s])?$`;
const AGENCY_AFTER = /^\.\s*\/[A-Z][A-Za-z-]{1,15}\/\./;
const WRITTEN_YEAR = /\d{4}|['’]\d{2}\b/;
const PAGE_DATE_LINE = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/;
/** The length of a page's ` date 2024-08-03` line opening a sentence's first characters (0 if none): no part of a dateline. */
const pageDateLineLength = (opening: string): number => PAGE_DATE_LINE.exec(opening)?.[0].length ?? 0;

/** The date of a page's ` date 2024-08-03` line, which opens the text. */
export function pageDate(text: string, mentions: readonly LocalMention[]): LocalMention | undefined {
  const first = mentions.find((m) => m.type === 'date');
  return first?.value && pageDateLineLength(text.slice(0, first.end + 1)) === first.end + 1 ? first : undefined;
}

/** `HANOI, Feb 26 — X paid …`, `BEIJING, May 11 (Xinhua) -- X held …`: the date of the dateline that opens the sentence. */
export function leadDateline(text: string, sentence: Span, mentions: Candidate[]): LocalMention | undefined {
  const end = datelineEnd(text, sentence);
  const start = sentence.start + pageDateLineLength(text.slice(sentence.start, sentence.start + 30));
  return [...mentions].reverse().find(({ mention: m }) => m.type === 'date' && m.value && m.start >= start && m.end <= end)?.mention;
}

export function firstYear(mentions: readonly LocalMention[]): number | null {
  const date = mentions.find((m) => m.type === 'date' && m.value);
  return date ? Number(date.value!.slice(0, 4)) : null;
}

/**
 * `Havana, Aug 23 (Prensa Latina)` on a line of its own: a dateline, whose date dates the report that follows.
 * Its words are a place, the date and the agency: nothing else in small letters.
 */
export function datelineDate(text: string, sentence: Span, mentions: Candidate[]): LocalMention | undefined {
  // A page's ` date 2024-08-03` line before the dateline is no part of it.
  const start = sentence.start + pageDateLineLength(text.slice(sentence.start, sentence.start + 30));
  if (sentence.end - start > 80) return undefined;
  const dates = mentions.filter(({ mention }) => mention.type === 'date' && mention.value && mention.start >= start);
  if (dates.length !== 1) return undefined;
  const date = dates[0].mention;
  const rest = (text.slice(start, date.start) + ' ' + text.slice(date.end, sentence.end)).replace(/\([^()]{1,40}\)/g, ' ');
  const tail = text.slice(date.end, sentence.end);
  return /\b[a-z]/.test(rest) || !(/\([^()]{1,40}\)|[-–—]\s*$/.test(tail) || AGENCY_AFTER.test(text.slice(date.end, date.end + 25))) ? undefined : date;
}

/** A date in parentheses dates what stands before it: `A (June 2021), B (December 2021)`. */
export function nearestForDate(drafts: Draft[], date: LocalMention, text: string, lexicon: EventLexicon): Draft | undefined {
  const parenthesized = text[date.start - 1] === '(';
  const before = parenthesized ? nearest(drafts, date, text, lexicon, true) : undefined;
  // `X said on Tuesday while meeting with Y`: the day of the main verb is the day of the act its clause of time tells.
  const timed = () => drafts.find((d) => d.trigger.start >= date.end && /^\s*,?\s*$/.test(text.slice(date.end, d.trigger.start).replace(TIME_CLAUSE_BEFORE, '')) && TIME_CLAUSE_BEFORE.test(text.slice(date.end, d.trigger.start)));
  // `received Y on May 5 within the framework of his visit`, `called Y on May 5 to offer congratulations`: the day
  // is that of the act before it, not of the frame or the purpose after it.
  const framedAfter = (d: Draft) => d.trigger.start >= date.end && DATE_BEFORE_FRAME.test(text.slice(date.end, d.trigger.start));
  const unframed = drafts.filter((d) => !framedAfter(d));
  return before ?? nearest(unframed, date, text, lexicon) ?? nearest(drafts, date, text, lexicon) ?? heldSubject(drafts, date, text) ?? timed();
}

/** The date an undated act takes from another it is told with: its frame, the act it frames, its purpose, its list. */
export function linkedDate(text: string, sentence: Span, drafts: Draft[], draft: Draft, lexicon: EventLexicon): LocalMention | undefined {
  return (frameOf(text, drafts, draft) ?? framedAct(text, drafts, draft) ?? purposeOf(text, sentence, drafts, draft, lexicon) ?? listedWith(text, drafts, draft, lexicon) ?? timeOf(text, drafts, draft))?.date;
}

const WHEN_AFTER_DATE = /^\s*,?\s*when\s+[^,;.]{0,80}$/;

/** `his last visit to Cuba in 2012, when he met Fidel Castro`: a clause of time after an act's date is of that time. */
function timeOf(text: string, drafts: Draft[], draft: Draft): Draft | undefined {
  return drafts.find((other) => other !== draft && other.date !== undefined && other.date.end <= draft.trigger.start && WHEN_AFTER_DATE.test(text.slice(other.date.end, draft.trigger.start)));
}
const FRONTED_FRAME = re()`^\s*(?:${frameCues([ON_THE_OCCASION, ON_THE_SIDELINES], true)})\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[${LETTER}\d.-]+(?:['’]s?)?\s+){0,4}$`;

/**
 * `During his visit to Laos in May 2019, X held talks with Y and met Z`: the occasion that opens the sentence, dated
 * within its own phrase, dates the acts of the clause after it.
 */
export function frontedFrame(text: string, sentence: Span, drafts: Draft[], act: Draft): Draft | undefined {
  const frame = drafts[0];
  if (!frame?.date || frame === act || frame.trigger.end > act.trigger.start) return undefined;
  const opening = text.slice(datelineEnd(text, sentence), frame.trigger.start);
  if (!FRONTED_FRAME.test(opening) && !FRAMING_JOURNEY.test(opening)) return undefined;
  // (The date in the frame's own phrase: before the comma that ends it, `starting on May 5, 2019,` with its year.)
  if (frame.date.start >= frame.trigger.end && /[,;.]/.test(text.slice(frame.trigger.end, frame.date.start))) return undefined;
  const comma = text.indexOf(',', Math.max(frame.trigger.end, frame.date.end));
  return comma !== -1 && comma < act.trigger.start && !/[;.]/.test(text.slice(frame.trigger.end, act.trigger.start)) ? frame : undefined;
}

/**
 * Acts listed together share the one date the list gives after its last act or before its first: `an official
 * visit to Austria, state visits to Italy and the Vatican from July 23 to 28`, `paid a working visit to Mexico and
 * attended the forum from July 29`, `in November 2017 for the APEC summit and an official visit to Hanoi`. A date
 * between two acts of the list is the one act's own.
 */
function listedWith(text: string, drafts: Draft[], draft: Draft, lexicon: EventLexicon): Draft | undefined {
  // (No one who does the next act may stand before it: `and Hun Sen visited` opens a clause of its own.)
  const listed = (item: Draft, next: Draft | undefined) => {
    if (!next) return false;
    const gap = text.slice(item.trigger.end, next.trigger.start);
    const tail = lexicon.listedAct.exec(gap);
    const actorInTail = tail !== null && next.members.some((m) => m.candidate.mention.start >= next.trigger.start - tail[0].length && m.candidate.mention.end <= next.trigger.start);
    return gap.length <= 100 && tail !== null && !actorInTail && !/[;.]/.test(gap) && !lexicon.clauseBreak.test(gap);
  };
  const at = drafts.indexOf(draft);
  for (let i = at; listed(drafts[i], drafts[i + 1]); i++) {
    const next = drafts[i + 1];
    if (next.date) return next.date.start >= next.trigger.end ? next : undefined;
  }
  let first = at;
  while (first > 0 && listed(drafts[first - 1], drafts[first]) && !drafts[first].date) first--;
  const head = drafts[first];
  const opensList = first === 0 || !listed(drafts[first - 1], head);
  return first < at && opensList && head.date && head.date.end <= head.trigger.start ? head : undefined;
}

/** `the visit of X to Hanoi to attend the Summit held there on May 5`: a visit made for an act is dated by it. */
function purposeOf(text: string, sentence: Span, drafts: Draft[], visit: Draft, lexicon: EventLexicon): Draft | undefined {
  const act = drafts[drafts.indexOf(visit) + 1];
  if (visit.trigger.type !== 'visit' || !act || act.trigger.type === 'visit' || /[;.]/.test(text.slice(visit.trigger.end, act.trigger.start))) return undefined;
  return lexicon.purposeCue.test(text.slice(Math.max(sentence.start, act.trigger.start - 60), act.trigger.start)) ? act : undefined;
}

/** Whether a date names a day or month inside the span of another (`2023-01-11` in `2023`). */
export function within(date: LocalMention, span: LocalMention): boolean {
  return date.value!.length > span.value!.length && date.value!.startsWith(span.value!);
}

/** `signed an agreement during the visit … in May 2018`, `the visit in May 2018, during which … were signed`. */
function frameOf(text: string, drafts: Draft[], act: Draft): Draft | undefined {
  return drafts.find((frame) => frame.date && frame !== act && (frames(text, frame, act) || (frame.trigger.end <= act.trigger.start && DURING_WHICH.test(text.slice(frame.trigger.end, act.trigger.start)))));
}

/** `worked with X on June 13 as part of their working trip`: the one day the sentence gives its trip. */
function framedAct(text: string, drafts: Draft[], frame: Draft): Draft | undefined {
  return drafts.find((act) => act.date && act !== frame && frames(text, frame, act));
}
/**
 * The words between an act and the occasion that frames it, for its date: whoever's the occasion is (`during Xi's
 * state visit`, `as part of the delegation's visit`, `during his 2019 visit`), and a summit beside which it was held.
 */
const DATE_FRAME = re()`\b(?:${frameCues([ON_THE_OCCASION, ON_THE_SIDELINES], true)})\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[${LETTER}\d.-]+(?:['’]s?)?\s+){0,4}$`;

function frames(text: string, frame: Draft, act: Draft): boolean {
  const gap = text.slice(act.trigger.end, frame.trigger.start);
  return frame.trigger.start >= act.trigger.end && DATE_FRAME.test(gap) && !/[;.]/.test(gap);
}

/** `attended the Sao Paulo Forum, which took place in Caracas from July 25`: the clause dates the act it follows. */
export function heldWhen(drafts: Draft[], date: LocalMention, text: string): Draft | undefined {
  return [...drafts].reverse().find((d) => d.trigger.end <= date.start && HELD_CLAUSE.test(text.slice(d.trigger.end, date.start)));
}

/** Where a dateline ends (`HANOI, May 13 (Xinhua) --`, `VIETNAM, January 23 - HÀ NỘI —`): its names are no actors. */
export function datelineEnd(text: string, sentence: Span): number {
  const opening = text.slice(sentence.start, sentence.start + 120);
  const page = pageDateLineLength(opening);
  const head = DATELINE_HEAD.exec(opening.slice(page));
  if (!head || !/\d|\([^)]{1,30}\)/.test(head[0])) return sentence.start;
  return sentence.start + page + head[0].length;
}

/**
 * The report's date where the sentence leaves its acts on that day: a sentence under a dateline is told of the
 * dateline's day unless it names another (`on Monday` of a Tuesday, `yesterday`); any other sentence only where it
 * names that day (`on Sunday` in a report of a Sunday, `today`).
 */
export function reportDate(text: string, sentence: Span, from: number, mentions: Candidate[], context: SentenceContext, lexicon: EventLexicon): LocalMention | undefined {
  const anchor = context.dateline ?? context.report;
  if (!anchor) return undefined;
  const dates = mentions.filter(({ mention: m }) => m.type === 'date').map(({ mention }) => mention);
  const day = namedDay(text, from, sentence.end, dates, anchor, lexicon.reportDay);
  return (context.dateline ? day !== 'other' : day === 'report') ? anchor : undefined;
}

/**
 * The value of an act's date. An act the page reports took place before the page was put up: a month or day its text
 * gives no year for (`signed in December` on a page of August 2024) that would fall after the page's date is of the
 * year before. (A page may be dated a day before the lead's dateline, across time zones: a week's grace. A dateline's
 * date is the lead's day, not a bound: a report may go on to what followed it.)
 */
export function reportedValue(date: LocalMention | undefined, published: LocalMention | undefined): string | null {
  const value = date?.value;
  if (!value || value.length < 7 || !published?.value || published.value.length < 7 || WRITTEN_YEAR.test(date.text)) return value ?? null;
  return daysFrom(published.value, value) > WEEK && !value.endsWith('-02-29') ? `${Number(value.slice(0, 4)) - 1}${value.slice(4)}` : value;
}
const WEEK = 7;

/** A date that opens a sentence (`In July 2017, …`) dates every event of the sentence that has no nearer one. */
export function openingDate(text: string, sentence: Span, dates: Candidate[]): LocalMention | undefined {
  const first = dates[0]?.mention;
  if (!first) return undefined;
  const before = text.slice(sentence.start, first.start);
  // `On the occasion of his trip to Nepal, on August 17-18, 2023, X paid …`: a date set off by commas that closes
  // the sentence's opening phrase is the main clause's.
  const closesOpening = FRAME_OPENING.test(before) && /,\s*(?:on|in)\s+$/.test(before) && DATE_THEN_COMMA.test(text.slice(first.end, first.end + 14));
  return OPENING_BEFORE_DATE.test(before) || closesOpening ? first : undefined;
}
/** What may end a date before its comma: the other end of a range of days, the year. */
const DATE_THEN_COMMA = /^(?:\s*[-–]\s*\d{1,2})?(?:,\s*\d{4})?\s*,/;
const FRAME_OPENING = /^\s*(?:On|During|At|Upon|While|In)\s[^;.]{0,200}$/;
const OWN_DATE_BEFORE = /^[\s,(]*(?:(?:in|on|from)\s+)?(?:(?:early|late|mid)[-\s]+)?$/;

/**
 * `visited Japan in May and Russia in November`: where two or more of the names an act is split by give a date of
 * their own right after them, each occasion takes its own, and a name with none takes the one given after the
 * names that follow it (`Japan in May, Laos and Russia in November`).
 */
export function withOwnDates(text: string, chosen: Draft['members'], dates: Candidate[], split: Draft[]): Draft[] {
  const own = chosen.map((one, i) => {
    const next = chosen[i + 1]?.candidate.mention.start ?? Infinity;
    const end = one.candidate.mention.end;
    return dates.find(({ mention: d }) => d.start >= end && d.start < next && OWN_DATE_BEFORE.test(text.slice(end, d.start)))?.mention;
  });
  if (own.filter(Boolean).length < 2) return split;
  return split.map((occasion, i) => ({ ...occasion, date: own.slice(i).find(Boolean) ?? occasion.date }));
}

/** Partners each followed by their own date in parentheses: one event each, the names before the first shared. */
export function datedItems(text: string, draft: Draft, dates: Candidate[]): Draft[] {
  const after = dates.filter(
    ({ mention }) => mention.start > draft.trigger.end && text[mention.start - 1] === '(' && draft.members.some((m) => m.candidate.mention.end <= mention.start),
  );
  if (after.length < 2) return [];
  const items: Draft[] = [];
  let from = draft.trigger.end;
  let shared: Draft['members'] = draft.members.filter((m) => m.candidate.mention.end <= draft.trigger.start || m.role === 'host');
  after.forEach(({ mention: date }, i) => {
    const own = draft.members.filter((m) => m.candidate.mention.start >= from && m.candidate.mention.end <= date.start && m.role !== 'host');
    if (i === 0 && own.length >= 2 && draft.trigger.type !== 'visit') {
      shared = [...shared, ...own.slice(0, -1)];
      own.splice(0, own.length - 1);
    }
    if (own.length > 0) items.push({ ...draft, members: [...shared, ...own], date, rule: `${draft.rule}+dated-list` });
    from = date.end;
  });
  const rest = draft.members.filter((m) => m.candidate.mention.start >= from && m.role !== 'host');
  // Names after the last date (`as well as the official visit to Cuba of X`) are one more occasion, undated.
  if (rest.length > 0) items.push({ ...draft, members: [...shared, ...rest], date: undefined, rule: `${draft.rule}+dated-list` });
  return items;
}
