import { Gazetteer } from '../gazetteer.js';
import { nameKey } from '../tokenize.js';
import { fold } from '../../text/fold.js';
import { loadCatalog, type KnownPerson } from './catalog.js';
import { list, readData, tsvRows } from './files.js';
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

interface Lexicon {
  titles: string[];
  speechVerbs: string[];
  organWords: string[];
  institutionWords: string[];
  partyWords: string[];
  frontWords: string[];
  notPartyQualifiers: string[];
  nameBlockersAfter: string[];
  nameParticles: string[];
  vietnameseSurnames: string[];
  vietnamesePlaces: string[];
  sentenceWords: string[];
  contextsBefore: string[];
  nameSuffixes: string[];
  relativeYears: Record<string, number>;
  homeParty: string;
}

export interface Knowledge {
  countries: Gazetteer<CountryEntry>;
  parties: Gazetteer<PartyEntry>;
  partiesById: Map<string, PartyEntry>;
  /** Party names without their "of <own country>" ("Workers' Party" for "Workers' Party of Brazil"), folded. */
  partiesByBaseName: Map<string, PartyEntry[]>;
  /** Each country's leading party: the first the knowledge base lists for it. */
  leadingParties: Map<string, PartyEntry>;
  peopleByKey: Map<string, PersonEntry>;
  titleWords: Set<string>;
  titlePhrases: Gazetteer<string>;
  /** Phrases that introduce a person's name without a title: "led by", "talks with". */
  contextsBefore: Gazetteer<string>;
  nameSuffixes: Set<string>;
  speechVerbs: Set<string>;
  organWords: Set<string>;
  institutionWords: Set<string>;
  partyWords: Set<string>;
  frontWords: Set<string>;
  notPartyQualifiers: Set<string>;
  nameBlockersAfter: Set<string>;
  nameParticles: Set<string>;
  vietnameseSurnames: Set<string>;
  places: Gazetteer<string>;
  relativeYears: Gazetteer<number>;
  gluedSuffixes: Set<string>;
  homeParty: string;
}

const isAcronym = (name: string): boolean => /^[\p{Lu}\d][\p{Lu}\p{Ll}\d().\- ]*$/u.test(name) && /\p{Lu}.*\p{Lu}/u.test(name) && !/\p{Ll}{2}/u.test(name.replace(/\(.*\)/, ''));

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
  const countryData = JSON.parse(readData('countries.json')) as { code: string; name: string; names: string[]; demonyms: string[] }[];
  for (const c of countryData) {
    const names = [...c.names, ...(aliases.names[c.code] ?? [])].filter((n) => !notNames.has(n));
    for (const surface of names) countries.add(nameKey(surface), { code: c.code, name: c.name, kind: 'name', surface });
    for (const surface of [...c.demonyms, ...(aliases.demonyms[c.code] ?? [])]) {
      countries.add(nameKey(surface), { code: c.code, name: c.name, kind: 'demonym', surface });
    }
  }

  const parties = new Gazetteer<PartyEntry>();
  const partiesById = new Map<string, PartyEntry>();
  for (const [id, country, name, aliasCell, acronymCell] of tsvRows('parties.tsv')) {
    const canonical: PartyEntry = { id, name, country, kind: 'name', surface: name };
    partiesById.set(id, canonical);
    for (const surface of [name, ...list(aliasCell)]) {
      const kind = isAcronym(surface) ? 'abbreviation' : 'name';
      parties.add(nameKey(surface), { ...canonical, kind, surface });
    }
    for (const surface of list(acronymCell)) parties.add(nameKey(surface), { ...canonical, kind: 'abbreviation', surface });
  }

  const leadingParties = new Map<string, PartyEntry>();
  for (const entry of partiesById.values()) if (!leadingParties.has(entry.country)) leadingParties.set(entry.country, entry);
  const partiesByBaseName = new Map<string, PartyEntry[]>();
  const countryNameSets = new Map(countryData.map((c) => [c.code, new Set([...c.names, ...(aliases.names[c.code] ?? [])].map((n) => nameKey(n).join(' ')))]));
  for (const [id, country, name, aliasCell] of tsvRows('parties.tsv')) {
    for (const surface of [name, ...list(aliasCell)]) {
      const key = nameKey(surface).join(' ');
      const suffix = / of (?:the )?(.+)$/.exec(key);
      if (!suffix || !countryNameSets.get(country)?.has(suffix[1])) continue;
      const base = key.slice(0, suffix.index);
      partiesByBaseName.set(base, [...(partiesByBaseName.get(base) ?? []), partiesById.get(id)!]);
    }
  }

  const { peopleByKey } = loadCatalog();

  const titlePhrases = new Gazetteer<string>();
  for (const title of lexicon.titles) titlePhrases.add(nameKey(title), title);
  const contextsBefore = new Gazetteer<string>();
  for (const phrase of lexicon.contextsBefore) contextsBefore.add(nameKey(phrase), phrase);
  const places = new Gazetteer<string>();
  for (const place of lexicon.vietnamesePlaces) places.add(nameKey(place), place);
  const relativeYears = new Gazetteer<number>();
  for (const [phrase, offset] of Object.entries(lexicon.relativeYears)) relativeYears.add(nameKey(phrase), offset);

  const titleWords = new Set(lexicon.titles.map((t) => fold(t.split(/\s+/).pop() ?? t)));
  const gluedSuffixes = new Set(
    [...lexicon.titles, ...lexicon.institutionWords].filter((w) => /^\p{Lu}\p{Ll}+$/u.test(w)),
  );

  return {
    countries,
    parties,
    partiesById,
    partiesByBaseName,
    leadingParties,
    peopleByKey,
    titleWords,
    titlePhrases,
    contextsBefore,
    nameSuffixes: new Set(lexicon.nameSuffixes),
    speechVerbs: foldSet(lexicon.speechVerbs),
    organWords: foldSet(lexicon.organWords),
    institutionWords: foldSet([...lexicon.institutionWords, ...lexicon.sentenceWords]),
    partyWords: foldSet(lexicon.partyWords),
    frontWords: foldSet(lexicon.frontWords),
    notPartyQualifiers: foldSet(lexicon.notPartyQualifiers),
    nameBlockersAfter: foldSet(lexicon.nameBlockersAfter),
    nameParticles: new Set(lexicon.nameParticles),
    vietnameseSurnames: foldSet(lexicon.vietnameseSurnames),
    places,
    relativeYears,
    gluedSuffixes,
    homeParty: lexicon.homeParty,
  };
}
