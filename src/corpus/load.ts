import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { decode } from './decode.js';
import { isPage, readPage, type PageMetadata, type PageStore } from './html.js';

export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const STDIN_SOURCE = '-';

export interface SourceDocument {
  /** The file's path relative to its corpus directory (POSIX separators), its base name, or `-` for stdin. */
  doc: string;
  text: string;
  /** A saved web page's own metadata (its text is the article's); absent for plain text. */
  page?: PageMetadata;
}

export interface LoadResult {
  documents: SourceDocument[];
  /** One line per file that was skipped, for the CLI to report on stderr. */
  warnings: string[];
}

export interface Reading {
  /** Saved pages read before. */
  pages?: PageStore;
  /** Told of each file read (saved pages take time to read). */
  onProgress?: (done: number, total: number) => void;
}

interface Candidate {
  doc: string;
  read: () => Uint8Array | Promise<Uint8Array>;
}

/**
 * Finds and decodes the documents of one or more sources: a directory (its `.txt`, `.html` and `.htm` files,
 * recursively, in code-point order of their paths, whatever order the file system lists them in), a single file, or
 * `-` for standard input. A saved web page (by its name, or on stdin by its content) is read as its article's text.
 * A file that cannot be read or decoded, or that is empty, is skipped with a warning; a corpus with no document is an error.
 */
export async function loadCorpus(sources: readonly string[], readStdin: () => Promise<Uint8Array>, reading: Reading = {}): Promise<LoadResult> {
  const warnings: string[] = [];
  const documents: SourceDocument[] = [];
  const candidates = distinctNames(sources.map((source) => ({ source, candidates: candidatesOf(source, readStdin) })));
  for (const [index, candidate] of candidates.entries()) {
    reading.onProgress?.(index, candidates.length);
    try {
      const { text: decoded, warning } = decode(await candidate.read(), candidate.doc);
      if (warning) warnings.push(warning);
      const page = isPage(candidate.doc, decoded, candidate.doc === STDIN_SOURCE) ? await readPage(decoded, reading.pages) : undefined;
      const text = page?.text ?? decoded;
      if (text.trim() === '') {
        warnings.push(`${candidate.doc}: ${page ? 'no article text in the page' : 'empty document'}, skipped`);
        continue;
      }
      documents.push(page ? { doc: candidate.doc, text, page: page.metadata } : { doc: candidate.doc, text });
    } catch (error) {
      warnings.push(`${error instanceof InputError ? error.message : `${candidate.doc}: ${(error as Error).message}`}, skipped`);
    }
  }
  reading.onProgress?.(candidates.length, candidates.length);
  if (documents.length === 0) {
    throw new InputError(`no readable document in ${sources.join(', ')}`, 'a corpus is a directory of .txt or .html files, a file, or - for standard input');
  }
  return { documents, warnings };
}

/** Documents of several sources that share a name are told apart by their source's path. */
function distinctNames(groups: { source: string; candidates: Candidate[] }[]): Candidate[] {
  const seen = new Map<string, number>();
  for (const { candidates } of groups) for (const c of candidates) seen.set(c.doc, (seen.get(c.doc) ?? 0) + 1);
  return groups.flatMap(({ source, candidates }) =>
    candidates.map((c) => ((seen.get(c.doc) ?? 0) > 1 && c.doc !== STDIN_SOURCE ? { ...c, doc: `${source.replace(/\/+$/, '')}/${c.doc}` } : c)),
  );
}

function candidatesOf(source: string, readStdin: () => Promise<Uint8Array>): Candidate[] {
  if (source === STDIN_SOURCE) return [{ doc: STDIN_SOURCE, read: readStdin }];
  let stats;
  try {
    stats = statSync(source);
  } catch {
    throw new InputError(`corpus not found: ${source}`);
  }
  if (stats.isFile()) return [{ doc: basename(source), read: () => readFileSync(source) }];
  if (!stats.isDirectory()) throw new InputError(`not a file or directory: ${source}`);
  return textFilesUnder(source)
    .map((path) => ({ doc: relative(source, path).split(sep).join('/'), read: () => readFileSync(path) }))
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
}

function textFilesUnder(directory: string): string[] {
  let entries;
  try {
    entries = readdirSync(directory, { withFileTypes: true });
  } catch (error) {
    throw new InputError(`cannot read directory ${directory}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return entries.flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return textFilesUnder(path);
    return entry.isFile() && /\.(?:txt|html?)$/i.test(entry.name) ? [path] : [];
  });
}
