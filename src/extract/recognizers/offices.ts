import type { Knowledge, Office } from '../knowledge/index.js';
import { personNameKey } from '../knowledge/catalog.js';
import type { LocalMention } from '../../types.js';

/** A span of months since year 0 (`year * 12 + month - 1`), both ends in it. */
export interface Months {
  from: number;
  to: number;
}

// How far before a name its title is read: the words in front of it in its own sentence.
const TITLE_REACH = 60;

/**
 * The months a text can have been written in by the offices its people hold there ("Party General Secretary To
 * Lam", "Prime Minister Hun Sen") and the times it names by a word ("COVID-19"), up to the knowledge's present; null
 * when it names none, or when they disagree (a title recalled from another time).
 */
export function officeMonths(text: string, people: readonly LocalMention[], knowledge: Knowledge): Months | null {
  const byName = new Map<string, Office[]>();
  for (const office of knowledge.offices) byName.set(office.name, [...(byName.get(office.name) ?? []), office]);
  const months: Months = { from: -Infinity, to: knowledge.present.year * 12 + knowledge.present.month - 1 };
  let found = false;
  const hold = (office: Office) => {
    found = true;
    months.from = Math.max(months.from, office.from);
    months.to = Math.min(months.to, office.to ?? Infinity);
  };
  // Words that name a time are matched as the data writes them: the whole text is not lower-cased for them.
  for (const office of byName.get('*') ?? []) if (office.titles.some((word) => wordAt(text, word) >= 0)) hold(office);
  let previousEnd = 0;
  for (const [i, person] of people.entries()) {
    const offices = person.kind === 'name' ? byName.get(personNameKey(person.text)) : undefined;
    // "elected general secretary after Nguyen Phu Trong": the title is another's, the name only what it is set against.
    if (offices && !SET_AGAINST_BEFORE.test(text.slice(Math.max(0, person.start - 12), person.start))) {
      // An acronym in brackets inside the title is read as a word of it ("National Assembly (NA) Chairman").
      const before = text.slice(Math.max(previousEnd, person.start - TITLE_REACH), person.start).split(/[.!?]\s/).pop()!.replace(/[()]/g, '');
      const after = text.slice(person.end, person.end + TITLE_REACH);
      // "Nguyen Van A, President of …": a title set after the name.
      const appositive = APPOSITIVE.exec(after)?.[0].length;
      // The election is the person's when no other person is named before it ("to A, …, congratulating him on his election as …").
      const untilNext = text.slice(person.end, Math.min(people[i + 1]?.start ?? text.length, person.end + ELECTION_REACH));
      const elected = ELECTED_BEFORE.test(before) ? before : ELECTED_AFTER.exec(untilNext)?.[1];
      for (const office of offices) {
        const titled = (words: string | undefined, at?: number) => words !== undefined && office.titles.some((title) => (at === undefined ? titleAt(words, title) >= 0 : titleAt(words, title) === at));
        // Congratulated on an election to it ("on his election as President", "the newly elected General Secretary"):
        // the office's first half year (a guest congratulates at the first meeting after it, weeks or months on).
        if (titled(elected)) hold({ ...office, to: office.from + ELECTION_MONTHS - 1 });
        // Died in it ("President Tran Dai Quang passed away on September 21"): the office's last month and the next.
        else if (office.to !== undefined && titled(before) && DIED_AFTER.test(untilNext)) hold({ ...office, from: office.to, to: office.to + 1 });
        else if (titled(before) || (appositive !== undefined && titled(after.slice(appositive), 0))) hold(office);
      }
    }
    previousEnd = Math.max(previousEnd, person.end);
  }
  return found && months.from <= months.to ? months : null;
}

const APPOSITIVE = /^,\s*(?:the\s+)?/;
const DIED_AFTER = /^[^.!?]{0,20}?\b(?:passed away|died)\b/i;
const SET_AGAINST_BEFORE = /\b(?:after|before|succeeding|replacing|than)\s+$/i;
const ELECTED_BEFORE = /\bnewly[-\s](?:elected|appointed)\b/i;
const ELECTION_REACH = 200;
const ELECTION_MONTHS = 6;
const ELECTED_AFTER = /^[^.!?]{0,120}?\b(?:on|upon|for)\s+(?:his|her)\s+(?:election|appointment)\s+(?:as|to)\s+([^.!?,;]{3,80})/i;

/** Where a title stands in a few words as whole words; initials ("PM") only as written, other titles in any case. */
function titleAt(words: string, title: string): number {
  return /^\p{Lu}+$/u.test(title) ? wordAt(words, title) : wordAt(words.toLowerCase(), title.toLowerCase());
}

function wordAt(haystack: string, needle: string): number {
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
    const end = at + needle.length;
    if (!/[\p{L}\p{N}]/u.test(haystack[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(haystack[end] ?? '')) return at;
  }
  return -1;
}
