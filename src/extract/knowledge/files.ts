import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The data files live beside the sources, not in dist/: they are data, and tsc does not copy them. */
export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../src/extract/knowledge/', import.meta.url));
export const KNOWLEDGE_FILES = ['countries.json', 'country-aliases.json', 'parties.tsv', 'people.tsv', 'lexicon.json', 'events.json'] as const;

export function readData(file: (typeof KNOWLEDGE_FILES)[number]): string {
  return readFileSync(KNOWLEDGE_DIR + file, 'utf8');
}

export function tsvRows(file: 'parties.tsv' | 'people.tsv'): string[][] {
  return readData(file)
    .split('\n')
    .filter((line) => line.trim() !== '' && !line.startsWith('#'))
    .map((line) => line.split('\t').map((cell) => cell.trim()));
}

export const list = (cell: string | undefined): string[] => (cell ? cell.split(';').map((s) => s.trim()).filter(Boolean) : []);
