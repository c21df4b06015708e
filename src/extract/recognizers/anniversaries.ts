import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { LocalMention } from '../../types.js';

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const MAX_SUBJECT = 24;
const NATIONAL_DAY_WORDS = new Set(['national', 'independence', 'revolution']);
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', ';', '!', '?']);
/** A comma or another ordinal ends an anniversary's subject: "the CPP's 74th founding anniversary, and … its 80th National Day". */
const SUBJECT_ENDS = new Set([...SENTENCE_ENDS, ',']);

/** The year a text celebrates in, and the year its anniversary counts from. */
export interface Celebration {
  year: number;
  since: number;
  /** The sentence that names the anniversary (character offsets): a day written there without a year is its day. */
  sentence: [number, number];
}

/**
 * The year a text celebrates in, from the first anniversary it names whose start the lexicon knows: "the 60th
 * anniversary of diplomatic relations" between Vietnam and Laos (1962) is 2022, "the CPV's 90th founding
 * anniversary" 2020, "the 77th anniversary of National Day" 2022, "the 130th birth anniversary of President Ho Chi
 * Minh" 2020. A day written without a year in such a text takes it.
 */
export function anniversaryYear(tokens: readonly Token[], mentions: readonly LocalMention[], knowledge: Knowledge): Celebration | null {
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].fold !== 'anniversary' && !isNationalDay(tokens, i) && !isTraditionalDay(tokens, i)) continue;
    const ordinal = ordinalBefore(tokens, i);
    if (ordinal < 0 || toCome(tokens, ordinal)) continue;
    const since = startOf(tokens, ordinal, i, mentions, knowledge);
    if (since !== undefined) return { year: since + Number(tokens[ordinal].text), since, sentence: sentenceAround(tokens, ordinal) };
  }
  return null;
}

// "prepare for the party's 100th anniversary in 2025", "towards the centenary": a celebration still being worked
// towards is not the text's own time. (One just ahead, `ahead of the 55th anniversary … on June 24`, `the upcoming
// National Day`, mostly falls in the text's year and still dates it.)
const TO_COME = new Set(['prepare', 'prepares', 'preparing', 'preparation', 'preparations', 'towards', 'toward']);
const TO_COME_REACH = 6;

function toCome(tokens: readonly Token[], ordinal: number): boolean {
  return tokens.slice(Math.max(0, ordinal - TO_COME_REACH), ordinal).some((t) => TO_COME.has(t.fold));
}

function sentenceAround(tokens: readonly Token[], at: number): [number, number] {
  let [first, last] = [at, at];
  while (first > 0 && !SENTENCE_ENDS.has(tokens[first - 1].text)) first--;
  while (last + 1 < tokens.length && !SENTENCE_ENDS.has(tokens[last].text)) last++;
  return [tokens[first].start, tokens[last].end];
}

/** "the 44th National Day", "its 70th Independence Day": a national day counted as an anniversary. */
function isNationalDay(tokens: readonly Token[], i: number): boolean {
  return tokens[i].fold === 'day' && i > 0 && NATIONAL_DAY_WORDS.has(tokens[i - 1].fold) && tokens[i - 1].upper;
}

/** "its 70th traditional day": a body's founding anniversary, as Vietnamese agencies call it. */
function isTraditionalDay(tokens: readonly Token[], i: number): boolean {
  return tokens[i].fold === 'day' && i > 0 && tokens[i - 1].fold === 'traditional';
}

/** "60th anniversary", "90th founding anniversary": the index of the number, or -1. */
function ordinalBefore(tokens: readonly Token[], anniversary: number): number {
  for (let k = anniversary - 2; k >= 0 && k >= anniversary - 3; k--) if (isOrdinalAt(tokens, k)) return k;
  return -1;
}

function isOrdinalAt(tokens: readonly Token[], k: number): boolean {
  return k + 1 < tokens.length && /^\d{1,3}$/.test(tokens[k].text) && ORDINAL_SUFFIX.test(tokens[k + 1].text) && !tokens[k + 1].spaceBefore;
}

function startOf(tokens: readonly Token[], ordinal: number, anniversary: number, mentions: readonly LocalMention[], knowledge: Knowledge): number | undefined {
  // The subject: from a possessive before the number ("the CPV's 90th") to the end of the phrase after it.
  let end = anniversary + 1;
  while (end < tokens.length && end - anniversary <= MAX_SUBJECT && !SUBJECT_ENDS.has(tokens[end].text) && tokens[end].fold !== 'anniversary' && !isOrdinalAt(tokens, end)) end++;
  const from = tokens[Math.max(0, ordinal - 3)].start;
  const to = tokens[end - 1].end;
  const words = new Set(tokens.slice(ordinal, end).map((t) => t.fold));
  const inSubject = mentions.filter((m) => m.start >= from && m.end <= to);
  const lookup = (key: string) => knowledge.anniversaries.get(key);
  // A party's organ before the party it belongs to, and before the relations its name speaks of: "the 70th anniversary of the CPV's Commission for External Relations".
  const organ = organNamed(tokens, ordinal, end, mentions, knowledge);
  if (organ !== undefined) return organ;
  // "the 50th anniversary of bilateral ties between Malaysia and China": relations between two countries.
  const relations = words.has('diplomatic') || ((words.has('ties') || words.has('relations')) && !words.has('founding') && !words.has('treaty'));
  if (relations || words.has('treaty')) {
    const pair = countryPair(inSubject, mentions, tokens, ordinal, end, knowledge);
    return pair === undefined ? undefined : lookup(`${relations ? 'relations' : 'treaty'}:${pair}`);
  }
  if (words.has('day') && [...NATIONAL_DAY_WORDS].some((w) => words.has(w))) {
    const country = inSubject.find((m) => m.type === 'country');
    return lookup(`national-day:${country?.key ?? homeCountry(knowledge)}`);
  }
  const person = inSubject.find((m) => m.type === 'person');
  if (person && (words.has('birth') || words.has('birthday'))) return lookup(`birth:${person.key}`);
  const party = inSubject.find((m) => m.type === 'party') ?? partyItRefersTo(tokens, ordinal, mentions);
  if (party !== undefined) return lookup(`founding:${party.key}`);
  // "the 74th anniversary of the foundation of the Socialist Republic of Vietnam": a state's founding.
  const country = inSubject.find((m) => m.type === 'country');
  return country !== undefined && (words.has('foundation') || words.has('founding')) ? lookup(`state-founding:${country.key}`) : undefined;
}

/**
 * "sent a letter to X of the Communist Party of Y on its 30th founding anniversary", "on the occasion of the party's
 * 20th anniversary": the party last named before the reference in the sentence. (`the Party's` in capitals is the
 * home party, as these texts write it.)
 */
function partyItRefersTo(tokens: readonly Token[], ordinal: number, mentions: readonly LocalMention[]): LocalMention | undefined {
  const its = ordinal > 0 && tokens[ordinal - 1].fold === 'its';
  const theParty = ordinal > 2 && tokens[ordinal - 1].fold === "'s" && tokens[ordinal - 2].text === 'party' && tokens[ordinal - 3].fold === 'the';
  if (!its && !theParty) return undefined;
  const [from] = sentenceAround(tokens, ordinal);
  const to = tokens[its ? ordinal - 1 : ordinal - 3].start;
  return mentions.filter((m) => m.type === 'party' && m.start >= from && m.end <= to).at(-1);
}

/**
 * The founding year of a party organ the lexicon knows named in the anniversary's phrase, or before `its` in its
 * sentence, where no other party is named there or after it as the organ's own (`the Commission for External
 * Relations of the LPRP` is the LPRP's, not the CPV's).
 */
function organNamed(tokens: readonly Token[], ordinal: number, end: number, mentions: readonly LocalMention[], knowledge: Knowledge): number | undefined {
  let first = ordinal;
  if (ordinal > 0 && tokens[ordinal - 1].fold === 'its') while (first > 0 && !SENTENCE_ENDS.has(tokens[first - 1].text)) first--;
  for (const [key, year] of knowledge.anniversaries) {
    if (!key.startsWith('organ:')) continue;
    const [, party, name] = key.split(':');
    const words = name.split(' ');
    for (let i = first; i + words.length <= end; i++) {
      if (!words.every((word, k) => tokens[i + k].fold === word)) continue;
      // The owner named before it in the phrase (`the LPRP's Commission …`) or right after it (`… of the LPRP`).
      const after = tokens[i + words.length]?.fold === 'of' ? tokens[Math.min(tokens.length - 1, i + words.length + 2)].start : tokens[i].start;
      const owners = mentions.filter((m) => m.type === 'party' && m.start >= tokens[first].start && m.start <= after);
      if (owners.every((owner) => owner.key === party)) return year;
    }
  }
  return undefined;
}

/** The two countries of a bilateral anniversary, in the phrase or else in its sentence; one alone is paired with the home country. */
function countryPair(inSubject: LocalMention[], mentions: readonly LocalMention[], tokens: readonly Token[], ordinal: number, end: number, knowledge: Knowledge): string | undefined {
  let codes = new Set(inSubject.filter((m) => m.type === 'country').map((m) => m.key));
  if (codes.size < 2) {
    let first = ordinal;
    while (first > 0 && !SENTENCE_ENDS.has(tokens[first - 1].text)) first--;
    const [from, to] = [tokens[first].start, tokens[end - 1].end];
    codes = new Set(mentions.filter((m) => m.type === 'country' && m.start >= from && m.end <= to).map((m) => m.key));
  }
  const home = homeCountry(knowledge);
  // "the 50th anniversary of the bilateral diplomatic ties" in a sentence that names no partner: the foreign country
  // the text last named before it.
  if (codes.size === 0 || (codes.size === 1 && codes.has(home))) {
    const partner = mentions.filter((m) => m.type === 'country' && m.key !== home && m.end <= tokens[ordinal].start).at(-1);
    if (partner) codes = new Set([home, partner.key]);
  }
  if (codes.size === 1) codes.add(home);
  return codes.size === 2 ? [...codes].sort().join(' ') : undefined;
}

function homeCountry(knowledge: Knowledge): string {
  return knowledge.partiesById.get(knowledge.homeParty)?.country ?? 'VN';
}
