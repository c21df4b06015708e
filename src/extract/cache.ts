import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KNOWLEDGE_DIR, KNOWLEDGE_FILES } from './knowledge/files.js';

const DIST = fileURLToPath(new URL('../', import.meta.url));
/** The compiled code whose change changes extraction results. */
const PIPELINE_CODE = ['extract', 'corpus', 'text', 'types.js'];

function filesUnder(path: string): string[] {
  try {
    return readdirSync(path, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? filesUnder(join(path, entry.name)) : entry.name.endsWith('.js') ? [join(path, entry.name)] : []))
      .sort();
  } catch {
    return [path];
  }
}

/**
 * The version of the pipeline and its knowledge base: a hash of the compiled extraction code and of the knowledge
 * files. Any change to either gives new cache keys, so stale results are never read.
 */
export function pipelineVersion(): string {
  const hash = createHash('sha256');
  const files = [...PIPELINE_CODE.flatMap((part) => filesUnder(join(DIST, part))), ...KNOWLEDGE_FILES.map((f) => join(KNOWLEDGE_DIR, f))];
  for (const file of files) {
    hash.update(file.slice(file.lastIndexOf('/')));
    try {
      hash.update(readFileSync(file));
    } catch {
      hash.update('missing');
    }
  }
  return hash.digest('hex');
}

/**
 * Extraction results on disk: each document's, keyed by a hash of its text, and each corpus's links, keyed by its
 * documents' keys in order; both keys hash the pipeline's version too. A cache that cannot be read or written is
 * passed over: the run extracts and links again.
 */
export class ResultCache {
  private readonly version = pipelineVersion();

  constructor(private readonly directory: string) {}

  documentKey(text: string): string {
    return this.hash('document', text);
  }

  /** A saved page's text and metadata, by its markup and the versions of the libraries that read it. */
  pageKey(html: string, readerVersion: string): string {
    return this.hash('page', readerVersion, html);
  }

  corpusKey(documentKeys: readonly string[]): string {
    return this.hash('corpus', ...documentKeys);
  }

  get<T>(key: string): T | undefined {
    try {
      return JSON.parse(readFileSync(this.pathOf(key), 'utf8')) as T;
    } catch {
      return undefined;
    }
  }

  put(key: string, value: unknown): void {
    const path = this.pathOf(key);
    try {
      mkdirSync(join(this.directory, key.slice(0, 2)), { recursive: true });
      // Written aside and renamed, so that an interrupted run never leaves half a file to be read.
      const partial = `${path}.${process.pid}.partial`;
      writeFileSync(partial, JSON.stringify(value));
      renameSync(partial, path);
    } catch {
      // A read-only or full disk costs speed, not results.
    }
  }

  private hash(...parts: string[]): string {
    const hash = createHash('sha256').update(this.version);
    for (const part of parts) hash.update('\u0000').update(part);
    return hash.digest('hex');
  }

  private pathOf(key: string): string {
    return join(this.directory, key.slice(0, 2), `${key}.json`);
  }
}
