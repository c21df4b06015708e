import { writtenAsKnown } from '../gazetteer.js';
import type { Knowledge, PartyEntry } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { LocalMention } from '../../types.js';
import { slug } from '../../text/fold.js';
import { firstStartingAt, SpanIndex } from './spans.js';

interface Candidate {
  first: number;
  last: number;
  /** Knowledge-base entries the span matches (several when a name or acronym is ambiguous). */
  entries: PartyEntry[];
  rule: string;
}

const FUNCTION_WORDS = new Set(['the', 'a', 'an', 'our', 'their', 'its', 'his', 'her', 'this', 'that', 'these', 'those', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'as', 'of', 'to', 'and', 'but', 'or', 'between', 'among', 'such', 'some', 'many', 'most', 'ruling']);
const POSSESSIVE = /^['’][sS]?$/;
const ACRONYM = /^[\p{Lu}][\p{Lu}\p{Ll}\d]*[\p{Lu}\d]$/u;
// Bounds on how far a party's name reaches either side of its head word, so that a scan stays linear.
const MAX_LEFT = 8;
const MAX_RIGHT = 12;

/**
 * Parties: names and acronyms from the knowledge base, names the base lacks from the shapes party names take
 * (`… Party`, `Party of …`, `… Liberation Front`), acronyms a document defines (`Name (ACR)`), and the
 * first-person references `our Party` / `the Party` (kind `reference`) to the home party.
 */
export function recognizeParties(
  text: string,
  tokens: readonly Token[],
  knowledge: Knowledge,
  countries: readonly LocalMention[],
): LocalMention[] {
  const countryNames = countries.filter((c) => c.kind === 'name');
  const countryEnds = new Set(countryNames.map((c) => firstStartingAt(tokens, c.end)));
  const countrySpans = spansOf(tokens, countryNames);
  const unknownAcronyms: number[] = [];
  const candidates = [
    ...knowledgeBaseCandidates(tokens, knowledge, unknownAcronyms),
    ...shapeCandidates(tokens, knowledge, countryEnds, countrySpans),
    ...communistPartyOfCountry(tokens, knowledge, spansOf(tokens, countries)),
  ];
  const chosen = chooseLongest(candidates)
    .filter((c) => !inABookTitle(tokens, c.first))
    .map((c) => withCountrySuffix(tokens, c, countrySpans));
  const countryWeight = countByCode(countries);
  // "Vietnam's Communist Party": the country a possessive names owns the party after it.
  const owners = new Map(countryNames.map((c) => [firstStartingAt(tokens, c.end), c.key]));
  const mentions: LocalMention[] = [];
  const learned = new Map<string, { key: string; country?: string }>();
  const namedIds = new Set<string>();

  for (const candidate of chosen) {
    const mention = toMention(text, tokens, knowledge, candidate, countries, countryWeight, owners);
    if (mention.kind === 'name') namedIds.add(mention.key);
    mentions.push(mention);
    const acronym = parenthesizedAcronym(tokens, candidate.last);
    if (acronym && mention.kind === 'name') learned.set(acronym, { key: mention.key, country: mention.country });
  }

  // Acronyms of one or two letters ("ER", "PT") are too ambiguous to trust unless the document names the party too;
  // one in brackets of its own or opening a dateline, in a document that names neither the party nor its country, is
  // a news agency's credit ("Phnom Penh (AKP) –", "AKP, July 20, 2017 –").
  // An acronym that is a country's name too ("PRC": China, and Italy's Communist Refoundation Party) is the country
  // unless the document names the party or the party's country.
  const countryAcronyms = new SpanIndex(countryNames);
  const trusted = mentions.filter(
    (m) =>
      m.kind === 'name' ||
      namedIds.has(m.key) ||
      (m.text.replace(/\W/g, '').length > 2 &&
        !(isCredit(text, m) && m.country !== undefined && !countryWeight.get(m.country)) &&
        !(countryAcronyms.overlaps(m) && !(m.country !== undefined && countryWeight.get(m.country)))),
  );
  for (const mention of trusted) {
    const own = learned.get(mention.text);
    if (mention.kind === 'abbreviation' && own) Object.assign(mention, { key: own.key, country: own.country, rule: 'learned-acronym' });
  }
  const spelled = [...trusted, ...learnedAcronymMentions(tokens, learned, trusted)];
  return [...spelled, ...misprintedAcronyms(tokens, unknownAcronyms, spelled, countries), ...references(text, tokens, knowledge, trusted)].sort(
    (a, b) => a.start - b.start,
  );
}

/** Candidates from the knowledge base; the all-capital words it does not know go to `unknownAcronyms`. */
function knowledgeBaseCandidates(tokens: readonly Token[], knowledge: Knowledge, unknownAcronyms: number[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].upper) continue;
    const match = knowledge.parties.longestAt(tokens, i, writtenAsKnown(tokens));
    if (match) candidates.push({ first: match.first, last: match.last, entries: match.entries, rule: `parties:${match.entries[0].id}` });
    else if (tokens[i].allCaps) unknownAcronyms.push(i);
  }
  return candidates;
}

/** Countries' spans by the token they start at. */
function spansOf(tokens: readonly Token[], countries: readonly LocalMention[]): Map<number, CountrySpan> {
  return new Map(countries.map((c) => [firstStartingAt(tokens, c.start), { last: firstStartingAt(tokens, c.end), code: c.key }]));
}

/**
 * "CP Vietnam", "Vietnam CP", "the CP of Vietnam", "the Cuban CP": the initials of "Communist Party" beside a
 * country's name or adjective are that country's communist party, the one the knowledge base names so.
 */
function communistPartyOfCountry(tokens: readonly Token[], knowledge: Knowledge, countrySpans: ReadonlyMap<number, CountrySpan>): Candidate[] {
  const candidates: Candidate[] = [];
  for (const [first, country] of countrySpans) {
    const of = tokens[first - 1]?.fold === 'of' && tokens[first - 2]?.text === 'CP' ? 2 : tokens[first - 1]?.text === 'CP' ? 1 : 0;
    const after = tokens[country.last];
    const party = (of > 0 && !tokens[first].lineBefore) || (after?.text === 'CP' && !after.lineBefore) ? knowledge.communistParties.get(country.code) : undefined;
    if (!party) continue;
    candidates.push(of > 0 ? { first: first - of, last: country.last, entries: [party], rule: 'cp-country' } : { first, last: country.last + 1, entries: [party], rule: 'cp-country' });
  }
  return candidates;
}


function shapeCandidates(
  tokens: readonly Token[],
  knowledge: Knowledge,
  countryEnds: ReadonlySet<number>,
  countrySpans: ReadonlyMap<number, CountrySpan>,
): Candidate[] {
  const candidates: Candidate[] = [];
  for (let head = 0; head < tokens.length; head++) {
    const word = tokens[head].text;
    // `the Iraqi National Accord party`: a name of two capitalized words or more, then `party` in small letters.
    if (word === 'party') {
      const left = leftChain(tokens, head, knowledge, countryEnds);
      // (`a National Day party`, `a Lunar New Year party`: a gathering, not a political party.)
      if (head - left >= 2 && countriesOnly(tokens, left, head, countrySpans) === 0 && !tokens.slice(left, head).some((t) => knowledge.gatheringWords.has(t.fold))) {
        candidates.push({ first: left, last: head + 1, entries: [], rule: 'shape:party' });
      }
      continue;
    }
    if (word !== 'Party' && word !== 'Front') continue;
    const left = leftChain(tokens, head, knowledge, countryEnds);
    const right = word === 'Party' ? rightChainEnd(tokens, head, knowledge, countryEnds) : head + 1;
    // "Nur Otan Party of Kazakhstan": a party the knowledge base knows without the country is named beside it
    // (but "Broad Front Party of Uruguay" is not Costa Rica's "Broad Front Party").
    const country = countryAfterOf(tokens, head + 1, countrySpans);
    const last = right > head + 1 && country?.last === right && knownIn(tokens, left, [head + 1, right], country.code, knowledge) ? head + 1 : right;
    const hasRight = last > head + 1;
    const leftFolds = tokens.slice(left, head).map((t) => t.fold);
    const hasPartyWord = leftFolds.some((f) => knowledge.partyWords.has(f));
    if (word === 'Front' && !leftFolds.some((f) => knowledge.frontWords.has(f))) continue;
    if (left === head && !hasRight) continue;
    // "Party building" is work a party does; "the Vietnam-Laos Party theory conference" names two countries' parties.
    if (!hasRight && (tokens[head + 1]?.fold === 'building' || countriesOnly(tokens, left, head, countrySpans) > 1)) continue;
    const after = tokens[last];
    // ("the seventh National Party’s Congress": the organ after the party's possessive.)
    const organ = after && (SCHOOL_GRADES.has(after.fold) || (POSSESSIVE.test(after.text) && !after.spaceBefore)) ? tokens[last + 1] : after;
    const organFollows = organ && !after.lineBefore && knowledge.organWords.has(organ.fold);
    // "Guangxi Party Committee" is an organ of a party, "Lao People's Revolutionary Party Central Committee" names one,
    // and "the 13th National Party Congress" is a party's congress.
    if (organFollows && !hasRight && (!hasPartyWord || afterOrdinal(tokens, left) || homeCongress(tokens, left, head))) continue;
    // "Hanoi Party chief", "the Da Nang Party Secretary": the leader of a city's or a province's party organization.
    if (!hasRight && after && !after.lineBefore && LOCAL_LEADER_WORDS.has(after.fold) && localPlace(tokens, left, head, knowledge)) continue;
    // "the Hanoi Municipal Communist Party of Vietnam Committee" is an organ of the party the base knows inside it.
    if (organFollows && knownInside(tokens, left, last, knowledge)) continue;
    const rule = hasRight ? 'shape:party-of' : word === 'Front' ? 'shape:front' : 'shape:party';
    candidates.push({ first: left, last, entries: [], rule });
  }
  return candidates;
}

/** "the Manifesto of the Communist Party": the book's title, not the party. */
function inABookTitle(tokens: readonly Token[], first: number): boolean {
  const of = tokens[first - 1]?.fold === 'the' ? first - 2 : first - 1;
  // (The word may be glued to the one before it by the page: "theManifesto".)
  return tokens[of]?.fold === 'of' && tokens[of - 1]?.fold === 'manifesto';
}

// "the Ñico López Party higher school": a grade before the organ word.
const SCHOOL_GRADES = new Set(['higher', 'high', 'cadre', 'cadres', 'central']);

const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const SPELLED_ORDINALS = new Set(['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth']);
const OPENING_VERB = /^\p{Lu}\p{Ll}{3,}ing$/u;

/** "Informing …", "Welcoming …" at the start of a sentence: a verb, not a word of a name. */
function opensSentenceWithVerb(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1];
  return OPENING_VERB.test(tokens[at].text) && (!before || tokens[at].lineBefore || /^[.!?]$/.test(before.text));
}

/** "13th", "20th" (or, as some pages space it, "11 th"): a congress or plenum's number, never part of a party's name. */
function afterOrdinal(tokens: readonly Token[], first: number): boolean {
  const before = tokens[first - 1];
  if (!before || before.lineBefore) return false;
  return (ORDINAL_SUFFIX.test(before.text) && /^\d+$/.test(tokens[first - 2]?.text ?? '')) || SPELLED_ORDINALS.has(before.fold);
}

/** "National Party Congress receives greetings": the home party's congress, named with no ordinal, not a "National Party". */
function homeCongress(tokens: readonly Token[], left: number, head: number): boolean {
  return head - left === 1 && tokens[left].fold === 'national';
}

// The leaders of a party's organization in a place: "Hanoi Party chief", "the Da Nang Party Secretary".
const LOCAL_LEADER_WORDS = new Set(['chief', 'chiefs', 'secretary', 'secretaries', 'leader', 'leaders', 'official', 'officials']);

/** Whether the words from `left` to `head` are a city or a province the knowledge base lists (`Ho Chi Minh City`). */
function localPlace(tokens: readonly Token[], left: number, head: number, knowledge: Knowledge): boolean {
  // "Hanoi's Party chief": the place's possessive before the party.
  const end = head - 1 > left && POSSESSIVE.test(tokens[head - 1].text) ? head - 1 : head;
  return left < end && knowledge.places.longestAt(tokens, left)?.last === end;
}

/** How many countries' names the tokens from `first` to `end` are, joined by hyphens; 0 when they hold other words. */
function countriesOnly(tokens: readonly Token[], first: number, end: number, countrySpans: ReadonlyMap<number, CountrySpan>): number {
  let count = 0;
  for (let k = first; k < end; ) {
    const country = countrySpans.get(k);
    if (!country || country.last > end) return 0;
    count++;
    k = country.last;
    if (k < end && tokens[k].text !== '-') return 0;
    if (k < end) k++;
  }
  return count;
}

function knownInside(tokens: readonly Token[], first: number, last: number, knowledge: Knowledge): boolean {
  for (let k = first + 1; k < last; k++) if (knowledge.parties.longestAt(tokens, k, writtenAsKnown(tokens))?.last === last) return true;
  return false;
}

/** Whether tokens from `first` to one of `ends` name a party of that country the knowledge base knows. */
function knownIn(tokens: readonly Token[], first: number, ends: number[], country: string, knowledge: Knowledge): boolean {
  const match = knowledge.parties.longestAt(tokens, first, writtenAsKnown(tokens));
  return match !== undefined && ends.includes(match.last) && match.entries.some((entry) => entry.country === country);
}

interface CountrySpan {
  /** One past the country's last token. */
  last: number;
  code: string;
}

/** The country named in `of [the] Country` at `at`, or undefined. */
function countryAfterOf(tokens: readonly Token[], at: number, countrySpans: ReadonlyMap<number, CountrySpan>): CountrySpan | undefined {
  if (tokens[at]?.fold !== 'of' || tokens[at].lineBefore) return undefined;
  return countrySpans.get(tokens[at + 1]?.fold === 'the' ? at + 2 : at + 1);
}

/** Prepositions that no party's name holds before its `Party`. */
const CHAIN_BREAKS = new Set(['by', 'from', 'to', 'with', 'at', 'in', 'on', 'as']);

/** Index of the first token of the capitalised words before a party head. */
function leftChain(tokens: readonly Token[], head: number, knowledge: Knowledge, countryEnds: ReadonlySet<number>): number {
  let first = head;
  for (let j = head - 1; j >= 0 && j >= head - MAX_LEFT && !tokens[j + 1].lineBefore; j--) {
    const t = tokens[j];
    // (`Swapo to Establish Party School By Francis Tsawayo WINDHOEK Swapo Party`: a headline's capitals run on into a
    // byline and a dateline; an acronym stands right before `Party` or nowhere in its name.)
    if (CHAIN_BREAKS.has(t.fold) || (t.allCaps && t.text.length > 1 && j < head - 1)) break;
    if (t.isWord && t.upper && !knowledge.titleWords.has(t.fold)) first = j;
    // "Kazakhstan's Nur Otan Party": the country that owns a party is named beside it.
    else if (POSSESSIVE.test(t.text) && countryEnds.has(j)) break;
    else if (POSSESSIVE.test(t.text) && !t.spaceBefore && j > 0 && tokens[j - 1].isWord) first = j;
    else if (t.text === '-' && !t.spaceBefore && !tokens[j + 1].spaceBefore) first = j;
    else break;
  }
  // "Informing Party General Secretary …": a sentence's opening verb is not part of the name.
  while (first < head && (FUNCTION_WORDS.has(tokens[first].fold) || knowledge.notPartyQualifiers.has(tokens[first].fold) || !tokens[first].isWord || opensSentenceWithVerb(tokens, first))) {
    first++;
  }
  return first;
}

function partyNameWord(t: Token, knowledge: Knowledge): boolean {
  return knowledge.partyWords.has(t.fold) || knowledge.frontWords.has(t.fold) || knowledge.institutionWords.has(t.fold) || knowledge.organWords.has(t.fold);
}

/** One past the last token of `of [the] Name …` after a party head, or `head + 1` when there is none. */
function rightChainEnd(tokens: readonly Token[], head: number, knowledge: Knowledge, countryEnds: ReadonlySet<number>): number {
  let end = head + 1;
  let k = head + 1;
  while (k < tokens.length && k <= head + MAX_RIGHT && tokens[k].fold === 'of' && !tokens[k].lineBefore) {
    k++;
    if (tokens[k]?.fold === 'the') k++;
    let j = k;
    let country = false;
    while (j < tokens.length && j <= head + MAX_RIGHT && !tokens[j].lineBefore) {
      // A party "of" a country ends with the country: "Communist Party of Cuba Raúl Castro" names two things, and so
      // does "Workers' Party of Korea of the Democratic People's Republic of Korea".
      if (j > k && countryEnds.has(j)) {
        country = true;
        break;
      }
      const t = tokens[j];
      const nameWord = t.isWord && t.upper && !knowledge.organWords.has(t.fold) && !knowledge.titleWords.has(t.fold) && t.text !== 'Party';
      if (nameWord) j++;
      else if (POSSESSIVE.test(t.text) && !t.spaceBefore && j > k) j++;
      else if (t.text === '-' && !t.spaceBefore && tokens[j + 1] && !tokens[j + 1].spaceBefore && j > k) j++;
      else if (t.fold === 'and' && j > k && tokens[j + 1]?.upper && tokens[j + 1]?.isWord && !knowledge.organWords.has(tokens[j + 1].fold)) j++;
      else break;
    }
    while (j > k && !tokens[j - 1].isWord) j--;
    // "President of the Party of Russian Communists Maksim Cyraikin": two words no party name is made of, at the end
    // of a longer chain, are the name of the person the title is for.
    if (j - k >= 3 && !partyNameWord(tokens[j - 1], knowledge) && !partyNameWord(tokens[j - 2], knowledge) && !country) j -= 2;
    if (j === k) break;
    end = j;
    k = j;
    if (country) break;
  }
  return end;
}

/**
 * "Union Party of Freedonia": a name the knowledge base lacks takes in the country that follows it with "of". A
 * known party's name or acronym does not ("FRELIMO of Mozambique"): the country is named beside it.
 */
function withCountrySuffix(tokens: readonly Token[], candidate: Candidate, countrySpans: ReadonlyMap<number, CountrySpan>): Candidate {
  if (candidate.entries.length > 0) return candidate;
  const country = countryAfterOf(tokens, candidate.last, countrySpans);
  return country === undefined ? candidate : { ...candidate, last: country.last };
}

/** Overlapping candidates: the longer span wins, and on a tie the knowledge base's. */
function chooseLongest(candidates: Candidate[]): Candidate[] {
  const ordered = [...candidates].sort((a, b) => a.first - b.first || b.last - a.last || b.entries.length - a.entries.length);
  const chosen: Candidate[] = [];
  for (const candidate of ordered) {
    const previous = chosen[chosen.length - 1];
    if (previous && candidate.first < previous.last) {
      const previousLength = previous.last - previous.first;
      const length = candidate.last - candidate.first;
      if (length > previousLength) chosen[chosen.length - 1] = candidate;
      else if (length === previousLength && previous.first === candidate.first && previous.entries.length === 0) chosen[chosen.length - 1] = candidate;
      continue;
    }
    chosen.push(candidate);
  }
  return chosen;
}

function toMention(
  text: string,
  tokens: readonly Token[],
  knowledge: Knowledge,
  candidate: Candidate,
  countries: readonly LocalMention[],
  countryWeight: Map<string, number>,
  owners: ReadonlyMap<number, string>,
): LocalMention {
  const start = tokens[candidate.first].start;
  const end = tokens[candidate.last - 1].end;
  const mention = (key: string, kind: LocalMention['kind'], country: string | undefined, rule: string): LocalMention => ({
    type: 'party',
    kind,
    start,
    end,
    text: text.slice(start, end),
    key,
    country,
    rule,
  });
  if (candidate.entries.length > 0) {
    const entry = pickByCountry(candidate.entries, countryWeight);
    return mention(entry.id, entry.kind, entry.country, `parties:${entry.id}:${entry.surface}`);
  }
  // "Komeito Party", "FRELIMO Party": a known name with "Party" after it.
  const head = tokens[candidate.last - 1].text === 'Party' ? knowledge.parties.longestAt(tokens, candidate.first, writtenAsKnown(tokens)) : undefined;
  if (head && head.last === candidate.last - 1) {
    const entry = pickByCountry(head.entries, countryWeight);
    return mention(entry.id, 'name', entry.country, `parties:${entry.id}:${entry.surface} Party`);
  }
  const inner = firstInside(countries, start, end);
  // "Workers' Party" in a text about Brazil is the knowledge base's "Workers' Party of Brazil".
  const possessive = tokens[candidate.first - 1];
  const owner = possessive && POSSESSIVE.test(possessive.text) ? owners.get(candidate.first - 1) : undefined;
  const local = (knowledge.partiesByBaseName.get(tokens.slice(candidate.first, candidate.last).map((t) => t.fold).join(' ')) ?? []).filter(
    (entry) => (owner ? entry.country === owner : (countryWeight.get(entry.country) ?? 0) > 0),
  );
  if (!inner && local.length > 0) {
    const entry = pickByCountry(local, countryWeight);
    return mention(entry.id, 'name', entry.country, `parties:${entry.id}:${entry.name} (name without its country)`);
  }
  // "the Lao Party", "the Chinese Party": a country's name or demonym and "Party" alone refer to its leading party,
  // the first the knowledge base lists for that country, as "the Party" does to the home party: a reference, no name.
  const isCountryAndParty = inner && inner.start === start && inner.end === tokens[candidate.last - 2].end && tokens[candidate.last - 1].text === 'Party';
  const leading = isCountryAndParty ? knowledge.leadingParties.get(inner.key) : undefined;
  if (leading) return mention(leading.id, 'reference', leading.country, `country-party:${leading.id}:${leading.name}`);
  return mention(`shape:${slug(text.slice(start, end))}`, 'name', inner?.key, candidate.rule);
}

/** The first of the mentions (sorted by start) that lies inside [start, end). */
function firstInside(mentions: readonly LocalMention[], start: number, end: number): LocalMention | undefined {
  const first = mentions[firstStartingAt(mentions, start)];
  return first && first.end <= end ? first : undefined;
}

/** An ambiguous name or acronym means the party of the country the document speaks of most. */
function pickByCountry(entries: PartyEntry[], countryWeight: Map<string, number>): PartyEntry {
  let best = entries[0];
  for (const entry of entries) if ((countryWeight.get(entry.country) ?? 0) > (countryWeight.get(best.country) ?? 0)) best = entry;
  return best;
}

function countByCode(countries: readonly LocalMention[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of countries) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  return counts;
}

function isCredit(text: string, span: { start: number; end: number }): boolean {
  return (text[span.start - 1] === '(' && text[span.end] === ')') || ((span.start === 0 || text[span.start - 1] === '\n') && text[span.end] === ',');
}

function parenthesizedAcronym(tokens: readonly Token[], after: number): string | undefined {
  if (tokens[after]?.text !== '(') return undefined;
  let close = after + 1;
  while (close < tokens.length && close < after + 6 && tokens[close].text !== ')') close++;
  if (tokens[close]?.text !== ')' || close === after + 1) return undefined;
  const acronym = tokens.slice(after + 1, close).map((t) => t.text).join('');
  return ACRONYM.test(acronym.replace(/[-()]/g, '')) && acronym.length <= 12 ? acronym : undefined;
}

function learnedAcronymMentions(
  tokens: readonly Token[],
  learned: Map<string, { key: string; country?: string }>,
  found: readonly LocalMention[],
): LocalMention[] {
  const mentions: LocalMention[] = [];
  if (learned.size === 0) return mentions;
  const taken = new SpanIndex(found);
  for (const t of tokens) {
    const target = t.allCaps || ACRONYM.test(t.text) ? learned.get(t.text) : undefined;
    if (!target || taken.overlaps(t)) continue;
    mentions.push({ type: 'party', kind: 'abbreviation', start: t.start, end: t.end, text: t.text, key: target.key, country: target.country, rule: 'learned-acronym' });
  }
  return mentions;
}

/**
 * "the Seventh LDRP Congress" in a report that names the LPRP, "KRPF" beside the KPRF: an acronym no knowledge
 * has, one letter off (or two letters swapped) from the acronym of a party the same text names, is that acronym
 * misprinted. Four letters at least: three-letter acronyms are one letter apart from each other too often.
 */
function misprintedAcronyms(tokens: readonly Token[], unknown: readonly number[], found: readonly LocalMention[], countries: readonly LocalMention[]): LocalMention[] {
  const acronyms = new Map<string, LocalMention>();
  for (const m of found) if (m.kind === 'abbreviation' && m.text.length >= 4 && /^\p{Lu}+$/u.test(m.text)) acronyms.set(m.text, m);
  if (acronyms.size === 0) return [];
  const known = [...acronyms.values()];
  let taken: SpanIndex | undefined;
  const mentions: LocalMention[] = [];
  for (const i of unknown) {
    const t = tokens[i];
    const target = t.text.length >= 4 && !acronyms.has(t.text) ? known.find((m) => oneSlipApart(t.text, m.text)) : undefined;
    if (!target) continue;
    taken ??= new SpanIndex([...found, ...countries]);
    if (!taken.overlaps(t)) mentions.push({ type: 'party', kind: 'abbreviation', start: t.start, end: t.end, text: t.text, key: target.key, country: target.country, rule: `misprinted-acronym:${target.text}` });
  }
  return mentions;
}

/** Same length and first letter, and one letter different or two neighbours swapped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a.length !== b.length || a[0] !== b[0]) return false;
  const differ: number[] = [];
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) differ.push(k);
  if (differ.length === 1) return true;
  return differ.length === 2 && differ[1] === differ[0] + 1 && a[differ[0]] === b[differ[1]] && a[differ[1]] === b[differ[0]];
}

function references(text: string, tokens: readonly Token[], knowledge: Knowledge, found: readonly LocalMention[]): LocalMention[] {
  const mentions: LocalMention[] = [];
  const taken = new SpanIndex(found);
  const home = knowledge.partiesById.get(knowledge.homeParty);
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].text !== 'Party') continue;
    const determiner = tokens[i - 1].fold;
    if (determiner !== 'our' && determiner !== 'the') continue;
    const next = tokens[i + 1];
    if (next && knowledge.organWords.has(next.fold)) continue;
    const span = { start: tokens[i - 1].start, end: tokens[i].end };
    if (taken.overlaps(span)) continue;
    mentions.push({ type: 'party', kind: 'reference', ...span, text: text.slice(span.start, span.end), key: knowledge.homeParty, country: home?.country, rule: `reference:${determiner} Party` });
  }
  return mentions;
}
