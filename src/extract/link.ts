import type { EntityType, LocalMention } from '../types.js';
import { localMention, mentionCount, mentionCountry, mentionKey, mentionKind, mentionText, mentionType, type CompactExtraction } from './compact.js';
import { editDistance, slug } from '../text/fold.js';
import { loadCatalog, type Catalog } from './knowledge/catalog.js';
import type { CorpusLinks, ResolvedEntity } from './resolve.js';
import { SHORT_FORM, shortForms } from './short-forms.js';
import { collapsedSpaces } from '../text/spaces.js';

/**
 * Links every mention of a corpus to a canonical entity. Countries are their ISO code, dates their value, parties
 * their knowledge-base entry or their name; people are grouped across documents when their names agree but for
 * diacritics, hyphens, initials and small misspellings (`Migel Diaz Canel` is `Miguel Díaz-Canel`).
 */
export function linkCorpus(documents: readonly CompactExtraction[]): CorpusLinks {
  const catalog = loadCatalog();
  const personKeys: string[] = [];
  for (const document of documents) {
    for (let m = 0; m < mentionCount(document); m++) if (mentionType(document, m) === 'person') personKeys.push(mentionKey(document, m));
  }
  const personIds = groupPeople(personKeys.filter((key) => !key.startsWith(SHORT_FORM)), catalog);
  const notes = linkShortForms(personKeys.filter((key) => key.startsWith(SHORT_FORM)), personIds, catalog);
  // Each entity's tallies, found by type then id, in the order of its first mention: a key string made for each of
  // an archive's 700,000 mentions, and three maps looked up by it, were most of linking, at the end of the run where
  // no other thread works. Each mention's fields are read one by one from the compact form, for the same reason.
  const tallies: EntityTally[] = [];
  const byType = new Map<EntityType, Map<string, EntityTally>>();
  const ids = documents.map((document) => {
    const row: string[] = [];
    for (let m = 0; m < mentionCount(document); m++) {
      const type = mentionType(document, m);
      const kind = mentionKind(document, m);
      const id = idOf(type, mentionKey(document, m), personIds);
      let ofType = byType.get(type);
      if (!ofType) byType.set(type, (ofType = new Map()));
      let entity = ofType.get(id);
      if (!entity) {
        ofType.set(id, (entity = { first: localMention(document, m), id, surfaces: new Map(), countries: new Map() }));
        tallies.push(entity);
      }
      if (kind === 'name' || kind === 'abbreviation') tally(entity.surfaces, collapsedSpaces(mentionText(document, m)));
      const country = mentionCountry(document, m);
      if (country && kind !== 'reference') tally(entity.countries, country);
      row.push(id);
    }
    return row;
  });

  const entities: ResolvedEntity[] = [];
  for (const { first, id, surfaces, countries } of tallies) {
    const entity: ResolvedEntity = { type: first.type, id, name: canonicalName(first.type, id, first.text, surfaces, catalog), aliases: [...surfaces.keys()].sort() };
    const country = mostFrequent(countries);
    if (country && first.type !== 'date') entity.country = country;
    entities.push(entity);
  }
  return { ids, entities, notes: Object.fromEntries(notes) };
}

/** Loads what linking reads (the knowledge base's catalog) ahead of the corpus. */
export function prepareLinking(): void {
  loadCatalog();
}

function idOf(type: EntityType, key: string, personIds: Map<string, string>): string {
  switch (type) {
    case 'person':
      return personIds.get(key) ?? slug(key);
    case 'party':
      return key.startsWith('shape:') ? key.slice('shape:'.length) : key;
    default:
      return key;
  }
}

/**
 * A short form that its own document could not link ("President Tokayev" where the full name is not written) is
 * the person of the corpus, or of the knowledge base, that it shortens, when exactly one person has it as a short
 * form; else a person of its own. Adds each short form's id to `personIds`; returns what was decided, for
 * `mentions --explain`.
 */
function linkShortForms(keys: string[], personIds: Map<string, string>, catalog: Catalog): Map<string, string> {
  const notes = new Map<string, string>();
  if (keys.length === 0) return notes;
  const owners = new Map<string, Set<string>>();
  const names = new Map<string, string>();
  const own = (words: string[], id: string, name: string) => {
    names.set(id, name);
    for (const form of shortForms(words, false)) owners.set(form, (owners.get(form) ?? new Set()).add(id));
  };
  for (const [key, person] of catalog.peopleByKey) own(key.split(' '), person.id, person.name);
  for (const [key, id] of personIds) if (key.includes(' ')) own(key.split(' '), id, names.get(id) ?? key);
  for (const key of new Set(keys)) {
    const form = key.slice(SHORT_FORM.length);
    const candidates = [...(owners.get(form) ?? [])].sort();
    const id = candidates.length === 1 ? candidates[0] : slug(form);
    personIds.set(key, id);
    notes.set(
      key,
      candidates.length === 1
        ? `linked across the corpus to ${names.get(id)} (${id})`
        : candidates.length === 0
          ? 'no full name in the corpus'
          : `not linked: short form of ${candidates.length} people (${candidates.join(', ')})`,
    );
  }
  return notes;
}

function canonicalName(type: EntityType, id: string, text: string, seen: Map<string, number>, catalog: Catalog): string {
  if (type === 'country') return catalog.countryNames.get(id) ?? id;
  if (type === 'date') return id;
  const known = type === 'party' ? catalog.partyNames.get(id) : type === 'person' ? catalog.people.get(id)?.name : undefined;
  if (known) return known;
  // The most frequent written form, preferring mixed case, then diacritics, then length, then code-point order; a
  // person's full name before the short forms that may outnumber it ("Boateng").
  const candidates = [...seen.entries()].filter(([surface]) => !(type === 'party' && isAbbreviation(surface)));
  const words = (surface: string) => (type === 'person' ? surface.split(/[\s-]+/).length : 0);
  const ranked = (candidates.length > 0 ? candidates : [...seen.entries()]).sort(
    ([a, na], [b, nb]) =>
      Number(isAllCaps(a)) - Number(isAllCaps(b)) ||
      words(b) - words(a) ||
      nb - na ||
      diacritics(b) - diacritics(a) ||
      b.length - a.length ||
      (a < b ? -1 : a > b ? 1 : 0),
  );
  const best = ranked[0]?.[0] ?? text;
  return isAllCaps(best) && type === 'person' ? titleCase(best) : best;
}

const isAllCaps = (text: string) => text === text.toUpperCase() && /\p{Lu}\p{Lu}/u.test(text);
const isAbbreviation = (text: string) => !/\s/.test(text) && isAllCaps(text);
const diacritics = (text: string) => text.normalize('NFD').length - text.length;
const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());

/** An entity as linking finds it: its first mention, and how often it is written each way and given each country. */
interface EntityTally {
  first: LocalMention;
  id: string;
  surfaces: Map<string, number>;
  countries: Map<string, number>;
}

function tally(counts: Map<string, number>, value: string): void {
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function mostFrequent(counts: Map<string, number>): string | undefined {
  return [...counts.entries()].sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : 1))[0]?.[0];
}

/**
 * Person keys that name one person: identical once folded, the same knowledge-base person, the same number of
 * words each equal, an initial of the other, or within a small edit distance, or the same letters with two words
 * glued together. Returns key → entity id.
 */
function groupPeople(keys: string[], catalog: Catalog): Map<string, string> {
  const ids = new Map<string, string>();
  // Clusters are looked up by word count and the first letter of the last word, so that grouping stays near linear.
  const clusters = new Map<string, { words: string[]; id: string }[]>();
  const bucket = (words: string[]) => `${words.length}:${words[words.length - 1][0]}`;
  // A name with two words glued by the page ("Esteban LazoHernandez", "Ho ChiMinh") is the name with them apart.
  const byLetters = new Map<string, string>();
  const addCluster = (words: string[], id: string) => {
    clusters.set(bucket(words), [...(clusters.get(bucket(words)) ?? []), { words, id }]);
    if (!byLetters.has(words.join(''))) byLetters.set(words.join(''), id);
  };
  for (const [key, person] of catalog.peopleByKey) addCluster(key.split(' '), person.id);
  for (const key of [...new Set(keys)].sort()) {
    if (!key.includes(' ')) {
      // Already an id: a knowledge-base person.
      ids.set(key, key);
      continue;
    }
    const words = key.split(' ');
    const match = clusters.get(bucket(words))?.find((c) => samePerson(c.words, words))?.id ?? byLetters.get(words.join(''));
    if (match) ids.set(key, match);
    else {
      addCluster(words, slug(key));
      ids.set(key, slug(key));
    }
  }
  return ids;
}

function samePerson(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((word, i) => {
    const other = b[i];
    if (word === other) return true;
    if (word.length === 1 || other.length === 1) return word[0] === other[0] && i < a.length - 1;
    const limit = Math.min(word.length, other.length) >= 9 ? 2 : Math.min(word.length, other.length) >= 4 ? 1 : 0;
    return editDistance(word, other, limit) <= limit;
  });
}
