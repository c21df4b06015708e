import { statSync } from 'node:fs';
import { loadCorpus, STDIN_SOURCE } from '../corpus/load.js';
import { BINARY_ENTRY, ResultCache } from './cache.js';
import { linkCorpusOf, pageStore, unreviewed, type CorpusOptions } from './corpus.js';
import { compactCorpusIndex, decodeCorpusIndex, storeCorpusIndex, type CorpusIndex } from './corpus-index.js';

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
  // Standard input or a FIFO can be read once: a corpus that has one is read the long way.
  if (cache && options.sources.every(canReadTwice)) {
    const docs: string[] = [];
    const documentKeys: string[] = [];
    const onProgress = options.onProgress;
    const { warnings } = await loadCorpus(options.sources, options.readStdin, {
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
    // One there that did not pass the checks goes: the index of what is read is written where none is.
    cache.remove(key, BINARY_ENTRY);
  }
  const { held, links, warnings, cache: linkedCache, documentKeys } = await linkCorpusOf(options);
  const index = compactCorpusIndex(held, links);
  if (linkedCache) storeCorpusIndex(linkedCache, documentKeys, () => index);
  linkedCache?.evictIfDue();
  return { index, warnings };
}

/** A directory (whose documents are its regular files) or a regular file. */
function canReadTwice(source: string): boolean {
  if (source === STDIN_SOURCE) return false;
  try {
    const stats = statSync(source);
    return stats.isDirectory() || stats.isFile();
  } catch {
    return false;
  }
}
