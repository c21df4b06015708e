import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The data files live beside the sources, not in dist/: they are data, and tsc does not copy them. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../src/extract/knowledge/', import.meta.url));
export const KNOWLEDGE_FILES = ['countries.json', 'former-states.json', 'country-aliases.json', 'parties.tsv', 'people.tsv', 'offices.tsv', 'lexicon.json', 'events.json'] as const;

export function readData(file: (typeof KNOWLEDGE_FILES)[number]): string {
  return readFileSync(KNOWLEDGE_DIR + file, 'utf8');
}

export function tsvRows(file: 'parties.tsv' | 'people.tsv' | 'offices.tsv'): string[][] {
  return readData(file)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

export const list = (cell: string | undefined): string[] => (cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : []);

/** Sovereign states by `countries.json` (regenerated from a data set of today's states) and `former-states.json`. */
export function readStates<T>(): T[] {
  return [...(JSON.parse(readData('countries.json')) as T[]), ...(JSON.parse(readData('former-states.json')) as T[])];
}
