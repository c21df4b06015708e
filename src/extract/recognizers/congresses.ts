import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { LocalMention } from '../../types.js';

/** Where a text names a party's numbered congress, and the year the congress met. */
export interface CongressYear {
  start: number;
  year: number;
  /** The month it opened, where the lexicon knows it: a day before it in the congress's year is in the year after. */
  month?: number;
}

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
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
    if (tokens[i].text !== 'Congress') continue;
    const ordinal = ordinalBefore(tokens, i);
    if (ordinal < 0) continue;
    const window = tokens.slice(Math.max(0, ordinal - 6), i + 5);
    if (window.some((t) => FUTURE.has(t.fold))) continue;
    const party = partyOf(tokens, ordinal, i, byStart, byEnd, countryByEnd, knowledge);
    const date = knowledge.congressYears.get(party)?.get(Number(tokens[ordinal].text));
    if (date) found.push({ start: tokens[i].start, ...date });
  }
  return found;
}

/** The index of the number of "13th [National] [Party] Congress" before a `Congress` token, or -1. */
function ordinalBefore(tokens: readonly Token[], congress: number): number {
  for (let k = congress - 2; k >= 0 && k >= congress - 2 - MAX_BETWEEN; k--) {
    const suffix = tokens[k + 1];
    if (/^\d+$/.test(tokens[k].text) && ORDINAL_SUFFIX.test(suffix.text) && !suffix.spaceBefore) return k;
    if (!tokens[k + 1].upper && k + 1 < congress) return -1;
  }
  return -1;
}

function partyOf(
  tokens: readonly Token[],
  ordinal: number,
  congress: number,
  byStart: Map<number, LocalMention>,
  byEnd: Map<number, LocalMention>,
  countryByEnd: Map<number, LocalMention>,
  knowledge: Knowledge,
): string {
  // "20th CPC National Congress"
  for (let k = ordinal + 2; k < congress; k++) {
    const inside = byStart.get(tokens[k].start);
    if (inside) return inside.key;
  }
  // "Congress of the CPC", "Congress of the Communist Party of China"
  if (tokens[congress + 1]?.fold === 'of') {
    const at = tokens[congress + 2]?.fold === 'the' ? congress + 3 : congress + 2;
    const after = tokens[at] && byStart.get(tokens[at].start);
    if (after) return after.key;
  }
  // "the CPC's 20th", "Vietnam's 13th"
  const possessive = tokens[ordinal - 1];
  if (possessive && /^['’][sS]$/.test(possessive.text)) {
    const owner = byEnd.get(possessive.start);
    if (owner) return owner.key;
    const country = countryByEnd.get(possessive.start);
    const leading = country && knowledge.leadingParties.get(country.key);
    if (leading) return leading.id;
  }
  return knowledge.homeParty;
}
