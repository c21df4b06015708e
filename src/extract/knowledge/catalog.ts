import { fold } from '../../text/fold.js';
import { list, readStates, tsvRows } from './files.js';

/** A person's name as an identity: its words, folded, one space apart. */
export function personNameKey(name: string): string {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

export interface KnownPerson {
  id: string;
  name: string;
  country: string;
}

/** The canonical names resolution needs, without the gazetteers that recognition builds (a cached run needs no more). */
export interface Catalog {
  countryNames: Map<string, string>;
  partyNames: Map<string, string>;
  people: Map<string, KnownPerson>;
  peopleByKey: Map<string, KnownPerson>;
}

let cached: Catalog | undefined;

export function loadCatalog(): Catalog {
  cached ??= buildCatalog();
  return cached;
}

function buildCatalog(): Catalog {
  const countries = readStates<{ code: string; name: string }>();
  const people = new Map<string, KnownPerson>();
  const peopleByKey = new Map<string, KnownPerson>();
  for (const [id, country, name, aliases] of tsvRows('people.tsv')) {
    const person = { id, name, country };
    people.set(id, person);
    for (const surface of [name, ...list(aliases)]) peopleByKey.set(personNameKey(surface), person);
  }
  return {
    countryNames: new Map(countries.map((c) => [c.code, c.name])),
    partyNames: new Map(tsvRows('parties.tsv').map(([id, , name]) => [id, name])),
    people,
    peopleByKey,
  };
}
