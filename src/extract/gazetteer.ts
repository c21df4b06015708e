import type { Token } from './tokenize.js';

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  entries: T[];
}

export interface GazetteerMatch<T> {
  /** Index of the first token matched. */
  first: number;
  /** Index one past the last token matched. */
  last: number;
  entries: T[];
}

/**
 * Longest-match lookup of multi-word names over a token stream, keyed on folded tokens.
 * Each lookup walks at most the length of the longest name, so a scan is linear in the text.
 */
/** A trie as plain JSON: `[entries, [[key, child], …]]`. */
export type TrieJson<T> = [T[], [string, TrieJson<T>][]];

export class Gazetteer<T> {
  private root: TrieNode<T> = { children: new Map(), entries: [] };

  toJSON(): TrieJson<T> {
    const encode = (node: TrieNode<T>): TrieJson<T> => [node.entries, [...node.children].map(([key, child]) => [key, encode(child)])];
    return encode(this.root);
  }

  static fromJSON<T>(json: TrieJson<T>): Gazetteer<T> {
    const decode = ([entries, children]: TrieJson<T>): TrieNode<T> => ({ entries, children: new Map(children.map(([key, child]) => [key, decode(child)])) });
    const gazetteer = new Gazetteer<T>();
    gazetteer.root = decode(json);
    return gazetteer;
  }

  add(key: readonly string[], entry: T): void {
    let node = this.root;
    for (const part of key) {
      let next = node.children.get(part);
      if (!next) {
        next = { children: new Map(), entries: [] };
        node.children.set(part, next);
      }
      node = next;
    }
    if (!node.entries.includes(entry)) node.entries.push(entry);
  }

  /** The longest name starting at token `first` that `accept` allows, if any. */
  longestAt(
    tokens: readonly Token[],
    first: number,
    accept: (entry: T, first: number, last: number) => boolean = () => true,
  ): GazetteerMatch<T> | undefined {
    let node = this.root;
    let best: GazetteerMatch<T> | undefined;
    for (let i = first; i < tokens.length; i++) {
      if (i > first && tokens[i].lineBefore) break;
      const next = node.children.get(tokens[i].fold);
      if (!next) break;
      node = next;
      if (node.entries.length === 0) continue;
      const entries = node.entries.filter((e) => accept(e, first, i + 1));
      if (entries.length > 0) best = { first, last: i + 1, entries };
    }
    return best;
  }
}

const ACRONYM_SURFACES = new Map<string, boolean>();

/** An acronym: no lower-case letter outside parentheses (`DPRK`, `CPI(M)`). Asked of the same names again and again. */
export function isAcronymSurface(surface: string): boolean {
  let acronym = ACRONYM_SURFACES.get(surface);
  if (acronym === undefined) ACRONYM_SURFACES.set(surface, (acronym = !/\p{Ll}/u.test(surface.replace(/\(.*?\)/g, ''))));
  return acronym;
}

/** Knowledge-base acronyms match only as written (`ER`, not `er`); names match whatever their case. */
export function writtenAsKnown(tokens: readonly Token[]) {
  return (entry: { surface: string }, first: number, last: number): boolean => {
    if (!isAcronymSurface(entry.surface)) return true;
    const written = tokens.slice(first, last).map((t) => t.text).join('');
    return written.replace(/[’]/g, "'") === entry.surface.replace(/\s+/g, '');
  };
}
