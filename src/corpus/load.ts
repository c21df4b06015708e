import { closeSync, createReadStream, openSync, readdirSync, readFileSync, readSync, statSync, type Stats } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../errors.js';
import { decode, isPlainUtf8 } from './decode.js';
import { isPage, readPage, type PageMetadata, type PageStore } from './html.js';

export const BUNDLED_CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
export const STDIN_SOURCE = '-';
/** No document is larger: a string of text this long is about the most V8 can hold and process. */
export const MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;
const DOCUMENT_NAME = /\.(?:txt|html?)$/i;

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
  /**
   * Handed each document as it is read, which is then not kept: an archive's texts need not be in memory at once.
   * A plain-text file whose bytes are its text's UTF-8 (see isPlainUtf8) is handed over undecoded, for hashing:
   * its bytes are valid only during the call.
   */
  onDocument?: (document: SourceDocument | Utf8Document) => void;
}

/** A text file as its bytes, which are exactly its text's UTF-8. */
export interface Utf8Document {
  doc: string;
  utf8: Uint8Array;
}

/** No document could be read: the warnings say why each file was skipped. */
export class NoDocumentError extends InputError {
  constructor(
    message: string,
    hint: string,
    readonly warnings: readonly string[],
  ) {
    super(message, hint);
  }
}

/** A buffer that files are read into one after another, grown as needed: one buffer for an archive, not one per file. */
interface Scratch {
  buffer: Buffer;
}

interface Candidate {
  doc: string;
  /** Into `scratch` when given (the bytes are then valid until the next read). */
  read: (scratch?: Scratch) => Uint8Array | Promise<Uint8Array>;
  /** The file's identity (device and inode), so that a file reached twice is read once. */
  identity?: string;
}

/**
 * Finds and decodes the documents of one or more sources: a directory (its `.txt`, `.html` and `.htm` files,
 * recursively, in code-point order of their paths, whatever order the file system lists them in, following links), a
 * single file (a FIFO such as `<(cmd)` or `/dev/stdin` too), or `-` for standard input. A saved web page (by its
 * name, or on stdin by its content) is read as its article's text. A file or folder that cannot be read or decoded,
 * or that is empty, is skipped with a warning; a file reached twice (a source given twice, a link) is read once; a
 * corpus with no document is an error that carries the warnings.
 */
export async function loadCorpus(sources: readonly string[], readStdin: () => Promise<Uint8Array>, reading: Reading = {}): Promise<LoadResult> {
  const warnings: string[] = [];
  const documents: SourceDocument[] = [];
  const { onDocument } = reading;
  for await (const document of readSources(sources, readStdin, warnings, reading, onDocument !== undefined)) {
    if (onDocument) onDocument(document);
    else if ('text' in document) documents.push(document);
  }
  return { documents, warnings };
}

/**
 * The documents of loadCorpus one at a time, each read as it is asked for, so that an archive's texts need not all
 * be in memory at once; the warnings go to `warnings` as they arise.
 */
export async function* readCorpus(sources: readonly string[], readStdin: () => Promise<Uint8Array>, warnings: string[], reading: Reading = {}): AsyncGenerator<SourceDocument> {
  for await (const document of readSources(sources, readStdin, warnings, reading, false)) if ('text' in document) yield document;
}

/**
 * With `undecoded`, a plain-text file whose bytes are its text's UTF-8 is given as those bytes, read into one
 * buffer that serves every file (valid until the next document is asked for).
 */
async function* readSources(
  sources: readonly string[],
  readStdin: () => Promise<Uint8Array>,
  warnings: string[],
  reading: Reading,
  undecoded: boolean,
): AsyncGenerator<SourceDocument | Utf8Document> {
  const scratch = undecoded ? { buffer: Buffer.allocUnsafe(1 << 20) } : undefined;
  const groups = sources.map((source) => ({ source, candidates: candidatesOf(source, readStdin, warnings) }));
  const candidates = distinctFiles(distinctNames(groups), warnings);
  let read = 0;
  for (const [index, candidate] of candidates.entries()) {
    reading.onProgress?.(index, candidates.length);
    let document: SourceDocument | Utf8Document;
    try {
      const bytes = await candidate.read(scratch);
      const fromStdin = candidate.doc === STDIN_SOURCE;
      if (undecoded && !fromStdin && !isPage(candidate.doc, '', false) && isPlainUtf8(bytes)) {
        document = { doc: candidate.doc, utf8: bytes };
      } else {
        const { text: decoded, warning } = decode(bytes, candidate.doc);
        if (warning) warnings.push(warning);
        const page = isPage(candidate.doc, decoded, fromStdin) ? await readPage(decoded, reading.pages) : undefined;
        const text = page?.text ?? decoded;
        if (text.trim() === '') {
          warnings.push(`${candidate.doc}: ${page ? 'no article text in the page' : 'empty document'}, skipped`);
          continue;
        }
        document = page ? { doc: candidate.doc, text, page: page.metadata } : { doc: candidate.doc, text };
      }
    } catch (error) {
      warnings.push(`${error instanceof InputError ? error.message : `${candidate.doc}: ${(error as Error).message}`}, skipped`);
      continue;
    }
    read++;
    yield document;
  }
  reading.onProgress?.(candidates.length, candidates.length);
  if (read === 0) {
    throw new NoDocumentError(`no readable document in ${sources.join(', ')}`, 'a corpus is a directory of .txt or .html files, a file, or - for standard input', warnings);
  }
}

/**
 * Documents of several sources that share a name are told apart by their source's path; names that would still
 * be the same (a source inside another) get a number, so that no two documents share one.
 */
function distinctNames(groups: { source: string; candidates: Candidate[] }[]): Candidate[] {
  const seen = new Map<string, number>();
  for (const { candidates } of groups) for (const c of candidates) seen.set(c.doc, (seen.get(c.doc) ?? 0) + 1);
  const named = groups.flatMap(({ source, candidates }) =>
    candidates.map((c) => ((seen.get(c.doc) ?? 0) > 1 && c.doc !== STDIN_SOURCE ? { ...c, doc: `${source.replace(/\/+$/, '')}/${c.doc}` } : c)),
  );
  const taken = new Set<string>();
  return named.map((c) => {
    let doc = c.doc;
    for (let n = 2; taken.has(doc); n++) doc = `${c.doc} (${n})`;
    taken.add(doc);
    return { ...c, doc };
  });
}

/** A file reached twice is read once: counting it twice would double every count. */
function distinctFiles(candidates: Candidate[], warnings: string[]): Candidate[] {
  const first = new Map<string, string>();
  return candidates.filter((c) => {
    if (c.identity === undefined) return true;
    const earlier = first.get(c.identity);
    if (earlier === undefined) return first.set(c.identity, c.doc), true;
    warnings.push(`${c.doc}: the same file as ${earlier}, read once`);
    return false;
  });
}

function candidatesOf(source: string, readStdin: () => Promise<Uint8Array>, warnings: string[]): Candidate[] {
  if (source === STDIN_SOURCE) return [{ doc: STDIN_SOURCE, read: readStdin }];
  let stats;
  try {
    stats = statSync(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(code === 'ENOENT' || code === 'ENOTDIR' ? `corpus not found: ${source}` : `cannot read corpus ${source}: ${code ?? (error as Error).message}`);
  }
  if (!stats.isDirectory()) return [fileCandidate(source, basename(source), stats)];
  let files;
  try {
    files = documentFilesUnder(source, warnings);
  } catch (error) {
    throw new InputError(`cannot read directory ${source}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  return files
    .map(({ path, stats: fileStats }) => fileCandidate(path, relative(source, path).split(sep).join('/'), fileStats))
    .sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0));
}

/** A regular file is read at once; anything else given as a file (a FIFO, a device) is read as a stream, bounded. */
function fileCandidate(path: string, doc: string, stats: Stats): Candidate {
  if (stats.isFile()) {
    return {
      doc,
      identity: `${stats.dev}:${stats.ino}`,
      read: (scratch) => {
        if (stats.size > MAX_DOCUMENT_BYTES) throw tooLarge(doc);
        return scratch ? readInto(path, doc, stats.size, scratch) : readFileSync(path);
      },
    };
  }
  return { doc, read: () => readBounded(path, doc) };
}

/** `size`: as the file was listed; one byte more is room to see its end. */
function readInto(path: string, doc: string, size: number, scratch: Scratch): Uint8Array {
  if (scratch.buffer.length <= size) scratch.buffer = Buffer.allocUnsafe(size + 1);
  const fd = openSync(path, 'r');
  try {
    let length = 0;
    for (;;) {
      if (length === scratch.buffer.length) {
        // The file grew since it was listed.
        if (length > MAX_DOCUMENT_BYTES) throw tooLarge(doc);
        const grown = Buffer.allocUnsafe(2 * length);
        scratch.buffer.copy(grown);
        scratch.buffer = grown;
      }
      const read = readSync(fd, scratch.buffer, length, scratch.buffer.length - length, null);
      if (read === 0) return scratch.buffer.subarray(0, length);
      length += read;
    }
  } finally {
    closeSync(fd);
  }
}

function tooLarge(doc: string, limit = MAX_DOCUMENT_BYTES): InputError {
  return new InputError(`${doc}: larger than ${limit / 1024 / 1024} MB`);
}

function readBounded(path: string, doc: string): Promise<Uint8Array> {
  return readAllBounded(createReadStream(path), doc);
}

/** Reads a stream to its end, refusing more than `limit` bytes (`/dev/zero` never ends). */
export async function readAllBounded(stream: AsyncIterable<unknown>, doc: string, limit = MAX_DOCUMENT_BYTES): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(doc, limit);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * The documents (`.txt`, `.html`, `.htm`) under a directory, following links to files and folders; a folder reached again (a link loop, a
 * link to a folder already read) is not read twice. Walked with a stack, not recursion, so that no depth of folders
 * overflows it. A subfolder or link that cannot be read is skipped with a warning; the directory itself must be readable.
 */
function documentFilesUnder(root: string, warnings: string[]): { path: string; stats: Stats }[] {
  const files: { path: string; stats: Stats }[] = [];
  const rootStats = statSync(root);
  const visited = new Set([`${rootStats.dev}:${rootStats.ino}`]);
  const pending = [root];
  for (let directory = pending.pop(); directory !== undefined; directory = pending.pop()) {
    let entries;
    try {
      // In name order, so that which of two paths to the same folder or file is kept never depends on the file system.
      entries = readdirSync(directory, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    } catch (error) {
      if (directory === root) throw error;
      warnings.push(`${relative(root, directory)}: folder cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), skipped`);
      continue;
    }
    for (const entry of entries) {
      const path = join(directory, entry.name);
      const isDocument = DOCUMENT_NAME.test(entry.name);
      if (!entry.isDirectory() && !entry.isSymbolicLink() && !(entry.isFile() && isDocument)) continue;
      let stats;
      try {
        stats = statSync(path);
      } catch (error) {
        if (entry.isSymbolicLink() && !isDocument) continue;
        warnings.push(`${relative(root, path)}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}), skipped`);
        continue;
      }
      if (stats.isDirectory()) {
        const identity = `${stats.dev}:${stats.ino}`;
        if (visited.has(identity)) continue;
        visited.add(identity);
        pending.push(path);
      } else if (stats.isFile() && isDocument) {
        files.push({ path, stats });
      }
    }
  }
  return files;
}
