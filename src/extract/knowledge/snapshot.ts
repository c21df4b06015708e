import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Gazetteer, type TrieJson } from '../gazetteer.js';
import { KNOWLEDGE_DIR, KNOWLEDGE_FILES } from './files.js';
import type { Knowledge } from './index.js';

// Building the gazetteers costs more than reading them back; `npm run build` writes them once, next to the code.
const SNAPSHOT = fileURLToPath(new URL('./snapshot.json', import.meta.url));
/** The compiled code that shapes the knowledge base: a change to it, like a change to the data, makes a new snapshot. */
const BUILDERS = ['./index.js', './catalog.js', './files.js', '../gazetteer.js', '../tokenize.js', '../../text/fold.js'];

function sourceVersion(): string {
  const hash = createHash('sha256');
  for (const file of KNOWLEDGE_FILES) hash.update(readFileSync(KNOWLEDGE_DIR + file));
  for (const file of BUILDERS) hash.update(readFileSync(new URL(file, import.meta.url)));
  return hash.digest('hex');
}

type Encoded = { $gazetteer: TrieJson<unknown> } | { $map: [unknown, Encoded][] } | { $set: unknown[] } | string;

function encode(value: unknown): Encoded {
  if (value instanceof Gazetteer) return { $gazetteer: value.toJSON() };
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [k, encode(v)]) };
  if (value instanceof Set) return { $set: [...value] };
  return value as Encoded;
}

function decode(value: Encoded): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if ('$gazetteer' in value) return Gazetteer.fromJSON(value.$gazetteer);
  if ('$map' in value) return new Map(value.$map.map(([k, v]) => [k, decode(v)]));
  if ('$set' in value) return new Set(value.$set);
  return value;
}

export function writeSnapshot(knowledge: Knowledge): void {
  const fields = Object.fromEntries(Object.entries(knowledge).map(([key, value]) => [key, encode(value)]));
  writeFileSync(SNAPSHOT, JSON.stringify({ version: sourceVersion(), fields }));
}

/** The snapshot, if there is one and it was made from the current data and code. */
export function readSnapshot(): Knowledge | undefined {
  try {
    const snapshot = JSON.parse(readFileSync(SNAPSHOT, 'utf8')) as { version: string; fields: Record<string, Encoded> };
    if (snapshot.version !== sourceVersion()) return undefined;
    return Object.fromEntries(Object.entries(snapshot.fields).map(([key, value]) => [key, decode(value)])) as unknown as Knowledge;
  } catch {
    return undefined;
  }
}
