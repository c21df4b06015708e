import { availableParallelism } from 'node:os';
import { isStoredPage, pageReaderVersion, type PageMetadata, type PageStore } from '../corpus/html.js';
import { loadCorpus } from '../corpus/load.js';
import { isObject, type ExtractedDocument } from '../types.js';
import { ResultCache } from './cache.js';
import type { LinguisticAnalysis } from './nlp.js';
import type { Recognized } from './pipeline.js';
import { compactExtraction, compactLinks, expandExtraction, expandLinks } from './compact.js';
import { resolveCorpus, type CorpusLinks, type ResolvedCorpus } from './resolve.js';

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

interface Pending {
  index: number;
  doc: string;
  text: string;
  page?: PageMetadata;
  key?: string;
}

/**
 * Loads, extracts and resolves a corpus. Cached documents are read back without loading wink-nlp; for the others,
 * the recognizers run on worker threads (one per core but this one) while this thread loads wink-nlp and reads the
 * texts with it: one copy of the model in memory, and its load and reading overlap the recognizers' work.
 */
export async function analyseCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const cache = options.cacheDirectory ? new ResultCache(options.cacheDirectory) : undefined;
  const onProgress = options.onProgress;
  const { documents, warnings } = await loadCorpus(options.sources, options.readStdin, {
    pages: cache && pageStore(cache),
    onProgress: onProgress && ((done, total) => onProgress('reading', done, total)),
  });
  const documentKeys = cache ? documents.map((document) => cache.sourceKey(document)) : undefined;
  const extracted: ExtractedDocument[] = new Array(documents.length);
  const texts = new Map<string, string>();
  const pending: Pending[] = [];
  // Each text is let go once it is hashed and its document read from the cache: an archive's texts are not all
  // in memory beside its extractions unless a command quotes sentences.
  documents.forEach(({ doc, text, page }, index) => {
    if (options.keepText) texts.set(doc, text);
    const key = documentKeys?.[index];
    const hit = key === undefined ? undefined : expandExtraction(cache?.get(key, isObject));
    if (hit) extracted[index] = { doc, ...hit };
    else pending.push({ index, doc, text, page, key });
    delete documents[index];
  });

  const store = (job: Pending, result: ExtractedDocument) => {
    extracted[job.index] = result;
    if (job.key) {
      const { doc: _doc, ...cacheable } = result;
      cache?.put(job.key, compactExtraction(cacheable));
    }
  };
  if (pending.length > 0) {
    const extracting = onProgress && ((done: number, total: number) => onProgress('extracting', done, total));
    await extractBesideWorkers(pending, store, workerCount(options.workerThreads), extracting);
  }

  for (const document of extracted) {
    if (document.metadata.year === null) warnings.push(unreviewed(document.doc));
  }
  const linksEntry = cache && documentKeys ? { cache, key: cache.corpusKey(documentKeys) } : undefined;
  const links = await linksOf(extracted, linksEntry);
  const corpus = { ...resolveCorpus(extracted, links), warnings, texts };
  if (cache && documentKeys) (await import('./corpus-index.js')).storeCorpusIndex(cache, documentKeys, corpus);
  cache?.evictIfDue();
  return corpus;
}

export const unreviewed = (doc: string): string => `${doc}: no reviewed year found in the text; its counts are listed under "unknown"`;

/**
 * More threads than cores only cost memory and time (290 threads took 4.6 GB and ran ten times slower), so a
 * larger number is lowered to the number of cores.
 */
function workerCount(asked: number | undefined): number {
  const cores = availableParallelism();
  return asked === undefined ? Math.max(1, cores - 1) : Math.min(asked, cores);
}

export function pageStore(cache: ResultCache): PageStore {
  let version: string | undefined;
  const keyOf = (html: string) => cache.pageKey(html, (version ??= pageReaderVersion()));
  return { get: (html) => cache.get(keyOf(html), isStoredPage), put: (html, page) => cache.put(keyOf(html), page) };
}

/** A corpus linked before is read back: no knowledge base to load, no people to group. */
async function linksOf(documents: ExtractedDocument[], entry: { cache: ResultCache; key: string } | undefined): Promise<CorpusLinks> {
  const mentionTypes = documents.map((document) => document.mentions.map((m) => m.type));
  const cached = entry && expandLinks(entry.cache.get(entry.key, isObject), mentionTypes);
  if (cached) return cached;
  const { linkCorpus } = await import('./link.js');
  const links = linkCorpus(documents);
  entry?.cache.put(entry.key, compactLinks(links, mentionTypes));
  return links;
}

/**
 * A worker holds a copy of the text it is given and of its results until they are copied back: for a huge file
 * (a 50 MB text is 100 MB in memory) that is more memory than the worker's speed is worth, so such a file is
 * recognized on this thread.
 */
const LARGEST_FOR_WORKERS = 16_000_000;

async function extractBesideWorkers(
  pending: Pending[],
  store: (job: Pending, result: ExtractedDocument) => void,
  workerThreads: number,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<void> {
  const recognized: Recognized[] = new Array(pending.length);
  const analyses: LinguisticAnalysis[] = [];
  // A document is done when it is both recognized and read by wink-nlp, which happen on different threads.
  let done = 0;
  const tick = (index: number) => {
    if (recognized[index] && analyses[index]) onProgress(++done, pending.length);
  };
  // Documents a worker did not return (no worker could start, or one ran out of memory on a huge file) are
  // recognized on this thread afterwards.
  // The workers are started before wink-nlp is loaded: loading it keeps this thread busy.
  const workers = workerThreads > 0 ? await import('./workers.js') : undefined;
  const recognizing = workers
    ?.runOnWorkers<Recognized>(
      pending.flatMap((job, index) => (job.text.length > LARGEST_FOR_WORKERS ? [] : [{ index, doc: job.doc, text: job.text, page: job.page }])),
      workerThreads,
      (index, result) => {
        recognized[index] = result;
        tick(index);
      },
    )
    .catch(() => undefined);
  const { analyse, loadNlp } = await import('./nlp.js');
  const nlp = await loadNlp();
  for (const job of pending) {
    analyses.push(analyse(nlp, job.text));
    tick(analyses.length - 1);
    // Between documents the event loop runs, so that Ctrl-C ends a long run at once.
    await new Promise((resolve) => setImmediate(resolve));
  }
  await recognizing;
  if (pending.some((_, index) => !recognized[index])) {
    const { recognizeDocument } = await import('./pipeline.js');
    pending.forEach((job, index) => {
      if (recognized[index]) return;
      recognized[index] = recognizeDocument(job.doc, job.text, job.page);
      tick(index);
    });
  }
  // Events are read from sentences, so they are found here, once wink-nlp has told where sentences end.
  const { extractEvents } = await import('./events/extract.js');
  pending.forEach((job, index) => {
    const { sentences, wordTokens } = analyses[index];
    store(job, { ...recognized[index], tokens: wordTokens, sentences, events: extractEvents(job.text, sentences, recognized[index].mentions) });
  });
}
