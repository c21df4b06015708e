import { Gazetteer, isAcronymSurface } from '../gazetteer.js';
import { nameKey } from '../tokenize.js';
import { fold } from '../../text/fold.js';
import { loadCatalog, personNameKey, type KnownPerson } from './catalog.js';
import { list, readData, readStates, tsvRows } from './files.js';
import { readSnapshot } from './snapshot.js';

export interface CountryEntry {
  code: string;
  name: string;
  kind: 'name' | 'demonym';
  /** The surface as the data set spells it, for acronyms that must match case exactly. */
  surface: string;
}

export interface PartyEntry {
  id: string;
  name: string;
  country: string;
  kind: 'name' | 'abbreviation';
  surface: string;
}

export type PersonEntry = KnownPerson;

/** An office a person held (or, for `name` "*", a time a word names), in months since year 0 (`year * 12 + month - 1`). */
export interface Office {
  /** The holder's name as a name key ("to lam"), or "*". */
  name: string;
  titles: string[];
  from: number;
  /** The last month, or undefined while still held. */
  to?: number;
}

interface Lexicon {
  titles: string[];
  speechVerbs: string[];
  organWords: string[];
  institutionWords: string[];
  partyWords: string[];
  frontWords: string[];
  notPartyQualifiers: string[];
  gatheringWords: string[];
  governmentQualifiers: string[];
  nameBlockersAfter: string[];
  /** Words after a country's name that make it the name of a city, a sea or a newspaper (`Kuwait City`, `China Daily`). */
  notCountryAfter: string[];
  /** Last words of a building's or site's name: a name that ends in one is the place (`Akasaka Palace`), not a person. */
  venueWords: string[];
  venueWordsBefore: string[];
  nameParticles: string[];
  vietnameseSurnames: string[];
  chineseSurnames: string[];
  khmerSurnames: string[];
  vietnamesePlaces: string[];
  /** Syllables of Vietnamese names that are English words too ("Nguyen Van The"). */
  vietnameseSyllables: string[];
  /** Places elsewhere whose names have a person's name's shape (`Phnom Penh`, `Andhra Pradesh`). */
  worldPlaces: string[];
  sentenceWords: string[];
  contextsBefore: string[];
  /** Verbs that come before the speaker's name after a quotation's closing mark, a comma or a dash (`…," said Ana Lima`). */
  attributionVerbs: string[];
  titleAbbreviations: string[];
  nameSuffixes: string[];
  relativeYears: Record<string, number>;
  congressYears: Record<string, Record<string, number | string> | string>;
  forumMeetings: Record<string, { names: string[]; meetings: Record<string, number | string> } | string>;
  anniversaries: Record<string, number | string>;
  homeParty: string;
  present: string;
}

export interface Knowledge {
  countries: Gazetteer<CountryEntry>;
  parties: Gazetteer<PartyEntry>;
  partiesById: Map<string, PartyEntry>;
  /** Party names without their "of <own country>" ("Workers' Party" for "Workers' Party of Brazil"), folded. */
  partiesByBaseName: Map<string, PartyEntry[]>;
  /** Each country's leading party: the first the knowledge base lists for it. */
  leadingParties: Map<string, PartyEntry>;
  /** Each country's first listed party whose name says "Communist Party" ("CP Vietnam"). */
  communistParties: Map<string, PartyEntry>;
  peopleByKey: Map<string, PersonEntry>;
  titleWords: Set<string>;
  titlePhrases: Gazetteer<string>;
  /** Phrases that introduce a person's name without a title: "led by", "talks with". */
  contextsBefore: Gazetteer<string>;
  /** Titles and organs written as initials ("H.E.", "C.C." for a Central Committee): not a person's initials. */
  titleAbbreviations: Gazetteer<string>;
  nameSuffixes: Set<string>;
  speechVerbs: Set<string>;
  organWords: Set<string>;
  institutionWords: Set<string>;
  partyWords: Set<string>;
  frontWords: Set<string>;
  notPartyQualifiers: Set<string>;
  /** `a National Day party`: words of an occasion that make `party` a gathering. */
  gatheringWords: Set<string>;
  /** `the Transitional administration`: words that qualify a government rather than name its leader. */
  governmentQualifiers: Set<string>;
  nameBlockersAfter: Set<string>;
  venueWords: Set<string>;
  venueWordsBefore: Set<string>;
  notCountryAfter: Set<string>;
  nameParticles: Set<string>;
  vietnameseSurnames: Set<string>;
  vietnameseSyllables: Set<string>;
  chineseSurnames: Set<string>;
  khmerSurnames: Set<string>;
  places: Gazetteer<string>;
  relativeYears: Gazetteer<number>;
  /** Party id → congress number → the year it met, and the month it opened where the lexicon knows it. */
  congressYears: Map<string, Map<number, { year: number; month?: number }>>;
  /** The numbered meetings of forums of parties, by each name a text gives the forum: each meeting's year (and month). */
  forumMeetings: Map<string, Map<number, { year: number; month?: number }>>;
  /** What an anniversary counts from (`founding:cpv`, `relations:LA VN`, `national-day:VN`, `birth:ho-chi-minh`) → its year. */
  anniversaries: Map<string, number>;
  gluedSuffixes: Set<string>;
  /** Acronyms of parties and states of three capitals or more, which a page may glue to the next word (`CPVdelegation`). */
  gluedAcronyms: Set<string>;
  homeParty: string;
  /**
   * The month the knowledge was last brought up to date (`2026-01`): a day a text dates by its weekday alone
   * ("until Friday, September 27", in a report that names no year of its own) is the latest such day not after it.
   */
  present: { year: number; month: number };
  offices: Office[];
}

let cached: Knowledge | undefined;

/** The knowledge base, from the snapshot `npm run build` writes when it is current, else built from the data files. */
export function loadKnowledge(): Knowledge {
  cached ??= readSnapshot() ?? buildKnowledge();
  return cached;
}

export function buildKnowledge(): Knowledge {
  const lexicon = JSON.parse(readData('lexicon.json')) as Lexicon;
  const foldSet = (words: string[]) => new Set(words.map(fold));

  const countries = new Gazetteer<CountryEntry>();
  const aliases = JSON.parse(readData('country-aliases.json')) as {
    names: Record<string, string[]>;
    notNames: string[];
    demonyms: Record<string, string[]>;
  };
  const notNames = new Set(aliases.notNames);
  const countryData = readStates<{ code: string; name: string; names: string[]; demonyms: string[] }>();
  // Each country's names as gazetteer keys, joined: "of <own country>" in a party's name is found by them below.
  const countryKeys = new Map<string, Set<string>>();
  const acronymSurfaces: string[] = [];
  for (const c of countryData) {
    const names = [...c.names, ...(aliases.names[c.code] ?? [])].filter((n) => !notNames.has(n));
    countryKeys.set(c.code, new Set());
    for (const surface of names) {
      acronymSurfaces.push(surface);
      const key = nameKey(surface);
      countries.add(key, { code: c.code, name: c.name, kind: 'name', surface });
      countryKeys.get(c.code)!.add(key.join(' '));
    }
    for (const surface of [...c.demonyms, ...(aliases.demonyms[c.code] ?? [])]) {
      countries.add(nameKey(surface), { code: c.code, name: c.name, kind: 'demonym', surface });
    }
  }

  const allCountryKeys = new Set([...countryKeys.values()].flatMap((keys) => [...keys]));
  const parties = new Gazetteer<PartyEntry>();
  const partiesById = new Map<string, PartyEntry>();
  const leadingParties = new Map<string, PartyEntry>();
  const partiesByBaseName = new Map<string, PartyEntry[]>();
  const communistParties = new Map<string, PartyEntry>();
  for (const [id, country, name, aliasCell, acronymCell] of tsvRows('parties.tsv')) {
    const canonical: PartyEntry = { id, name, country, kind: 'name', surface: name };
    partiesById.set(id, canonical);
    if (!leadingParties.has(country)) leadingParties.set(country, canonical);
    if (!communistParties.has(country) && /\bCommunist Party\b/.test(name)) communistParties.set(country, canonical);
    for (const surface of [name, ...list(aliasCell), ...list(acronymCell)]) acronymSurfaces.push(surface);
    for (const surface of [name, ...list(aliasCell)].flatMap(dashVariants)) {
      const key = nameKey(surface);
      parties.add(key, { ...canonical, kind: isAcronymSurface(surface) ? 'abbreviation' : 'name', surface });
      // The country the name ends in is its own, or one of its own's names that the gazetteer gives another state
      // ("Workers' Party of Korea": "Korea" alone is the Republic of Korea's).
      const suffix = / of (?:the )?(.+)$/.exec(key.join(' '));
      const own = countryKeys.get(country);
      if (!suffix || !(own?.has(suffix[1]) || (allCountryKeys.has(suffix[1]) && [...(own ?? [])].some((k) => k.endsWith(` ${suffix[1]}`))))) continue;
      const base = key.join(' ').slice(0, suffix.index);
      partiesByBaseName.set(base, [...(partiesByBaseName.get(base) ?? []), canonical]);
    }
    for (const surface of list(acronymCell).flatMap(dashVariants)) parties.add(nameKey(surface), { ...canonical, kind: 'abbreviation', surface });
  }

  const { peopleByKey } = loadCatalog();

  const titlePhrases = new Gazetteer<string>();
  for (const title of lexicon.titles) titlePhrases.add(nameKey(title), title);
  const contextsBefore = new Gazetteer<string>();
  for (const phrase of lexicon.contextsBefore) contextsBefore.add(nameKey(phrase), phrase);
  for (const verb of lexicon.attributionVerbs) for (const mark of ATTRIBUTION_MARKS) contextsBefore.add(nameKey(`${mark} ${verb}`), `${mark} ${verb}`);
  const titleAbbreviations = new Gazetteer<string>();
  for (const title of lexicon.titleAbbreviations) titleAbbreviations.add(nameKey(title), title);
  const places = new Gazetteer<string>();
  for (const place of [...lexicon.vietnamesePlaces, ...lexicon.worldPlaces]) places.add(nameKey(place), place);
  const relativeYears = new Gazetteer<number>();
  for (const [phrase, offset] of Object.entries(lexicon.relativeYears)) relativeYears.add(nameKey(phrase), offset);

  const titleWords = new Set(lexicon.titles.map((t) => fold(t.split(/\s+/).pop() ?? t)));
  const gluedAcronyms = new Set(acronymSurfaces.filter((surface) => /^[A-Z]{3,}$/.test(surface)));
  const gluedSuffixes = new Set(
    [...lexicon.titles, ...lexicon.institutionWords].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)),
  );

  return {
    countries,
    parties,
    partiesById,
    partiesByBaseName,
    leadingParties,
    communistParties,
    peopleByKey,
    titleWords,
    titlePhrases,
    contextsBefore,
    titleAbbreviations,
    nameSuffixes: new Set(lexicon.nameSuffixes),
    speechVerbs: foldSet(lexicon.speechVerbs),
    organWords: foldSet(lexicon.organWords),
    institutionWords: foldSet([...lexicon.institutionWords, ...lexicon.sentenceWords]),
    partyWords: foldSet(lexicon.partyWords),
    frontWords: foldSet(lexicon.frontWords),
    notPartyQualifiers: foldSet(lexicon.notPartyQualifiers),
    gatheringWords: foldSet(lexicon.gatheringWords),
    governmentQualifiers: foldSet(lexicon.governmentQualifiers),
    nameBlockersAfter: foldSet(lexicon.nameBlockersAfter),
    venueWords: foldSet(lexicon.venueWords),
    venueWordsBefore: foldSet(lexicon.venueWordsBefore),
    notCountryAfter: foldSet(lexicon.notCountryAfter),
    nameParticles: new Set(lexicon.nameParticles),
    vietnameseSurnames: foldSet(lexicon.vietnameseSurnames),
    vietnameseSyllables: foldSet(lexicon.vietnameseSyllables),
    chineseSurnames: foldSet(lexicon.chineseSurnames),
    khmerSurnames: foldSet(lexicon.khmerSurnames),
    places,
    relativeYears,
    congressYears: new Map(
      Object.entries(lexicon.congressYears)
        .filter((entry): entry is [string, Record<string, number | string>] => typeof entry[1] === 'object')
        .map(([party, dates]) => [party, new Map(Object.entries(dates).map(([n, date]) => [Number(n), congressDate(date)]))]),
    ),
    forumMeetings: new Map(
      Object.values(lexicon.forumMeetings)
        .filter((forum): forum is { names: string[]; meetings: Record<string, number | string> } => typeof forum === 'object')
        .flatMap((forum) => {
          const meetings = new Map(Object.entries(forum.meetings).map(([n, date]) => [Number(n), congressDate(date)]));
          return forum.names.map((name) => [name, meetings] as const);
        }),
    ),
    anniversaries: new Map(Object.entries(lexicon.anniversaries).filter((entry): entry is [string, number] => typeof entry[1] === 'number')),
    gluedSuffixes,
    gluedAcronyms,
    homeParty: lexicon.homeParty,
    present: { year: Number(lexicon.present.slice(0, 4)), month: Number(lexicon.present.slice(5, 7)) },
    offices: tsvRows('offices.tsv').map(([name, titles, from, to]) => ({
      name: name === '*' ? name : personNameKey(name),
      titles: list(titles),
      from: monthIndex(from),
      to: to ? monthIndex(to) : undefined,
    })),
  };
}

// What may close the quotation (or the clause) before an attribution verb: `," said`, `” said`, `– said`.
const ATTRIBUTION_MARKS = [',', '"', '”', '-', '–', '—'];

const monthIndex = (yearMonth: string) => Number(yearMonth.slice(0, 4)) * 12 + Number(yearMonth.slice(5, 7)) - 1;

/** A congress's date in the lexicon: its year (`2016`), or its year and the month it opened (`"2022-10"`). */
function congressDate(date: number | string): { year: number; month?: number } {
  if (typeof date === 'number') return { year: date };
  const [year, month] = date.split('-').map(Number);
  return { year, month };
}

const DASH = /[-–—]/;

/** A name as pages write it with any dash between its parts: "Democracy–Forces", "Democracy-Forces", "CNDD–FDD". */
function dashVariants(surface: string): string[] {
  if (!DASH.test(surface)) return [surface];
  return [...new Set([surface, ...['-', '–', '—'].map((dash) => surface.replace(/[-–—]/g, dash))])];
}
