import { availableParallelism } from 'node:os';
import { isStoredPage, pageReaderVersion, type PageStore } from '../corpus/html.js';
import { readCorpus, type SourceDocument } from '../corpus/load.js';
import { isObject } from '../types.js';
import { ResultCache } from './cache.js';
import { checkedExtraction, compactLinks, expandLinks, mentionCount, mentionType } from './compact.js';
import type { Extraction } from './extraction.js';
import { resolveCorpus, type CompactDocument, type CorpusLinks, type ResolvedCorpus } from './resolve.js';

export interface CorpusOptions {
  sources: readonly string[];
  readStdin: () => Promise<Uint8Array>;
  /** Keep each document's text, for commands that quote sentences. */
  keepText?: boolean;
  /** Where extraction results are cached; none: extract every document. */
  cacheDirectory?: string;
  /** Worker threads for the recognizers; 0: all on this thread. Default: one per core but this one; at most one per core. */
  workerThreads?: number;
  /** Told of each file as it is read, and of each document extracted (not those read from the cache) as it is done. */
  onProgress?: (stage: 'reading' | 'extracting', done: number, total: number) => void;
}

export interface CorpusResult extends ResolvedCorpus {
  warnings: string[];
  /** Document texts by `doc`, when asked for with `keepText`. */
  texts: Map<string, string>;
}

/** Loads, extracts, links and resolves a corpus (see linkCorpusOf). */
export async function analyseCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const { held, links, warnings, texts, cache, documentKeys } = await linkCorpusOf(options);
  if (cache) {
    // Made from the compact form, which resolving lets go: only where the cache has no index of the corpus yet.
    const { compactCorpusIndex, storeCorpusIndex } = await import('./corpus-index.js');
    storeCorpusIndex(cache, documentKeys, () => compactCorpusIndex(held, links));
  }
  const corpus = { ...resolveCorpus(held, links), warnings, texts };
  cache?.evictIfDue();
  return corpus;
}

/** A corpus extracted and linked: each document's extraction still compact. */
export interface LinkedCorpus {
  held: CompactDocument[];
  links: CorpusLinks;
  warnings: string[];
  texts: Map<string, string>;
  cache: ResultCache | undefined;
  documentKeys: string[];
}

/**
 * Loads, extracts and links a corpus, a document at a time. Cached documents are read back without loading
 * wink-nlp; the others are recognized on worker threads (one per core but this one) while this thread loads wink-nlp
 * and reads the texts with it (see Extraction). Each document is stored (in the cache, and compact in memory) and
 * its text let go as soon as it is done, so that an archive's texts and results are not all held at once.
 */
export async function linkCorpusOf(options: CorpusOptions): Promise<LinkedCorpus> {
  const cache = options.cacheDirectory ? new ResultCache(options.cacheDirectory) : undefined;
  const onProgress = options.onProgress;
  const warnings: string[] = [];
  const documents = readCorpus(options.sources, options.readStdin, warnings, {
    pages: cache && pageStore(cache),
    onProgress: onProgress && ((done, total) => onProgress('reading', done, total)),
  });
  const held: CompactDocument[] = [];
  const documentKeys: string[] = [];
  const texts = new Map<string, string>();
  let extraction: Extraction | undefined;
  // Each document is taken by a function of its own: a local of this async function would keep its text (a huge
  // file's 100 MB) alive across the awaits below, through linking and resolving.
  const take = async ({ doc, text, page }: SourceDocument): Promise<void> => {
    const index = held.length;
    held.push({ doc } as CompactDocument);
    if (options.keepText) texts.set(doc, text);
    const key = cache?.sourceKey({ text, page });
    if (key !== undefined) documentKeys.push(key);
    const hit = key === undefined ? undefined : checkedExtraction(cache?.get(key, isObject));
    if (hit) {
      held[index].extraction = hit;
      return;
    }
    if (!extraction) {
      const { Extraction } = await import('./extraction.js');
      extraction = Extraction.start(workerCount(options.workerThreads), onProgress && ((done, total) => onProgress('extracting', done, total)));
      // Linking's and the index's code, and the knowledge base, load while the workers finish, not after them (a
      // failure here is met again, and reported, where they are used).
      extraction.onceWaiting(() => {
        import('./link.js').then(({ prepareLinking }) => prepareLinking(), () => undefined);
        import('./corpus-index.js').catch(() => undefined);
      });
    }
    await extraction.add({ index, doc, text, page }, (result) => {
      if (key !== undefined) cache?.put(key, result);
      held[index].extraction = result;
    });
  };
  // The loop in a function of its own too, for its last document.
  const takeAll = async () => {
    for await (const document of documents) await take(document);
  };
  try {
    await takeAll();
    await extraction?.finish();
  } finally {
    extraction?.close();
  }

  for (const { doc, extraction: { metadata } } of held) {
    if (metadata.year === null) warnings.push(unreviewed(doc));
  }
  const linksEntry = cache ? { cache, key: cache.corpusKey(documentKeys) } : undefined;
  const links = await linksOf(held, linksEntry);
  return { held, links, warnings, texts, cache, documentKeys };
}


export const unreviewed = (doc: string): string => `${doc}: no reviewed year found in the text; its counts are listed under "unknown"`;

/**
 * More threads than cores only cost memory and time (290 threads took 4.6 GB and ran ten times slower), so a
 * larger number is lowered to the number of cores.
 */
export function workerCount(asked: number | undefined, cores = availableParallelism()): number {
  return asked === undefined ? Math.max(1, cores - 1) : Math.max(0, Math.min(asked, cores));
}

export function pageStore(cache: ResultCache): PageStore {
  let version: string | undefined;
  const keyOf = (html: string) => cache.pageKey(html, (version ??= pageReaderVersion()));
  return { get: (html) => cache.get(keyOf(html), isStoredPage), put: (html, page) => cache.put(keyOf(html), page) };
}

/** A corpus linked before is read back: no knowledge base to load, no people to group. */
async function linksOf(held: readonly CompactDocument[], entry: { cache: ResultCache; key: string } | undefined): Promise<CorpusLinks> {
  // The mention types are what the cache's form of the links is read and written with.
  if (!entry) return (await import('./link.js')).linkCorpus(held.map(({ extraction }) => extraction));
  const mentionTypes = held.map(({ extraction }) => Array.from({ length: mentionCount(extraction) }, (_, m) => mentionType(extraction, m)));
  const cached = expandLinks(entry.cache.get(entry.key, isObject), mentionTypes);
  if (cached) return cached;
  const { linkCorpus } = await import('./link.js');
  const links = linkCorpus(held.map(({ extraction }) => extraction));
  entry.cache.put(entry.key, compactLinks(links, mentionTypes));
  return links;
}
