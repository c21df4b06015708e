import type { Span } from '../types.js';
import { compactExtraction, type CompactExtraction } from './compact.js';
import { extractEvents } from './events/extract.js';
import { eventLexicon } from './events/lexicon.js';
import type { Recognized } from './pipeline.js';

/**
 * A document's extraction once it is both recognized and read by wink-nlp: its events, found from its sentences,
 * and all of it compact, as the cache keeps it and as the corpus holds it until every document is done. Run on the
 * worker that recognized the document, or on the main thread when there is none.
 */
export function finishExtraction(text: string, recognized: Recognized, flatSentences: ArrayLike<number>, tokens: number): CompactExtraction {
  const sentences: Span[] = [];
  for (let at = 0; at < flatSentences.length; at += 2) sentences.push({ start: flatSentences[at], end: flatSentences[at + 1] });
  return compactExtraction({
    metadata: recognized.metadata,
    tokens,
    sentences,
    paragraphs: recognized.paragraphs,
    mentions: recognized.mentions,
    events: extractEvents(text, sentences, recognized.mentions),
  });
}

/** Builds the events' lexicon ahead: a worker does it while this thread loads wink-nlp, off the run's critical path. */
export function prepareEvents(): void {
  eventLexicon();
}
