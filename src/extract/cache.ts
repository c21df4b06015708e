import { createHash, randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  unlinkSync,
  utimesSync,
  writeSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { endianness } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceDocument, Utf8Document } from '../corpus/load.js';
import { isObject } from '../types.js';
import { KNOWLEDGE_DIR, KNOWLEDGE_FILES } from './knowledge/files.js';

const DIST = fileURLToPath(new URL('../', import.meta.url));
/** The compiled code whose change changes extraction results. */
const PIPELINE_CODE = ['extract', 'corpus', 'text', 'types.js'];
/** The packages whose change changes extraction results: their versions are part of the key. */
const PIPELINE_PACKAGES = ['wink-nlp', 'wink-eng-lite-web-model'];

/** No entry is larger: a bigger file in the cache was not written by party-diplo. */
export const MAX_ENTRY_BYTES = 256 * 1024 * 1024;
/** When the cache grows past this, the least recently used entries go until it is under three quarters of it. */
export const MAX_CACHE_BYTES = 1024 * 1024 * 1024;
/** The cache is measured at most this often, after a run that wrote to it. */
const SWEEP_INTERVAL_MS = 60 * 60 * 1000;
/** A read refreshes an entry's time (its place in the eviction order) at most this often. */
const TOUCH_INTERVAL_MS = 24 * 60 * 60 * 1000;
/** A temporary file this old was left by a run that was killed. */
const STALE_PARTIAL_MS = 60 * 60 * 1000;
const CHECKSUM_LENGTH = 64;
const SWEEP_MARK = 'last-sweep';
const JSON_ENTRY = '.json';
/** An entry of raw bytes rather than JSON. */
export const BINARY_ENTRY = '.bin';

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
 * The version of the pipeline and of all it depends on: a hash of the compiled extraction code, the knowledge
 * files, the versions of wink-nlp and its model, and Node's version (its Unicode tables decide what the patterns
 * match). Any change to one of them gives new cache keys, so stale results are never read.
 */
export function pipelineVersion(): string {
  const hash = createHash('sha256').update(`node ${process.version} unicode ${process.versions.unicode}`);
  const require = createRequire(import.meta.url);
  const manifests = PIPELINE_PACKAGES.map((name) => {
    try {
      return require.resolve(`${name}/package.json`);
    } catch {
      return name;
    }
  });
  const files = [...PIPELINE_CODE.flatMap((part) => filesUnder(join(DIST, part))), ...KNOWLEDGE_FILES.map((f) => join(KNOWLEDGE_DIR, f)), ...manifests];
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

/** Temporary files of this process, removed on every way out. */
const partials = new Set<string>();
let cleanupInstalled = false;

function removePartialsOnExit(): void {
  if (cleanupInstalled) return;
  cleanupInstalled = true;
  process.on('exit', () => {
    for (const partial of partials) rmSync(partial, { force: true });
  });
}

/**
 * Extraction results on disk: each document's, keyed by a hash of its text, and each corpus's links, keyed by its
 * documents' keys in order; both keys hash the pipeline's version too.
 *
 * The cache is untrusted input. It is used only when its directory is the user's own, and made private; an entry is read only if it is a regular file (not a link, a device or a FIFO) of at most MAX_ENTRY_BYTES
 * whose checksum matches and whose value has the shape the caller expects; anything else is passed over and
 * extracted again. Entries are written to a new file of a random name, created exclusively (never through a link
 * someone planted), and renamed into place. A cache that cannot be read or written costs speed, not results.
 */
export class ResultCache {
  private readonly version = pipelineVersion();
  private usable: boolean | undefined;
  private wrote = false;

  constructor(
    private readonly directory: string,
    private readonly maxBytes = MAX_CACHE_BYTES,
  ) {}

  documentKey(text: string): string {
    return this.hash('document', text);
  }

  /**
   * A document as read: a saved page's metadata is part of what its results are made of. A text given as its
   * UTF-8 has the key of the text.
   */
  sourceKey(document: Pick<SourceDocument, 'text' | 'page'> | Pick<Utf8Document, 'utf8'>): string {
    if ('utf8' in document) return this.hash('document', document.utf8);
    const { text, page } = document;
    return this.documentKey(page ? `${text}\u0000${JSON.stringify(page)}` : text);
  }

  /** A saved page's text and metadata, by its markup and the versions of the libraries that read it. */
  pageKey(html: string, readerVersion: string): string {
    return this.hash('page', readerVersion, html);
  }

  /** A chart's drawing, by the chart (specification and data) and the version of the code that draws it. */
  pictureKey(renderingVersion: string, idPrefix: string, chart: string): string {
    return this.hash('picture', renderingVersion, idPrefix, chart);
  }

  corpusKey(documentKeys: readonly string[]): string {
    return this.hash('corpus', ...documentKeys);
  }

  /** A corpus's index (corpus-index.ts): its integers are written in the machine's byte order. */
  indexKey(documentKeys: readonly string[]): string {
    return this.hash('index', endianness(), ...documentKeys);
  }

  /** The value stored under a key, if there is one that passes every check and `isValid`. */
  get<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
    const payload = this.getBytes(key);
    if (payload === undefined) return undefined;
    try {
      const value: unknown = JSON.parse(payload.toString('utf8'));
      return isValid(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Whether something is stored under a key (whether it passes the checks is for getBytes to tell). */
  has(key: string, extension = JSON_ENTRY): boolean {
    return this.isUsable() && lstatSync(this.pathOf(key, extension), { throwIfNoEntry: false }) !== undefined;
  }

  /** An entry that did not pass the checks is removed, so that the next run that makes it writes it anew. */
  remove(key: string, extension = JSON_ENTRY): void {
    if (!this.isUsable()) return;
    try {
      rmSync(this.pathOf(key, extension), { force: true });
    } catch {
      // A directory planted there stays: nothing is written over it, and the run goes on without that entry.
    }
  }

  /** The bytes stored under a key, if they are a regular file's of at most MAX_ENTRY_BYTES whose checksum matches. */
  getBytes(key: string, extension = JSON_ENTRY): Buffer | undefined {
    if (!this.isUsable()) return undefined;
    const path = this.pathOf(key, extension);
    try {
      const file = readRegularFile(path);
      if (file === undefined) return undefined;
      const { content, mtimeMs } = file;
      const payload = content.subarray(CHECKSUM_LENGTH + 1);
      if (content.toString('latin1', 0, CHECKSUM_LENGTH + 1) !== `${checksum(payload)}\n`) return undefined;
      touch(path, mtimeMs);
      return payload;
    } catch {
      return undefined;
    }
  }

  put(key: string, value: unknown): void {
    this.putBytes(key, () => jsonPieces(value));
  }

  /** `pieces` are made only when the cache can be written. */
  putBytes(key: string, pieces: () => Iterable<Buffer | string>, extension = JSON_ENTRY): void {
    if (!this.isUsable()) return;
    const directory = join(this.directory, key.slice(0, 2));
    const partial = join(directory, `.${key}.${randomBytes(12).toString('hex')}.partial`);
    let fd: number | undefined;
    try {
      mkdirSync(directory, { recursive: true, mode: 0o700 });
      removePartialsOnExit();
      // Created exclusively: a link planted at this name is not followed, and the name cannot be guessed.
      fd = openSync(partial, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
      partials.add(partial);
      // Written a piece at a time after room for the checksum, which goes in front once it is known: a huge
      // document's results are never one string and one buffer in memory besides their objects.
      const hash = createHash('sha256');
      let position = CHECKSUM_LENGTH + 1;
      for (const piece of pieces()) {
        const bytes = typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
        if (position + bytes.length > MAX_ENTRY_BYTES) throw new Error('entry too large');
        hash.update(bytes);
        writeAll(fd, bytes, position);
        position += bytes.length;
      }
      writeAll(fd, Buffer.from(`${hash.digest('hex')}\n`, 'latin1'), 0);
      closeSync(fd);
      fd = undefined;
      renameSync(partial, this.pathOf(key, extension));
      partials.delete(partial);
      this.wrote = true;
    } catch {
      // A read-only or full disk, or a directory where the entry should be: costs speed, not results.
      if (fd !== undefined) closeSync(fd);
      rmSync(partial, { force: true });
      partials.delete(partial);
    }
  }

  /**
   * Keeps the cache under its size (MAX_CACHE_BYTES by default): after a run that wrote to it, at most once an hour, the least recently
   * used entries are removed until it is under three quarters of that, and temporary files left by killed runs go.
   */
  evictIfDue(now = Date.now()): void {
    if (!this.wrote || !this.isUsable()) return;
    const mark = join(this.directory, SWEEP_MARK);
    try {
      if (now - statSync(mark).mtimeMs < SWEEP_INTERVAL_MS) return;
    } catch {
      // Never swept: sweep now.
    }
    try {
      closeSync(openSync(mark, 'w', 0o600));
      evict(this.directory, now, this.maxBytes);
    } catch {
      // Eviction is housekeeping; a failure leaves the cache as it was.
    }
  }

  /**
   * The cache directory is created private; one that exists is used only if it is the user's, and made private
   * if others could write in it (a umask of 002 made it group-writable).
   */
  private isUsable(): boolean {
    if (this.usable !== undefined) return this.usable;
    try {
      mkdirSync(this.directory, { recursive: true, mode: 0o700 });
      const stats = statSync(this.directory);
      const own = process.getuid === undefined || stats.uid === process.getuid();
      if (own && stats.isDirectory() && (stats.mode & 0o022) !== 0) chmodSync(this.directory, 0o700);
      this.usable = stats.isDirectory() && own;
    } catch {
      this.usable = false;
    }
    return this.usable;
  }

  private hash(...parts: (string | Uint8Array)[]): string {
    const hash = createHash('sha256').update(this.version);
    for (const part of parts) hash.update('\u0000').update(part);
    return hash.digest('hex');
  }

  private pathOf(key: string, extension: string): string {
    return join(this.directory, key.slice(0, 2), `${key}${extension}`);
  }
}

function checksum(payload: Uint8Array): string {
  return createHash('sha256').update(payload).digest('hex');
}

/**
 * A file's content if it is a regular file of at most MAX_ENTRY_BYTES. Opened without following a link and without
 * blocking (a FIFO would wait for a writer), and checked on the open descriptor, so that what is checked is what is read.
 */
function readRegularFile(path: string): { content: Buffer; mtimeMs: number } | undefined {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile() || stats.size > MAX_ENTRY_BYTES) return undefined;
    const content = Buffer.allocUnsafe(stats.size);
    let read = 0;
    while (read < stats.size) {
      const n = readSync(fd, content, read, stats.size - read, null);
      if (n === 0) break;
      read += n;
    }
    return { content: content.subarray(0, read), mtimeMs: stats.mtimeMs };
  } finally {
    closeSync(fd);
  }
}

function writeAll(fd: number, buffer: Buffer, position: number): void {
  for (let written = 0; written < buffer.length; ) written += writeSync(fd, buffer, written, buffer.length - written, position + written);
}

const PIECE_ITEMS = 20_000;

/** JSON.stringify(value) in pieces: long arrays a slice at a time, objects a field at a time; the same characters. */
export function* jsonPieces(value: unknown): Generator<string> {
  if ((Array.isArray(value) && value.length > PIECE_ITEMS) || value instanceof Int32Array) {
    // An Int32Array is written as the array of numbers it holds (JSON.stringify would make it an object).
    const items = value as unknown[] | Int32Array;
    yield '[';
    for (let at = 0; at < items.length; at += PIECE_ITEMS) yield (at > 0 ? ',' : '') + JSON.stringify(Array.from(items.slice(at, at + PIECE_ITEMS))).slice(1, -1);
    yield ']';
  } else if (isObject(value) && Object.getPrototypeOf(value) === Object.prototype && !('toJSON' in value)) {
    let first = true;
    for (const [field, item] of Object.entries(value)) {
      // Fields JSON leaves out: undefined, functions, symbols.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') continue;
      yield `${first ? '{' : ','}${JSON.stringify(field)}:`;
      first = false;
      yield* jsonPieces(item);
    }
    yield first ? '{}' : '}';
  } else yield JSON.stringify(value);
}

/** A read entry's time moves forward, so that eviction takes the entries least recently used. */
function touch(path: string, mtimeMs: number): void {
  const now = Date.now();
  try {
    if (now - mtimeMs > TOUCH_INTERVAL_MS) utimesSync(path, now / 1000, now / 1000);
  } catch {
    // Only the eviction order suffers.
  }
}

function evict(directory: string, now: number, maxBytes: number): void {
  const entries: { path: string; size: number; time: number }[] = [];
  for (const shard of readdirSync(directory, { withFileTypes: true })) {
    if (!shard.isDirectory()) continue;
    const shardPath = join(directory, shard.name);
    for (const name of readdirSync(shardPath)) {
      const path = join(shardPath, name);
      const stats = statSync(path, { throwIfNoEntry: false });
      if (!stats?.isFile()) continue;
      if (name.endsWith('.partial')) {
        if (now - stats.mtimeMs > STALE_PARTIAL_MS) unlinkSync(path);
      } else {
        entries.push({ path, size: stats.size, time: stats.mtimeMs });
      }
    }
  }
  let total = entries.reduce((sum, entry) => sum + entry.size, 0);
  if (total <= maxBytes) return;
  entries.sort((a, b) => a.time - b.time || (a.path < b.path ? -1 : 1));
  for (const entry of entries) {
    if (total <= maxBytes * 0.75) break;
    unlinkSync(entry.path);
    total -= entry.size;
  }
}
