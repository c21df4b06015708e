import { loadCorpus } from '../corpus/load.js';
import { BINARY_ENTRY, ResultCache } from './cache.js';
import { analyseCorpus, pageStore, unreviewed, type CorpusOptions } from './corpus.js';
import { corpusIndexOf, decodeCorpusIndex, storeCorpusIndex, type CorpusIndex } from './corpus-index.js';

export interface IndexedCorpus {
  index: CorpusIndex;
  warnings: string[];
}

/**
 * A corpus's index (corpus-index.ts) for the commands that count: read from the cache when the corpus's documents
 * are those it was made of (each file is read and hashed, one at a time, its text let go), else made by
 * extracting and linking the corpus, and stored for next time.
 */
export async function indexCorpus(options: Omit<CorpusOptions, 'keepText'>): Promise<IndexedCorpus> {
  const cache = options.cacheDirectory ? new ResultCache(options.cacheDirectory) : undefined;
  // Standard input can be read once: the long way, if it comes to it, reads what this way read.
  let stdin: Promise<Uint8Array> | undefined;
  const readStdin = () => (stdin ??= options.readStdin());
  let stale: string[] | undefined;
  if (cache) {
    const docs: string[] = [];
    const documentKeys: string[] = [];
    const onProgress = options.onProgress;
    const { warnings } = await loadCorpus(options.sources, readStdin, {
      pages: pageStore(cache),
      onProgress: onProgress && ((done, total) => onProgress('reading', done, total)),
      onDocument: (document) => {
        docs.push(document.doc);
        documentKeys.push(cache.sourceKey(document));
      },
    });
    const key = cache.indexKey(documentKeys);
    const bytes = cache.getBytes(key, BINARY_ENTRY);
    const index = bytes && decodeCorpusIndex(bytes, docs.length);
    if (index) {
      docs.forEach((doc, d) => index.documents.year[d] === null && warnings.push(unreviewed(doc)));
      return { index, warnings };
    }
    if (cache.has(key, BINARY_ENTRY)) stale = documentKeys;
  }
  const corpus = await analyseCorpus({ ...options, readStdin });
  // An entry that did not pass the checks is replaced (a missing one was written by analyseCorpus).
  if (cache && stale) storeCorpusIndex(cache, stale, corpus, true);
  return { index: corpusIndexOf(corpus), warnings: corpus.warnings };
}
