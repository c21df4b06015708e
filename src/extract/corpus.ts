import { loadCorpus } from '../corpus/load.js';
import type { ExtractedDocument } from '../types.js';
import { extractDocument } from './pipeline.js';
import { resolveCorpus, type ResolvedCorpus } from './resolve.js';

export interface CorpusOptions {
  sources: readonly string[];
  readStdin: () => Promise<Uint8Array>;
  /** Keep each document's text, for commands that quote sentences. */
  keepText?: boolean;
}

export interface CorpusResult extends ResolvedCorpus {
  warnings: string[];
  /** Document texts by `doc`, when asked for with `keepText`. */
  texts: Map<string, string>;
}

/** Loads, extracts and resolves a whole corpus, one document at a time so that only results stay in memory. */
export async function analyseCorpus(options: CorpusOptions): Promise<CorpusResult> {
  const { documents, warnings } = await loadCorpus(options.sources, options.readStdin);
  const extracted: ExtractedDocument[] = [];
  const texts = new Map<string, string>();
  for (const document of documents) {
    extracted.push(await extractDocument(document.doc, document.text));
    if (options.keepText) texts.set(document.doc, document.text);
    // Between documents the event loop runs, so that Ctrl-C ends a long run at once.
    await new Promise((resolve) => setImmediate(resolve));
  }
  for (const document of extracted) {
    if (document.metadata.year === null) warnings.push(`${document.doc}: no reviewed year found in the text; its counts are listed under "unknown"`);
  }
  return { ...resolveCorpus(extracted), warnings, texts };
}
