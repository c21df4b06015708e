import { weekdayOf } from '../../text/calendar.js';
import type { LocalMention } from '../../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { Celebration } from './anniversaries.js';
import { type CongressYear, forumMeetings } from './congresses.js';
import type { Months } from './offices.js';

export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];

/** Words that are never part of a person's name (abbreviations are: "Liang Jun"). */
export const MONTHS_AND_DAYS: ReadonlySet<string> = new Set([...MONTHS, ...WEEKDAYS]);

// Spanish, Portuguese and French names of months, read where a day comes first and a year follows ("19 de agosto de
// 2024", "1er février 2023").
const FOREIGN_MONTHS: ReadonlyArray<readonly string[]> = [
  ['enero', 'janeiro', 'janvier'], ['febrero', 'fevereiro', 'février', 'fevrier'], ['marzo', 'março', 'marco', 'mars'], ['abril', 'avril'],
  ['mayo', 'maio', 'mai'], ['junio', 'junho', 'juin'], ['julio', 'julho', 'juillet'], ['agosto', 'août', 'aout'],
  ['septiembre', 'setiembre', 'setembro', 'septembre'], ['octubre', 'outubro', 'octobre'], ['noviembre', 'novembro', 'novembre'],
  ['diciembre', 'dezembro', 'décembre', 'decembre'],
];
const MONTH = `(?:${MONTHS.join('|')}|(?:${MONTH_ABBREVIATIONS.join('|')})\\.?)`;
const DAY_FIRST_MONTH = `(?:${MONTH}|${FOREIGN_MONTHS.flat().join('|')})`;
// Spanish and Portuguese put "de" between a day, its month and its year ("19 August de 2024").
const OF = '(?:of|de)';
const MONTH_NAME = `(?:${MONTHS.map((m) => m[0].toUpperCase() + m.slice(1)).join('|')})`;
const DAY = '(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th|er)?';
const YEAR = '(?:1[5-9]\\d\\d|20\\d\\d|21\\d\\d)';
const QUALIFIER = '(?:(?:early|late|mid|end of|beginning of|middle of)[\\s-]+)';
const RANGE = '\\s*(?:-|–|—|&|to|until|till|through|and)\\s*';
// Between a day and its year: a comma with or without a space ("Oct 19,2017": pages drop the space), or a space.
const BEFORE_YEAR = '(?:,\\s*|\\s+de\\s+|\\s+)';
// A page's date line may put a full stop between the day and a year that ends the line or comes before its Juche year
// ("September 9. 2023 Juche 112"); in running text a full stop after a day ends the sentence.
const DOT_BEFORE_LINE_YEAR = `\\.\\s+(?=${YEAR}\\s*(?:$|\\n|\\||Juche))`;
// Not inside a number, a time, a code or a document number ("No. 73-TB/TW", "10,000", "2017-TB", "10:30"); a
// label's colon may stand right before a date ("Release time:2024-04-11").
const NOT_BEFORE = '(?<![\\p{L}\\p{N}/.,#№]|[\\d\\s]:|No\\.\\s?)';
// A hyphen before a month's name joins two dates ("September 9, 1948-September 9, 2021").
const NOT_AFTER = `(?![\\p{N}\\p{L}]|\\s*%|-(?!${MONTH_NAME})\\p{L}|[/.,]\\p{N})`;
// A day and month before a letter are checked in code ("on November 4Comrades": a heading glued by the page).
const NOT_BEFORE_A_DIGIT = '(?!\\p{N})';
// A page's extraction may drop the space between a month's full name and its day ("Havana, April18 (ACN)"), and a
// writer the one after an abbreviation's dot ("on Monday, Dec.11, 2023").
const MONTH_DAY_GAP = `(?:\\s+|(?<=(?:${MONTHS.join('|')}|\\.))(?=\\d))`;
const GLUED_WORD = /^\p{Lu}\p{Ll}/u;

// One pass over the text with alternatives from the most to the least specific; each alternative is a fixed
// sequence of bounded pieces, so matching is linear in the text's length. Alternatives that end alike share their
// lookahead and all but the last share one lookbehind: each Unicode property class costs V8 about a millisecond to
// compile, and a run recognizes its first date while the other thread waits.
const DATE = new RegExp(
  [
    NOT_BEFORE,
    '(?:',
    [
      `(?:${[
        `(?<crossMonthRange>(?<m11>${MONTH})\\s+(?<d12>${DAY})${RANGE}(?<m12>${MONTH})\\s+(?<d13>${DAY}),?\\s+(?<y9>${YEAR}))`,
        `(?<crossMonthDmyRange>(?<d14>${DAY})\\s+(?:of\\s+)?(?<m13>${MONTH})${RANGE}(?<d15>${DAY})\\s+(?:of\\s+)?(?<m14>${MONTH}),?\\s+(?<y10>${YEAR}))`,
        // Without a year, a range of days in a month takes the year from its context ("from 21-25 July").
        `(?<dmyRange>(?<d1>${DAY})${RANGE}(?<d2>${DAY})\\s+(?<m1>${MONTH})(?:,?\\s+(?<y1>${YEAR}))?)`,
        `(?<mdyRange>(?<m2>${MONTH})\\s+(?<d3>${DAY})${RANGE}(?<d4>${DAY}),?\\s+(?<y2>${YEAR}))`,
        `(?<dmy>(?<d5>${DAY})(?:\\s+(?:${OF}\\s+)?|-(?=\\p{L}+-))(?<m3>${DAY_FIRST_MONTH})(?:${BEFORE_YEAR}|-)(?<y3>${YEAR}))`,
        // A newspaper's issue written year first ("2018 December 19 - 2019 January 8").
        `(?<ymd>(?<y12>${YEAR})\\s+(?<m19>${MONTH_NAME})\\s+(?<d18>${DAY})(?:${RANGE}(?<d19>${DAY}))?)`,
        `(?<mdy>(?<m4>${MONTH})${MONTH_DAY_GAP}(?<d6>${DAY})(?:${BEFORE_YEAR}|${DOT_BEFORE_LINE_YEAR})(?<y4>${YEAR}))`,
        // Two months sharing the year written after the second ("for April and September 2025").
        `(?<monthPair>(?<m17>${MONTH_NAME})${RANGE}(?<m18>${MONTH_NAME}),?\\s+(?<y11>${YEAR}))`,
        `(?<my>${QUALIFIER}?(?<m5>${MONTH})\\s*(?:-|–|,|${OF})?\\s*(?<y5>${YEAR}))`,
        `(?<iso>(?<y6>${YEAR})(?<isoSep>[-/.])(?<m6>0[1-9]|1[0-2])\\k<isoSep>(?<d7>0[1-9]|[12]\\d|3[01]))`,
        `(?<numeric>(?<n1>[0-3]?\\d)(?<sep>[/.-])(?<n2>[0-3]?\\d)\\k<sep>(?<y7>${YEAR}))`,
        // A year alone begins with a qualifier or four digits, where none of the day-and-month forms below can; a
        // span of years may write the second short ("the 2021-25 term").
        `(?<year>${QUALIFIER}?(?<y8>${YEAR})(?:[-–](?<y14>\\d\\d)(?![/-]))?)`,
      ].join('|')})${NOT_AFTER}`,
      `(?<crossMonthShortRange>(?<m15>${MONTH})\\s+(?<d16>${DAY})${RANGE}(?<m16>${MONTH})\\s+(?<d17>${DAY})(?![\\p{L}\\p{N}]|,?\\s+${YEAR}))`,
      // Not "June 3 and 15 May": the second day has a month of its own.
      `(?<mdShortRange>(?<m9>${MONTH})\\s+(?<d10>${DAY})${RANGE}(?<d11>${DAY})(?![\\p{L}\\p{N}]|,?\\s+${YEAR}|\\s+(?:of\\s+)?${MONTH}\\b))`,
      `(?:(?<md>(?<m7>${MONTH})${MONTH_DAY_GAP}(?<d8>${DAY}))|(?<dm>(?<d9>${DAY})\\s+(?:of\\s+)?(?<m8>${MONTH})))${NOT_BEFORE_A_DIGIT}`,
    ].join('|'),
    ')',
    // A month alone, after a preposition of time ("in October") or a qualifier ("and early November"): "May" the
    // verb never follows one.
    `|(?<month>(?:(?<=\\b(?:in|In|since|Since|until|Until|by|By|from|From|during|During|of|till)\\s+)${QUALIFIER}?|${QUALIFIER})(?<m10>${MONTH_NAME})(?![\\p{L}\\p{N}]|\\s*-?\\s*\\d))`,
  ].join(''),
  'yiud',
);

// Where a date can begin: a digit that starts a number, a month's name, or a qualifier. Only there is DATE tried.
const CANDIDATE = /(?<![0-9])[0-9]|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|early|late|mid|end|beginning|middle)/gi;

function* dateMatches(text: string): Generator<RegExpExecArray> {
  CANDIDATE.lastIndex = 0;
  for (let candidate = CANDIDATE.exec(text); candidate; candidate = CANDIDATE.exec(text)) {
    DATE.lastIndex = candidate.index;
    const match = DATE.exec(text);
    if (match) {
      yield match;
      CANDIDATE.lastIndex = Math.max(CANDIDATE.lastIndex, match.index + match[0].length);
    }
  }
}

const pad = (n: number) => String(n).padStart(2, '0');

function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  const full = MONTHS.indexOf(key);
  if (full >= 0) return full + 1;
  const foreign = FOREIGN_MONTHS.findIndex((names) => names.includes(key));
  if (foreign >= 0) return foreign + 1;
  const short = key === 'sept' ? 8 : MONTH_ABBREVIATIONS.indexOf(key);
  return short >= 9 ? short : short + 1;
}

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Absolute dates, each with an ISO value as precise as the text: `2017`, `2017-12`, `2019-02-18`. Each end of a
 * range is its own date (`July 8 to 10, 2019` gives `2019-07-08` and `2019-07-10`). Numeric dates are read
 * day/month/year, as these pages write them, unless only month/day/year can be valid. Relative expressions (`last
 * year`) are resolved against the reviewed year (`reviewedYear`), as kind `relative`.
 *
 * A day or month without a year in the sentence of an anniversary the text celebrates (`celebration`: "the 44th National
 * Day of Laos (December 2)") takes the anniversary's year. Elsewhere it takes the year the text last named (not a year
 * that names a document or a plan or sets a target: "Vision 2030", "by 2045"), else, before the text names any, the year of
 * the page's own date (`pageYear`: a wire report's dateline `HANOI, March 3 (VNA)` is dated by it), else the
 * reviewed year, else the year of an anniversary the text celebrates (`celebration`), else the first year named
 * after it or a congress's. A date the text sets in the future (`scheduled for March 4, 2012`) bounds the days
 * around it rather than dating them: one before it is not after it, one after it follows the report's last date.
 */
export function recognizeDates(
  text: string,
  tokens: readonly Token[],
  knowledge: Knowledge,
  reviewedYear: number | null,
  pageYear: number | null = null,
  congresses: readonly CongressYear[] = [],
  celebration: Celebration | null = null,
  officeMonths: () => Months | null = () => null,
): LocalMention[] {
  const mentions: LocalMention[] = [];
  // A forum's numbered meeting dates the days around it as a congress does. A congress or meeting still to come dates
  // only the days of its own month ("the upcoming 13th Congress … from January 25").
  const meetings = forumMeetings(text, knowledge);
  const occasions = meetings.length === 0 ? congresses : [...congresses, ...meetings].sort((a, b) => a.start - b.start);
  congresses = occasions.filter((c) => !c.scheduled);
  // The last date that dates what follows it, and the last that tells the report's own time (neither a scheduled
  // date nor the year an anniversary counts from).
  let last: LocalMention | undefined;
  let present: LocalMention | undefined;
  const scheduled = new Set<LocalMention>();
  // Years that name a document or a plan, or set a target: mentions that date nothing around them.
  const timeless = new Set<LocalMention>();
  // A day or month before the text names any year, in a text with neither a page date nor a reviewed year, takes
  // the year of an anniversary the text celebrates, else waits for the year named after it ("on November 22 … the
  // Friendship Year 2022"), or a congress's.
  const waiting: Waiting[] = [];
  let months: Months | null | undefined;
  const officesOnce = () => (months === undefined ? (months = officeMonths()) : months);
  const push = (start: number, end: number, value: string, rule: string) => {
    const mention: LocalMention = { type: 'date', kind: 'name', start, end, text: text.slice(start, end), key: value, value, rule: `date:${rule}` };
    mentions.push(mention);
    if (!rule.endsWith('from-context') && (SCHEDULED_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || PREPARED_FOR_BEFORE.test(text.slice(Math.max(0, start - 120), start)))) {
      scheduled.add(mention);
      // The days waiting for a year are not after the scheduled date ("opened on Nov. 27 … elections scheduled for
      // March 4, 2012": 2011).
      if (celebration === null && congresses.length === 0) for (const day of waiting.splice(0)) day.push(latestHeldYear(latestYearNotAfter(value, day.month, day.day), day.month, officesOnce()));
    } else if (celebration && rule === 'year' && Number(value) === celebration.since && namesSomething(text, start, end)) {
      return;
    } else if (rule.endsWith('relative-year') || ((rule === 'year' || rule === 'year-range') && namesNoTime(text, start, end))) {
      // "November last year" is dated by the report's time and dates nothing around it.
      timeless.add(mention);
      return;
    } else if (!rule.endsWith('from-context') && PAST_ANCHOR_BEFORE.test(text.slice(Math.max(0, start - 60), start))) {
      // "since December 2, 1960", "established relations in 1961": a starting point in the past, not the time of
      // the days around it.
      timeless.add(mention);
      return;
    } else {
      present = mention;
      // Days after a scheduled date go on from one another ("on December 9 … and on May 7": 2015).
      if (rule.endsWith('from-context') && last && scheduled.has(last)) return;
    }
    last = mention;
  };
  // The year the text last named; after a scheduled date, the first year from the report's last date.
  const namedYear = (month: number, day: number | undefined, at: number): number | null => {
    if (!last) return null;
    // The page's own date line: the days its report tells are the latest not after it ("April 14" on a page of
    // February 2020 is of 2019), unless the words before the day look ahead ("scheduled to return on March 28").
    const onPage = PAGE_DATE_LABEL.test(text.slice(Math.max(0, last.start - 16), last.start)) && !AHEAD_BEFORE.test(text.slice(Math.max(0, at - 60), at));
    if (!scheduled.has(last)) return onPage ? latestYearNotLongAfter(last.value!, month, day) : yearOf(last.value!);
    // Only a date to come named so far: it bounds the days, it does not date them.
    if (!present) return null;
    const year = yearOf(present.value!);
    const [presentMonth, presentDay] = monthAndDay(present.value!);
    return presentMonth !== undefined && isBefore(month, day, presentMonth, presentDay) ? year + 1 : year;
  };
  // Whether the text sets its paragraphs apart by blank lines: asked once, not once a date (a huge text without a
  // blank line would be read to its end each time).
  let blankLines: boolean | undefined;
  const setApartByBlankLines = () => (blankLines ??= /\n[^\S\n]*\n/.test(text));
  // In a review of a year, a year named in another paragraph is recalled there ("Trump was in Vietnam in November
  // 2017 …"): a later paragraph's days are of the reviewed year unless their own paragraph names another.
  const recalledElsewhere = (at: number) =>
    reviewedYear !== null && last !== undefined && !scheduled.has(last) && yearOf(last.value!) !== reviewedYear && !sameParagraph(text, last.start, at, setApartByBlankLines);
  // A congress named after the last date moves the year on when it met later ("after the 20th National Congress of
  // the CPC": 2022), and to the year after for a day before the month it opened in.
  let congress = -1;
  const contextYear = (at: number, month: number, day?: number) => {
    if (celebration && at >= celebration.sentence[0] && at < celebration.sentence[1]) return celebration.year;
    // A page's own date tells which occasion is the report's: one years away from it is recalled ("the 11th Congress").
    const occasion = occasionYear(text, occasions, at, month, setApartByBlankLines);
    if (occasion !== undefined && (pageYear === null || Math.abs(occasion - pageYear) <= 1)) return occasion;
    const named = recalledElsewhere(at) ? reviewedYear : (namedYear(month, day, at) ?? pageYear ?? reviewedYear);
    while (congress + 1 < congresses.length && congresses[congress + 1].start < at) congress++;
    const since = congresses[congress];
    if (!since || (last && last.start > since.start)) return named;
    // A message on an anniversary is of the anniversary's year, however long ago the congress it recalls met.
    const year = named ?? celebration?.year ?? null;
    return year !== null && year >= since.year ? year : afterCongress(since, month);
  };
  const withYear = (at: number, month: number, day: number | undefined, pushWith: (year: number) => void, weekday?: number, leadWeekday?: number) => {
    const year = contextYear(at, month, day);
    if (year !== null) pushWith(year);
    else waiting.push({ start: at, month, day, weekday: weekday ?? leadWeekday, ofLead: weekday === undefined && leadWeekday !== undefined, push: pushWith });
  };
  // Both ends of a range of days in one month: the first as written ("8", "July 8"), the second with what they share.
  const pushRange = (year: number, month: number, days: [string, string], ends: [number, number, number, number], rule: string) => {
    const [first, second] = days.map((d) => parseInt(d));
    if (!validDay(year, month, first) || !validDay(year, month, second)) return;
    push(ends[0], ends[1], `${year}-${pad(month)}-${pad(first)}`, rule);
    push(ends[2], ends[3], `${year}-${pad(month)}-${pad(second)}`, rule);
  };

  for (const match of dateMatches(text)) {
    const g = match.groups ?? {};
    const start = match.index;
    const end = start + match[0].length;
    const at = match.indices?.groups ?? {};
    if (g.crossMonthRange || g.crossMonthDmyRange) {
      // "from October 30 to November 1, 2022": both ends take the year written at the end ("December 30 to January
      // 2, 2023": the first end is in the year before).
      const year = Number(g.y9 ?? g.y10);
      const [firstMonth, secondMonth] = [monthNumber(g.m11 ?? g.m13), monthNumber(g.m12 ?? g.m14)];
      const [firstDay, secondDay] = [parseInt(g.d12 ?? g.d14), parseInt(g.d13 ?? g.d15)];
      const firstYear = firstMonth > secondMonth ? year - 1 : year;
      if (!validDay(firstYear, firstMonth, firstDay) || !validDay(year, secondMonth, secondDay)) continue;
      const firstEnd = g.crossMonthRange ? at.d12![1] : at.m13![1];
      const secondStart = g.crossMonthRange ? at.m12![0] : at.d15![0];
      push(start, firstEnd, `${firstYear}-${pad(firstMonth)}-${pad(firstDay)}`, 'cross-month-range');
      push(secondStart, end, `${year}-${pad(secondMonth)}-${pad(secondDay)}`, 'cross-month-range');
    } else if (g.dmyRange && !g.y1) {
      withYear(start, monthNumber(g.m1), parseInt(g.d1), (year) => pushRange(year, monthNumber(g.m1), [g.d1, g.d2], [start, at.d1![1], at.d2![0], end], 'day-range-year-from-context'));
    } else if (g.dmyRange || g.mdyRange) {
      pushRange(Number(g.y1 ?? g.y2), monthNumber(g.m1 ?? g.m2), [g.d1 ?? g.d3, g.d2 ?? g.d4], [start, (at.d1 ?? at.d3)![1], (at.d2 ?? at.d4)![0], end], 'day-range');
    } else if (g.dmy || g.mdy) {
      const year = Number(g.y3 ?? g.y4);
      const month = monthNumber(g.m3 ?? g.m4);
      const day = parseInt(g.d5 ?? g.d6);
      if (validDay(year, month, day)) push(start, end, `${year}-${pad(month)}-${pad(day)}`, g.dmy ? 'day-month-year' : 'month-day-year');
    } else if (g.ymd && g.d19) {
      pushRange(Number(g.y12), monthNumber(g.m19), [g.d18, g.d19], [start, at.d18![1], at.d19![0], end], 'year-month-day-range');
    } else if (g.ymd) {
      const [year, month, day] = [Number(g.y12), monthNumber(g.m19), parseInt(g.d18)];
      if (validDay(year, month, day)) push(start, end, `${year}-${pad(month)}-${pad(day)}`, 'year-month-day');
    } else if (g.monthPair) {
      push(start, at.m17![1], `${g.y11}-${pad(monthNumber(g.m17))}`, 'month-pair');
      push(at.m18![0], end, `${g.y11}-${pad(monthNumber(g.m18))}`, 'month-pair');
    } else if (g.my) {
      push(start, end, `${g.y5}-${pad(monthNumber(g.m5))}`, 'month-year');
    } else if (g.iso) {
      if (validDay(Number(g.y6), Number(g.m6), Number(g.d7))) push(start, end, `${g.y6}-${g.m6}-${g.d7}`, 'iso');
    } else if (g.numeric) {
      const year = Number(g.y7);
      const [a, b] = [Number(g.n1), Number(g.n2)];
      if (validDay(year, b, a)) push(start, end, `${year}-${pad(b)}-${pad(a)}`, 'numeric-day-month-year');
      else if (validDay(year, a, b)) push(start, end, `${year}-${pad(a)}-${pad(b)}`, 'numeric-month-day-year');
    } else if (g.crossMonthShortRange) {
      const [firstMonth, secondMonth] = [monthNumber(g.m15), monthNumber(g.m16)];
      const [firstDay, secondDay] = [parseInt(g.d16), parseInt(g.d17)];
      withYear(start, firstMonth, firstDay, (year) => {
        if (!validDay(year, firstMonth, firstDay) || !validDay(year, secondMonth, secondDay)) return;
        push(start, at.d16![1], `${year}-${pad(firstMonth)}-${pad(firstDay)}`, 'cross-month-range-year-from-context');
        push(at.m16![0], end, `${year}-${pad(secondMonth)}-${pad(secondDay)}`, 'cross-month-range-year-from-context');
      });
    } else if (g.mdShortRange) {
      withYear(start, monthNumber(g.m9), parseInt(g.d10), (year) => pushRange(year, monthNumber(g.m9), [g.d10, g.d11], [start, at.d10![1], at.d11![0], end], 'day-range-year-from-context'));
    } else if ((g.month || g.md || g.dm) && RELATIVE_YEAR_AFTER.test(text.slice(end, end + 12)) && (pageYear ?? reviewedYear ?? last) !== undefined) {
      // "in November last year": the year counts from the report's own time, the page's date or the reviewed year,
      // else the year the text last named. The month is the date; "last year" stays a relative expression.
      const which = RELATIVE_YEAR_AFTER.exec(text.slice(end, end + 12))![1];
      const year = (pageYear ?? reviewedYear ?? yearOf(last!.value!)) + (OFFSETS.get(which.toLowerCase()) ?? 0);
      const month = monthNumber(g.m10 ?? g.m7 ?? g.m8);
      const day = g.month ? undefined : parseInt(g.d8 ?? g.d9);
      if (day === undefined) push(start, end, `${year}-${pad(month)}`, 'month-relative-year');
      else if (validDay(year, month, day)) push(start, end, `${year}-${pad(month)}-${pad(day)}`, 'day-relative-year');
    } else if (g.month) {
      withYear(start, monthNumber(g.m10), undefined, (year) => push(start, end, `${year}-${pad(monthNumber(g.m10))}`, 'month-year-from-context'));
    } else if (g.md || g.dm) {
      if (/\p{L}/u.test(text[end] ?? '') && !GLUED_WORD.test(text.slice(end, end + 2))) continue;
      const month = monthNumber(g.m7 ?? g.m8);
      const day = parseInt(g.d8 ?? g.d9);
      const weekday = weekdayBefore(text, start);
      withYear(
        start,
        month,
        day,
        (named) => {
          const year = weekday === undefined ? named : yearOfWeekday(named, month, day, weekday);
          if (validDay(year, month, day)) push(start, end, `${year}-${pad(month)}-${pad(day)}`, 'day-year-from-context');
        },
        weekday,
        weekday === undefined ? datelineWeekday(text, start, end) : undefined,
      );
    } else if (g.year && g.y14) {
      const second = g.y8.slice(0, 2) + g.y14;
      push(partOfYearBefore(text, start), at.y8![1], g.y8, 'year');
      if (second > g.y8) push(at.y14![0], end, second, 'year-range');
    } else if (g.year && !isQuantity(text, end) && !isDecade(text, start, end, match[0] !== g.y8)) {
      push(partOfYearBefore(text, start), end, g.y8, 'year');
    }
  }
  const yearAfter = waiting.length > 0 ? yearsNamedAfter(mentions.filter((m) => !timeless.has(m) && !writtenThen(text, m)), congresses) : undefined;
  const stamp = waiting.length > 0 ? closingStampYear(text, mentions) : undefined;
  const undated: Waiting[] = [];
  const namedYears = waiting.length > 0 ? new Set(mentions.filter((m) => !timeless.has(m)).map((m) => yearOf(m.value!))) : undefined;
  const offices = waiting.length > 0 ? officesOnce() : null;
  for (const day of waiting) {
    // An anniversary or a year named later that the offices of the text's people rule out is recalled ("NA Chairman
    // Tran Thanh Man … the 50th anniversary of relations in 2023"): the offices date the day.
    const held = (year: number | undefined) => (year !== undefined && heldIn(offices, year, day.month) ? year : undefined);
    const year = weekdayAmong(namedYears!, day) ?? held(celebration?.year) ?? stamp ?? held(yearAfter?.(day.start, day.month));
    if (year !== undefined) day.push(year);
    else undated.push(day);
  }
  const leftUndated = undated.length > 0 ? datedByTheirTime(undated, knowledge.present, offices) : [];
  // Last, the term a body was elected for at the occasion ("a Standing Committee elected for the 2009-2011 tenure"),
  // or the span of an agreement or plan signed there, which begins in the year it is signed ("signed a cooperation
  // agreement for 2020-2025").
  const term =
    leftUndated.length > 0
      ? [...timeless].find((m) => TERM_AFTER.test(text.slice(m.end, m.end + 24)) || (SPAN_AFTER.test(text.slice(m.end, m.end + 6)) && SIGNED_FOR_BEFORE.test(text.slice(Math.max(0, m.start - 80), m.start))))
      : undefined;
  if (term) for (const day of leftUndated) day.push(yearOf(term.value!));
  if (reviewedYear !== null) mentions.push(...relativeYears(text, tokens, knowledge, reviewedYear));
  return mentions.sort((a, b) => a.start - b.start);
}

// "November last year", "May 5 this year": a month or day dated by a year counted from the report's time.
const RELATIVE_YEAR_AFTER = /^,?\s+(last|this|next)\s+year\b/i;
const OFFSETS = new Map([
  ['last', -1],
  ['next', 1],
]);

const WORD_BEFORE = /([a-z]+)\.?,?\s*\(?$/i;
const WEEKDAY_ABBREVIATIONS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const WEEKDAY_NUMBERS = new Map([
  ...WEEKDAYS.map((name, i) => [name, (i + 1) % 7] as const),
  ...WEEKDAY_ABBREVIATIONS.map((name, i) => [name, i] as const),
  ['tues', 2],
  ['thur', 4],
  ['thurs', 4],
]);

/** The weekday written before a day ("Sunday, September 25", "Tue. (4 July)"), 0 for Sunday, if any. */
function weekdayBefore(text: string, start: number): number | undefined {
  const word = WORD_BEFORE.exec(text.slice(Math.max(0, start - 12), start))?.[1];
  return word === undefined ? undefined : WEEKDAY_NUMBERS.get(word.toLowerCase());
}

// A wire report's dateline: a place in capitals or a city and its country at the head of a line, the day, then the
// agency in brackets or a dash ("BEIJING, May 11 (Xinhua) --", "HAVANA, Cuba, Feb 17 (ACN)", "HANOI, Feb 26 —").
const DATELINE_PLACE = /(?:^|\n)[^\S\n]*\p{Lu}[\p{L} .'’-]{1,40},(?:[^\S\n]*\p{Lu}[\p{L} .]{1,30},)?[^\S\n]*$/u;
const DATELINE_AFTER = /^[^\S\n]*(?:\(|[-–—])/;
// A weekday written before a day of its own ("until Thursday, October 16") is that day's.
const WEEKDAY_WORD = new RegExp(`\\b(${WEEKDAYS.join('|')})\\b(?!\\.?,?\\s*(?:\\d|${MONTH}\\b))`, 'i');
const LEAD_REACH = 400;

/**
 * The weekday a dateline's day falls on: the one the lead sentence after it names ("BEIJING, May 11 (Xinhua) -- Xi
 * held talks Thursday with …"), as wire copy writes the day of the news it dates.
 */
function datelineWeekday(text: string, start: number, end: number): number | undefined {
  if (!DATELINE_AFTER.test(text.slice(end, end + 4)) || !DATELINE_PLACE.test(text.slice(Math.max(0, start - 60), start))) return undefined;
  const lead = text.slice(end, end + LEAD_REACH).split(/[.!?](?:\s|$)/)[0];
  const word = WEEKDAY_WORD.exec(lead)?.[1];
  return word === undefined ? undefined : WEEKDAY_NUMBERS.get(word.toLowerCase());
}

/**
 * The year a day written with its weekday falls in: the year the text gives it when the weekday agrees, else the
 * year before or after when the weekday agrees there (a day dated a year off by its context), else the text's year.
 */
function yearOfWeekday(year: number, month: number, day: number, weekday: number): number {
  for (const candidate of [year, year - 1, year + 1]) if (validDay(candidate, month, day) && weekdayOf(candidate, month, day) === weekday) return candidate;
  return year;
}

/** The one year among those a text names in which a day written with its weekday falls on it ("Monday 28th June"), if one. */
function weekdayAmong(years: ReadonlySet<number>, day: Waiting): number | undefined {
  if (day.weekday === undefined || day.day === undefined) return undefined;
  const agreeing = [...years].filter((year) => validDay(year, day.month, day.day!) && weekdayOf(year, day.month, day.day!) === day.weekday);
  return agreeing.length === 1 ? agreeing[0] : undefined;
}

// The line a page signs off with: its source and its date ("- Akahata, September 22, 2010").
const STAMP_BEFORE = /(?:^|\n)\s*[-–—]?\s*\p{Lu}[\p{L}.'’ ]{1,40},\s*$/u;

// The line ends with the date, and the text with it or with a short notice after it ("Copyright (c) … reserved.").
const ENDS_THE_TEXT = /^[^\S\n]*(?:$|\n[^]{0,200}$)/;

/** The year of the date a text ends with on a signing-off line of its own (a notice may follow it), if it does. */
function closingStampYear(text: string, mentions: readonly LocalMention[]): number | undefined {
  const last = mentions.reduce<LocalMention | undefined>((found, m) => (found === undefined || m.start > found.start ? m : found), undefined);
  if (last?.value?.length !== 10 || !ENDS_THE_TEXT.test(text.slice(last.end))) return undefined;
  return STAMP_BEFORE.test(text.slice(Math.max(0, last.start - 48), last.start)) ? yearOf(last.value) : undefined;
}

interface Waiting {
  start: number;
  month: number;
  day?: number;
  weekday?: number;
  /** The weekday is the lead's, not written with the day: wire copy may tell the news of the day before. */
  ofLead?: boolean;
  push: (year: number) => void;
}

/**
 * Days of a text that names no year of its own (a wire report without its page's date), dated as a reader dates
 * them: a day written with its weekday ("until Friday, September 27") is the latest such day in the months the
 * text's offices allow ("President To Lam": May to October 2024), up to the knowledge's present; a day without one,
 * or a dateline with the weekday its lead names ("BEIJING, May 11 (Xinhua) -- … held talks Thursday"), is dated where
 * those months hold it in one year only. The days still undated take the year of the nearest day so
 * dated ("HAVANA, Sep 26 (ACN) … until Friday, September 27"); with neither, they are returned undated.
 */
function datedByTheirTime(undated: readonly Waiting[], present: { year: number; month: number }, offices: Months | null): Waiting[] {
  const months = { from: offices?.from ?? -Infinity, to: Math.min(offices?.to ?? Infinity, present.year * 12 + present.month - 1) };
  const dated: { start: number; year: number }[] = [];
  const rest: Waiting[] = [];
  for (const day of undated) {
    const years = yearsWithin(months, day, present.year);
    const agreeing = day.weekday === undefined ? years : years.filter((y) => day.day !== undefined && weekdayOf(y, day.month, day.day) === day.weekday);
    // A lead's weekday dates its dateline only where the offices leave one year in which it agrees.
    const year = day.weekday !== undefined && !day.ofLead ? agreeing[0] : offices && agreeing.length === 1 ? agreeing[0] : undefined;
    if (year === undefined) {
      rest.push(day);
      continue;
    }
    day.push(year);
    dated.push({ start: day.start, year });
  }
  if (dated.length === 0) return rest;
  for (const day of rest) day.push(dated.reduce((best, d) => (Math.abs(d.start - day.start) < Math.abs(best.start - day.start) ? d : best)).year);
  return [];
}

/** Whether the offices a text names allow a month of a year (any month when it names none). */
function heldIn(offices: Months | null, year: number, month: number): boolean {
  return offices === null || (year * 12 + month - 1 >= offices.from && year * 12 + month - 1 <= offices.to);
}

/** The years, latest first and within 28 (the calendar's cycle) of the present, in which a day (or month) lies within the months. */
function yearsWithin(months: { from: number; to: number }, day: Waiting, presentYear: number): number[] {
  const years: number[] = [];
  for (let year = presentYear; year > presentYear - 28; year--) {
    const at = year * 12 + day.month - 1;
    if (at >= months.from && at <= months.to && (day.day === undefined || validDay(year, day.month, day.day))) years.push(year);
  }
  return years;
}

// The first year of the term a body is elected for: "the 2009-2011 tenure", "the 2021-26 term".
const TERM_AFTER = /^\s*[-–]\s*\d{2,4}\s+(?:term|tenure)\b/i;
const SPAN_AFTER = /^\s*[-–]\s*\d{2,4}\b/;
const SIGNED_FOR_BEFORE = /\b(?:signed|signing|inked|concluded|adopted)\b[^.;!?]{0,50}\b(?:agreement|plan|programme|program|memorandum|MoU)\s+(?:\w+\s+){0,3}?for\s+(?:the\s+)?(?:period\s+)?$/i;

// Words that set a date in the future: "elections scheduled for March 4, 2012", "the congress will be held on …".
// "Set" looks ahead only before "for": "a record set in 2019" is past.
const SCHEDULED_BEFORE = /\b(?:(?:scheduled|slated|due|planned|expected|to\s+be\s+held|to\s+take\s+place|will\s+be\s+held|will\s+take\s+place|will\s+(?:open|begin|start))\s+(?:for|on|in)|set\s+for)\s+(?:the\s+)?$/i;

// What a text prepares for is still to come: "the preparation of the celebrations of the centenary in 2017".
const PREPARED_FOR_BEFORE = /\bprepar(?:e|es|ing|ation|ations)\s+(?:for|of)\b(?![^.;!?\n]{0,90}\b(?:completed|finished|concluded|ended)\b)[^.;!?\n]{0,90}\b(?:in|on)\s+$/i;

// A starting point in the past: "since December 2, 1960", "since the visit in late October 2022", "established diplomatic relations on December 1960", "set up
// its first mission in Hanoi in July 1962", "the party founded in 1930".
const PAST_ANCHOR_BEFORE = /\b(?:since|(?:established|founded|set\s+up|formed|born)\b[^.;:!?\n]{0,45}\b(?:in|on))\s+(?:the\s+)?$|\bsince\b[^.;:!?\n]{0,45}\b(?:in|on)\s+$/i;

/** "Vietnam’s 1945 revolution", "the 1945 August Revolution": a year naming what the next words name, not a time. */
function namesSomething(text: string, start: number, end: number): boolean {
  return /(?:\bthe|['’]s)\s+$/i.test(text.slice(Math.max(0, start - 6), start)) && /^\s+\p{L}/u.test(text.slice(end, end + 2)) && !/^\s+(?:and|or|to|until)\b/i.test(text.slice(end, end + 8));
}

// "Vision 2030", "Strategy 2025", "by 2030", "towards 2045", "a vision to 2030": a plan's name or a target.
const NAME_OR_TARGET_BEFORE = /(?:\b(?:Vision|Strategy|Agenda|Plan|Programme|Program|Horizon)|\b(?:[Bb]y|[Tt]owards?|vision\s+(?:to|until)|orientation\s+(?:to|until)))\s+$/u;
// "the 1982 UN Convention on …", "the 2030 Agenda", "the 2013 Constitution": a year naming a document.
const DOCUMENT_AFTER = /^\s+(?:\p{Lu}[\p{L}.]*\s+){0,3}(?:Convention|Agreement|Treaty|Constitution|Charter|Accords?|Agenda|Vision|Strategy|Declaration|Protocol|Plan|Programme|Program|Goals)\b/u;
// "the 2021-2025 term", "the 2016–2020 period": the years of a plan or a term.
const PERIOD_AFTER = /^(?:\s*[-–]\s*\d{2,4})?\s+(?:period|term|tenure|plan|strategy|programme|program|stage|phase)\b/iu;
const PERIOD_BEFORE = /\d{4}\s*[-–]\s*$/;
const FOR_BEFORE = /\bfor\s+(?:the\s+)?$/i;

/** Whether a year names a document, a plan or a period, or sets a target: still a date, but the time of nothing around it. */
function namesNoTime(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 24), start);
  const after = text.slice(end, end + 60);
  if (NAME_OR_TARGET_BEFORE.test(before) || DOCUMENT_AFTER.test(after)) return true;
  // "the plan for 2016-2020", "cooperation for 2022-2024": the span of a plan.
  if (/^\s*[-–]\s*\d{2,4}\b/.test(after) && FOR_BEFORE.test(before)) return true;
  if (PERIOD_BEFORE.test(before) && FOR_BEFORE.test(before.replace(PERIOD_BEFORE, ''))) return true;
  return PERIOD_AFTER.test(after) && (PERIOD_BEFORE.test(before) || /^\s*[-–]/.test(after));
}

/**
 * The year of a congress or a forum's meeting named in the same paragraph as a day or month that falls in the month
 * it opened or the month after ("the 15th congress of the KPRF that opened in Moscow on February 23"): the day is
 * the occasion's. The nearest such occasion decides.
 */
function occasionYear(text: string, occasions: readonly CongressYear[], at: number, month: number, setApartByBlankLines: () => boolean): number | undefined {
  let best: CongressYear | undefined;
  for (const occasion of occasions) {
    if (occasion.month === undefined || (month !== occasion.month && month !== (occasion.month % 12) + 1)) continue;
    if (best !== undefined && Math.abs(best.start - at) <= Math.abs(occasion.start - at)) continue;
    if (sameParagraph(text, Math.min(occasion.start, at), Math.max(occasion.start, at), setApartByBlankLines)) best = occasion;
  }
  if (best === undefined) return undefined;
  return month < best.month! ? best.year + 1 : best.year;
}

/** Whether no paragraph ends between two positions: a blank line ends one, and so does a line break in a text whose paragraphs are not set apart by blank lines. */
function sameParagraph(text: string, from: number, to: number, setApartByBlankLines: () => boolean): boolean {
  const between = text.slice(from, to);
  if (!between.includes('\n')) return true;
  return !/\n[^\S\n]*\n/.test(between) && setApartByBlankLines();
}

const yearOf = (value: string) => Number(value.slice(0, 4));

/** The month and day of an ISO value, as precise as it is. */
function monthAndDay(value: string): [number | undefined, number | undefined] {
  return [value.length >= 7 ? Number(value.slice(5, 7)) : undefined, value.length === 10 ? Number(value.slice(8, 10)) : undefined];
}

/** Whether a month (and day) comes before another within a year; a month alone is not before a day of it. */
function isBefore(month: number, day: number | undefined, otherMonth: number, otherDay: number | undefined): boolean {
  return month < otherMonth || (month === otherMonth && day !== undefined && otherDay !== undefined && day < otherDay);
}

/** Words that look ahead to the day after them: a plan, a schedule, a term that runs until it. */
const AHEAD_BEFORE = /\b(?:will|shall|scheduled|expected|due|ahead\s+of|until|till|upcoming|forthcoming|planned|to\s+(?:return|visit|attend|hold|take\s+place|be\s+held))\b(?:[^.!?]|\b[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|Sen|Gen|Lt|Col|No|St)\.)*$/i;
/** What stands before a page's own date: a ` date` line of its own, a `Release time:` label. */
const PAGE_DATE_LABEL = /(?:^|\n)[ \t]*(?:date|[Rr]elease time:|[Pp]ublished:?|[Uu]pdated:?)[ \t]*$/;

// A page may be dated a day or so before the day its lead tells, across time zones.
const PAGE_GRACE_DAYS = 7;
// (Across the year's end only a day or two: a review of the year dated December 30 tells of its January.)
const NEXT_YEAR_GRACE_DAYS = 2;

/** The latest year in which a month and day fall not after a page's date, or at most a week after it. */
function latestYearNotLongAfter(value: string, month: number, day?: number): number {
  const year = yearOf(value);
  const [valueMonth, valueDay] = monthAndDay(value);
  if (valueMonth === undefined || day === undefined) return latestYearNotAfter(value, month, day);
  const page = Date.UTC(year, valueMonth - 1, valueDay ?? 1);
  const daysAfter = (y: number) => (Date.UTC(y, month - 1, day) - page) / 86_400_000;
  // (`January 1` on a page of December 31: the lead's day, past the year's end.)
  if (daysAfter(year + 1) <= NEXT_YEAR_GRACE_DAYS) return year + 1;
  return daysAfter(year) > PAGE_GRACE_DAYS ? year - 1 : year;
}

/** The latest year in which a day (or month) is not after a date: a day before a scheduled date. */
function latestYearNotAfter(value: string, month: number, day?: number): number {
  const [valueMonth, valueDay] = monthAndDay(value);
  return valueMonth !== undefined && isBefore(valueMonth, valueDay, month, day) ? yearOf(value) - 1 : yearOf(value);
}

// "the Manifesto, which was issued in February 1848": the time a text was written, which a report may recall from
// any distance; it dates no day the report wrote before it.
const WRITTEN_BEFORE = /\b(?:issued|published|written|compiled|penned|authored|proclaimed)\s+(?:[\p{L}-]+\s+){0,3}?(?:in|on)\s+$/iu;
const writtenThen = (text: string, mention: LocalMention) => WRITTEN_BEFORE.test(text.slice(Math.max(0, mention.start - 50), mention.start));

/** The latest year, from a bound back, in which the offices a text names allow a month ("prepare for … in 2025" under a leader in office to 2024: 2024). */
function latestHeldYear(bound: number, month: number, offices: Months | null): number {
  for (let year = bound; year > bound - 28; year--) if (heldIn(offices, year, month)) return year;
  return bound;
}

/** The year of a day dated by a congress: the congress's, or the year after for a day before the month it opened. */
function afterCongress(congress: CongressYear, month: number): number {
  return congress.month !== undefined && month < congress.month ? congress.year + 1 : congress.year;
}

/**
 * The year a day or month written before any year takes: the first year named after it, not before the year of
 * the latest congress the text names (a congress is past: "realise the resolution of the 13th Congress"), else
 * that congress's year.
 */
function yearsNamedAfter(mentions: readonly LocalMention[], congresses: readonly CongressYear[]): (at: number, month: number) => number | undefined {
  const dated = mentions.filter((m) => m.value).sort((a, b) => a.start - b.start);
  const latest = congresses.reduce<CongressYear | undefined>((best, c) => (best === undefined || c.year > best.year ? c : best), undefined);
  return (at, month) => {
    const next = dated.find((m) => m.start > at);
    const named = next ? yearOf(next.value!) : undefined;
    if (latest === undefined) return named;
    return named !== undefined && named >= latest.year ? named : afterCongress(latest, month);
  };
}

// "2000 delegates" counts delegates; a year is not followed by a plural noun of a count.
const COUNTED_NOUN = /^\s+(?:delegates|people|persons|members|participants|officials|cadres|doses|tons|tonnes|km|kilometres|kilometers|hectares|units|students|workers|households|copies|letters|messages|projects|times|USD|dollars|euros)\b/u;

function isQuantity(text: string, end: number): boolean {
  return COUNTED_NOUN.test(text.slice(end, end + 16));
}

// "the 1980's", "mid 1980’s": a decade written with an apostrophe (a year's possessive has no qualifier or article).
function isDecade(text: string, start: number, end: number, qualified: boolean): boolean {
  return text[end - 1] === '0' && /^['’]s\b/.test(text.slice(end, end + 3)) && (qualified || /\bthe\s+$/i.test(text.slice(Math.max(0, start - 5), start)));
}

// A part of a year is a qualifier like "early" ("first quarter of 2021"): the date takes it in. A season is not: "the
// spring of 1975" names a campaign as often as a time.
const PART_OF_YEAR = /\b(?:first|second|third|fourth|last|final)\s+(?:quarter|half)\s+of\s+$/i;

function partOfYearBefore(text: string, start: number): number {
  const before = PART_OF_YEAR.exec(text.slice(Math.max(0, start - 24), start));
  return before ? start - before[0].length : start;
}

function relativeYears(text: string, tokens: readonly Token[], knowledge: Knowledge, reviewedYear: number): LocalMention[] {
  const mentions: LocalMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const match = knowledge.relativeYears.longestAt(tokens, i);
    if (!match) continue;
    const start = tokens[match.first].start;
    const end = tokens[match.last - 1].end;
    const value = String(reviewedYear + match.entries[0]);
    mentions.push({ type: 'date', kind: 'relative', start, end, text: text.slice(start, end), key: value, value, rule: 'date:relative-year' });
    i = match.last - 1;
  }
  return mentions;
}
