import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { LocalMention } from '../../types.js';
import { SENTENCE_ENDS } from './anniversaries.js';

/** Where a text names a party's numbered congress, and the year the congress met. */
export interface CongressYear {
  start: number;
  year: number;
  /** The month it opened, where the lexicon knows it: a day before it in the congress's year is in the year after. */
  month?: number;
  /** Still to come where the text names it ("the upcoming 13th Congress"): it dates only the days of its own month. */
  scheduled?: boolean;
}

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const ORDINAL_WORDS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'];
const ORDINAL_NUMBERS = new Map(ORDINAL_WORDS.map((word, i) => [word, i + 1]));
const TENS = new Map([['twenty', 20], ['thirty', 30]]);
// A congress still to come dates nothing ("in the lead-up to the 14th National Party Congress, scheduled for …").
const FUTURE = new Set(['upcoming', 'next', 'coming', 'forthcoming', 'scheduled', 'preparing', 'preparation', 'preparations', 'towards', 'toward', 'ahead', 'lead-up', 'prepare', 'will', 'run-up']);
const MAX_BETWEEN = 4;

/**
 * A party's numbered congress dates the text around it, as a year would ("the first by a foreign leader … after the
 * 20th National Congress of the CPC"): the party is the one named in the phrase (`20th CPC National Congress`,
 * `Congress of the CPC`, `the CPC's 20th`, `Vietnam's 13th`), else the home party; the years are the lexicon's.
 */
export function congressYears(tokens: readonly Token[], parties: readonly LocalMention[], countries: readonly LocalMention[], knowledge: Knowledge): CongressYear[] {
  const found: CongressYear[] = [];
  const byStart = new Map(parties.filter((p) => p.kind === 'name' || p.kind === 'abbreviation').map((p) => [p.start, p]));
  const byEnd = new Map(parties.filter((p) => p.kind === 'name' || p.kind === 'abbreviation').map((p) => [p.end, p]));
  const countryByEnd = new Map(countries.filter((c) => c.kind === 'name').map((c) => [c.end, c]));
  for (let i = 0; i < tokens.length; i++) {
    // A congress in lower case is a party's only where the party is named with it ("the 15th congress of the KPRF").
    const lowerCase = tokens[i].text === 'congress';
    if (tokens[i].text !== 'Congress' && !lowerCase) continue;
    const ordinal = ordinalBefore(tokens, i);
    if (!ordinal) continue;
    const party = partyOf(tokens, ordinal, i, byStart, byEnd, countryByEnd, knowledge);
    if (lowerCase && party === knowledge.homeParty && !namesParty(tokens, ordinal, i, byStart, byEnd)) continue;
    const date = party === undefined ? undefined : knowledge.congressYears.get(party)?.get(ordinal.number);
    if (!date) continue;
    const scheduled = tokens.slice(Math.max(0, ordinal.first - 6), i + 5).some((t) => FUTURE.has(t.fold));
    found.push({ start: tokens[i].start, ...date, ...(scheduled ? { scheduled: true } : {}) });
  }
  return found;
}

/** Whether the home party a congress is taken for is written beside it ("the CPV's 13th congress", "congress of the CPV"). */
function namesParty(tokens: readonly Token[], ordinal: Ordinal, congress: number, byStart: Map<number, LocalMention>, byEnd: Map<number, LocalMention>): boolean {
  const after = tokens[congress + 1]?.fold === 'of' ? tokens[tokens[congress + 2]?.fold === 'the' ? congress + 3 : congress + 2] : undefined;
  const possessive = tokens[ordinal.first - 1];
  return (after !== undefined && byStart.has(after.start)) || (possessive !== undefined && byEnd.has(possessive.start));
}

// The words between a meeting's ordinal and its forum's name: "the 23rd meeting of the Sao Paulo Forum", "the seventh
// general assembly of ICAPP", "the 22nd International Meeting of Communist and Workers' Parties".
const ORDINAL_OF_MEETING = /\b(?:(\d{1,2})(?:st|nd|rd|th)|(?:(twenty|thirty)-)?(\p{L}+))\s+(?:(?:annual|general|plenary|meeting|assembly|conference|session|edition|encounter|gathering|of|the)\s+){0,4}$/iu;
const MEETING_REACH = 80;
const FUTURE_WORD = new RegExp(`(?:^|[^\\p{L}])(?:${[...FUTURE].join('|')})(?![\\p{L}])`, 'iu');
const forumNames = new WeakMap<Knowledge, RegExp>();

/**
 * The numbered meetings of forums of parties the lexicon dates ("the 23rd meeting of the Sao Paulo Forum": July
 * 2017), found by the forums' names in one scan of the text (a name is rare; asking every token cost more).
 */
export function forumMeetings(text: string, knowledge: Knowledge): CongressYear[] {
  let names = forumNames.get(knowledge);
  if (!names) forumNames.set(knowledge, (names = new RegExp([...knowledge.forumMeetings.keys()].map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'g')));
  const found: CongressYear[] = [];
  names.lastIndex = 0;
  for (let match = names.exec(text); match; match = names.exec(text)) {
    const before = text.slice(Math.max(0, match.index - MEETING_REACH), match.index);
    const ordinal = ORDINAL_OF_MEETING.exec(before);
    const number = ordinal && (ordinal[1] ? Number(ordinal[1]) : (TENS.get(ordinal[2]?.toLowerCase() ?? '') ?? 0) + (ORDINAL_NUMBERS.get(ordinal[3].toLowerCase()) ?? NaN));
    const date = number ? knowledge.forumMeetings.get(match[0])?.get(number) : undefined;
    if (!date) continue;
    const from = match.index - before.length + ordinal!.index;
    const around = text.slice(Math.max(0, from - 40), match.index + match[0].length + 30);
    found.push({ start: match.index, ...date, ...(FUTURE_WORD.test(around) ? { scheduled: true } : {}) });
  }
  return found;
}

interface Ordinal {
  /** Its first token. */
  first: number;
  /** One past its last token. */
  end: number;
  number: number;
}

/** The ordinal of "13th [National] [Party] Congress", "the Seventh Congress", "Twenty-first Congress" before a `Congress` token. */
function ordinalBefore(tokens: readonly Token[], congress: number): Ordinal | undefined {
  for (let k = congress - 1; k >= 1 && k >= congress - 1 - MAX_BETWEEN; k--) {
    const t = tokens[k];
    if (ORDINAL_SUFFIX.test(t.text) && !t.spaceBefore && /^\d+$/.test(tokens[k - 1].text)) return { first: k - 1, end: k + 1, number: Number(tokens[k - 1].text) };
    const word = ORDINAL_NUMBERS.get(t.fold);
    const tens = word !== undefined && tokens[k - 1].text === '-' && !tokens[k - 1].spaceBefore && !t.spaceBefore ? TENS.get(tokens[k - 2]?.fold ?? '') : undefined;
    if (word !== undefined && tens !== undefined && tokens[k - 2].upper) return { first: k - 2, end: k + 1, number: tens + word };
    if (word !== undefined && t.upper) return { first: k, end: k + 1, number: word };
    if (!t.upper) return undefined;
  }
  return undefined;
}

/**
 * The party whose congress it is, or undefined where the words between name something else ("the Seventh ABC
 * Congress", "the First Congress of Women": another body's congress).
 */
function partyOf(
  tokens: readonly Token[],
  ordinal: Ordinal,
  congress: number,
  byStart: Map<number, LocalMention>,
  byEnd: Map<number, LocalMention>,
  countryByEnd: Map<number, LocalMention>,
  knowledge: Knowledge,
): string | undefined {
  // "20th CPC National Congress"
  for (let k = ordinal.end; k < congress; k++) {
    const inside = byStart.get(tokens[k].start);
    if (inside) return inside.key;
    if (tokens[k].allCaps) return undefined;
  }
  // "Congress of the CPC", "Congress of the Communist Party of China"
  if (tokens[congress + 1]?.fold === 'of') {
    const at = tokens[congress + 2]?.fold === 'the' ? congress + 3 : congress + 2;
    const after = tokens[at] && byStart.get(tokens[at].start);
    if (after) return after.key;
    if (tokens[at]?.upper && tokens[at].fold !== 'party') return undefined;
  }
  // "the CPC's 20th", "Vietnam's 13th"
  const possessive = tokens[ordinal.first - 1];
  if (possessive && /^['’][sS]$/.test(possessive.text)) {
    const owner = byEnd.get(possessive.start);
    if (owner) return owner.key;
    const country = countryByEnd.get(possessive.start);
    const leading = country && knowledge.leadingParties.get(country.key);
    if (leading) return leading.id;
  }
  if (possessive?.fold === 'its') return ownerOfIts(tokens, ordinal.first - 1, byEnd, countryByEnd, knowledge);
  return knowledge.homeParty;
}

/**
 * "Laos has received no other leader since its 11th Party Congress": the party, or the leading party of the country,
 * named last before `its` in the sentence; the home party where the sentence names neither.
 */
function ownerOfIts(tokens: readonly Token[], its: number, byEnd: Map<number, LocalMention>, countryByEnd: Map<number, LocalMention>, knowledge: Knowledge): string {
  for (let k = its - 1; k >= 0 && !SENTENCE_ENDS.has(tokens[k].text); k--) {
    const party = byEnd.get(tokens[k].end);
    if (party) return party.key;
    const country = countryByEnd.get(tokens[k].end);
    const leading = country && knowledge.leadingParties.get(country.key);
    if (leading) return leading.id;
  }
  return knowledge.homeParty;
}
