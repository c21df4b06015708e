import { weekdayOf } from '../../text/calendar.js';
import type { LocalMention } from '../../types.js';
import type { ReportDayWords } from './lexicon.js';

/**
 * What a sentence says of the day of its act, beside the report's date (its dateline's date, else its page's date
 * line): `none` when it names no day, `report` when it names the report's own day (`today`, `tonight`, or the
 * weekday the report's date falls on: `BEIJING, May 11 … held talks Thursday` of a Thursday, `visited Laos from
 * Wednesday to Friday` of a Friday), `other` when it names another (`yesterday`, `last week`, other weekdays, or a
 * weekday where the report's date gives no day). A weekday to come or a deadline (`until next Sunday`) is no day
 * of the act.
 */
export type NamedDay = 'none' | 'report' | 'other';

/** A weekday written just before a date (`Monday, May 5`) is that date's: the date dates the act itself. */
const BEFORE_DATE = 4;

export function namedDay(text: string, from: number, to: number, dates: readonly LocalMention[], report: LocalMention, words: ReportDayWords): NamedDay {
  const clause = text.slice(from, to);
  if (words.otherDay.test(clause)) return 'other';
  const named = new Set<number>();
  words.weekday.lastIndex = 0;
  for (let found = words.weekday.exec(clause); found; found = words.weekday.exec(clause)) {
    const start = from + found.index;
    const end = start + found[0].length;
    if (dates.some((d) => (d.start <= start && d.end >= end) || (d.start >= end && d.start - end <= BEFORE_DATE))) continue;
    if (words.notOfAct.test(clause.slice(Math.max(0, found.index - 20), found.index))) continue;
    named.add(words.weekdays.indexOf(found[1]));
  }
  if (named.size > 0) return named.has(weekdayOfDate(report) ?? -1) ? 'report' : 'other';
  return words.sameDay.test(clause) ? 'report' : 'none';
}

/** The weekday of a date that names a day (`2017-05-11` → 4), else undefined. */
function weekdayOfDate(date: LocalMention): number | undefined {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date.value ?? '');
  return day ? weekdayOf(Number(day[1]), Number(day[2]), Number(day[3])) : undefined;
}
