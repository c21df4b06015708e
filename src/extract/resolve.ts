import type { Entity, EntityType, ExtractedDocument, LocalMention, Mention, Span } from '../types.js';
import { editDistance, slug } from '../text/fold.js';
import { loadCatalog, type Catalog } from './knowledge/catalog.js';

export interface ResolvedEntity extends Entity {
  aliases: string[];
}

export interface ResolvedCorpus {
  documents: ExtractedDocument[];
  mentions: Mention[];
  entities: Map<string, ResolvedEntity>;
}

export const entityKey = (type: EntityType, id: string): string => `${type}:${id}`;

/**
 * Links every mention of a corpus to a canonical entity. Countries are their ISO code, dates their value, parties
 * their knowledge-base entry or their name; people are grouped across documents when their names agree but for
 * diacritics, hyphens, initials and small misspellings (`Migel Diaz Canel` is `Miguel Díaz-Canel`).
 */
export function resolveCorpus(documents: ExtractedDocument[]): ResolvedCorpus {
  const catalog = loadCatalog();
  const personIds = groupPeople(documents.flatMap((d) => d.mentions.filter((m) => m.type === 'person').map((m) => m.key)), catalog);
  const surfaces = new Map<string, Map<string, number>>();
  const countries = new Map<string, Map<string, number>>();
  const firstMention = new Map<string, LocalMention>();
  const ids = documents.map((document) =>
    document.mentions.map((local) => {
      const id = idOf(local, personIds);
      const key = entityKey(local.type, id);
      if (!firstMention.has(key)) firstMention.set(key, local);
      if (local.kind === 'name' || local.kind === 'abbreviation') tally(surfaces, key, local.text.replace(/\s+/g, ' '));
      if (local.country && local.kind !== 'reference') tally(countries, key, local.country);
      return id;
    }),
  );

  const entities = new Map<string, ResolvedEntity>();
  for (const [key, local] of firstMention) {
    const id = key.slice(key.indexOf(':') + 1);
    const seen = surfaces.get(key) ?? new Map<string, number>();
    const entity: ResolvedEntity = { type: local.type, id, name: canonicalName(local.type, id, local.text, seen, catalog), aliases: [...seen.keys()].sort() };
    const country = mostFrequent(countries.get(key));
    if (country && local.type !== 'date') entity.country = country;
    entities.set(key, entity);
  }

  const mentions: Mention[] = [];
  documents.forEach((document, d) => {
    document.mentions.forEach((local, m) => {
      const id = ids[d][m];
      // Built field by field: one shape for every mention is much faster than spreading mentions of many shapes.
      mentions.push({
        type: local.type,
        kind: local.kind,
        start: local.start,
        end: local.end,
        text: local.text,
        key: local.key,
        rule: local.rule,
        value: local.value,
        country: local.country,
        role: local.role,
        doc: document.doc,
        year: document.metadata.year,
        id,
        name: entities.get(entityKey(local.type, id))!.name,
        sentence: indexOf(document.sentences, local.start),
        paragraph: indexOf(document.paragraphs, local.start),
      });
    });
  });
  return { documents, mentions, entities };
}

function idOf(mention: LocalMention, personIds: Map<string, string>): string {
  switch (mention.type) {
    case 'person':
      return personIds.get(mention.key) ?? slug(mention.key);
    case 'party':
      return mention.key.startsWith('shape:') ? mention.key.slice('shape:'.length) : mention.key;
    default:
      return mention.key;
  }
}

function canonicalName(type: EntityType, id: string, text: string, seen: Map<string, number>, catalog: Catalog): string {
  if (type === 'country') return catalog.countryNames.get(id) ?? id;
  if (type === 'date') return id;
  const known = type === 'party' ? catalog.partyNames.get(id) : type === 'person' ? catalog.people.get(id)?.name : undefined;
  if (known) return known;
  // The most frequent written form, preferring mixed case, then diacritics, then length, then code-point order.
  const candidates = [...seen.entries()].filter(([surface]) => !(type === 'party' && isAbbreviation(surface)));
  const ranked = (candidates.length > 0 ? candidates : [...seen.entries()]).sort(
    ([a, na], [b, nb]) =>
      Number(isAllCaps(a)) - Number(isAllCaps(b)) || nb - na || diacritics(b) - diacritics(a) || b.length - a.length || (a < b ? -1 : a > b ? 1 : 0),
  );
  const best = ranked[0]?.[0] ?? text;
  return isAllCaps(best) && type === 'person' ? titleCase(best) : best;
}

const isAllCaps = (text: string) => text === text.toUpperCase() && /\p{Lu}\p{Lu}/u.test(text);
const isAbbreviation = (text: string) => !/\s/.test(text) && isAllCaps(text);
const diacritics = (text: string) => text.normalize('NFD').length - text.length;
const titleCase = (text: string) => text.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, s: string, c: string) => s + c.toUpperCase());

function tally(table: Map<string, Map<string, number>>, key: string, value: string): void {
  let counts = table.get(key);
  if (!counts) table.set(key, (counts = new Map()));
  counts.set(value, (counts.get(value) ?? 0) + 1);
}

function mostFrequent(counts: Map<string, number> | undefined): string | undefined {
  if (!counts) return undefined;
  return [...counts.entries()].sort(([a, na], [b, nb]) => nb - na || (a < b ? -1 : 1))[0]?.[0];
}

/** Index of the span that contains `offset` (or the last one before it). */
export function indexOf(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (spans[mid].start <= offset) low = mid;
    else high = mid - 1;
  }
  return Math.max(0, low);
}

/**
 * Person keys that name one person: identical once folded, the same knowledge-base person, or the same number of
 * words each equal, an initial of the other, or within a small edit distance. Returns key → entity id.
 */
function groupPeople(keys: string[], catalog: Catalog): Map<string, string> {
  const ids = new Map<string, string>();
  // Clusters are looked up by word count and the first letter of the last word, so that grouping stays near linear.
  const clusters = new Map<string, { words: string[]; id: string }[]>();
  const bucket = (words: string[]) => `${words.length}:${words[words.length - 1][0]}`;
  const addCluster = (words: string[], id: string) => clusters.set(bucket(words), [...(clusters.get(bucket(words)) ?? []), { words, id }]);
  for (const [key, person] of catalog.peopleByKey) addCluster(key.split(' '), person.id);
  for (const key of [...new Set(keys)].sort()) {
    if (!key.includes(' ')) {
      // Already an id: a knowledge-base person.
      ids.set(key, key);
      continue;
    }
    const words = key.split(' ');
    const match = clusters.get(bucket(words))?.find((c) => samePerson(c.words, words));
    if (match) ids.set(key, match.id);
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
