import { isAcronymSurface, writtenAsKnown } from '../gazetteer.js';
import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { LocalMention } from '../../types.js';

// "US$25 million", "S$": a country's letters before a currency's sign are the currency.
const CURRENCY = /^[$€£¥]$/;
const STATE_PREFIXES = new Set(['republic', 'kingdom']);
// The words of a state's long name before "Republic" ("Socialist Republic of Viet Nam", "People's Democratic Republic").
const REPUBLIC_QUALIFIERS = new Set(['socialist', 'democratic', 'federal', 'federative', 'islamic', 'arab', 'united', 'plurinational', 'bolivarian', 'cooperative']);

/**
 * Sovereign states by any of their names in the knowledge base, and demonyms (kind `demonym`).
 * A name followed by "City", "Sea" or "Daily" names a city, a sea or a newspaper (Kuwait City, South China Sea, China
 * Daily); "Republic of X" takes in its prefix, and the qualifiers before it ("Socialist Republic of X").
 */
export function recognizeCountries(text: string, tokens: readonly Token[], knowledge: Knowledge): LocalMention[] {
  const mentions: LocalMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].upper) continue;
    const match = knowledge.countries.longestAt(tokens, i, writtenAsKnown(tokens));
    if (!match) continue;
    const entry = match.entries.find((e) => e.kind === 'name') ?? match.entries[0];
    const next = tokens[match.last];
    if (inADomainName(tokens, i, entry.surface) || inAPhraseInCapitals(tokens, i, entry.surface) || (next && CURRENCY.test(next.text))) continue;
    if (entry.kind === 'name' && next && knowledge.notCountryAfter.has(next.fold) && next.upper && !next.lineBefore) {
      i = match.last;
      continue;
    }
    let first = match.first;
    if (entry.kind === 'name' && first >= 2 && tokens[first - 1].fold === 'of' && STATE_PREFIXES.has(tokens[first - 2].fold) && tokens[first - 2].upper) {
      first -= 2;
      if (tokens[first].fold === 'republic') first = qualifiersBefore(tokens, first);
    }
    const start = tokens[first].start;
    const end = tokens[match.last - 1].end;
    mentions.push({
      type: 'country',
      kind: entry.kind,
      start,
      end,
      text: text.slice(start, end),
      key: entry.code,
      country: entry.code,
      rule: `countries:${entry.code}:${entry.surface}`,
    });
    i = match.last - 1;
  }
  return mentions;
}

/** The first of the qualifiers written before "Republic" at `republic` ("People's Democratic Republic"), or `republic`. */
function qualifiersBefore(tokens: readonly Token[], republic: number): number {
  let first = republic;
  for (let k = republic - 1; k >= 0 && !tokens[k + 1].lineBefore && tokens[k].upper && REPUBLIC_QUALIFIERS.has(tokens[k].fold); k--) first = k;
  // "People's" is two tokens.
  const possessive = tokens[first - 1];
  if (possessive && POSSESSIVE.test(possessive.text) && !possessive.spaceBefore && tokens[first - 2]?.fold === 'people' && tokens[first - 2].upper) first -= 2;
  return first;
}

const POSSESSIVE = /^['’]s$/;

/** "VOV.VN", "Vietnam.vn": an acronym glued to a word by a dot is the end of a web address, not a country. */
function inADomainName(tokens: readonly Token[], first: number, surface: string): boolean {
  const dot = tokens[first - 1];
  return isAcronymSurface(surface) && dot?.text === '.' && !dot.spaceBefore && !tokens[first].spaceBefore && Boolean(tokens[first - 2]?.isWord);
}

/** "CONTACT US", "JOIN US": a two-letter acronym after a word in capitals is a word of a phrase in capitals. */
function inAPhraseInCapitals(tokens: readonly Token[], first: number, surface: string): boolean {
  const before = tokens[first - 1];
  return surface.length === 2 && before !== undefined && before.allCaps && !tokens[first].lineBefore;
}
