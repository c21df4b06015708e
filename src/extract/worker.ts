import { isMainThread, parentPort } from 'node:worker_threads';
import type { PageMetadata } from '../corpus/html.js';
import { packedExtraction, type PackedExtraction } from './compact.js';
import type { Recognized } from './pipeline.js';

/** A document for a worker's recognizers, which need no NLP model. */
export interface Job {
  index: number;
  doc: string;
  text: string;
  page?: PageMetadata;
}

/** What wink-nlp told of a document on the main thread: its sentences (start and end of each, flat) and word tokens. */
export interface Reading {
  index: number;
  sentences: Int32Array;
  tokens: number;
}

export type Message = ({ kind: 'job' } & Job) | ({ kind: 'reading' } & Reading);

/** A document's whole extraction, compact as the cache keeps it, or why it failed; or word that it is recognized and waits for its reading. */
export interface JobResult {
  index: number;
  result?: PackedExtraction;
  error?: string;
  recognized?: true;
}

if (!isMainThread) {
  // Loaded while the first document is on its way; a failure is reported with each job.
  const modules = Promise.all([import('./pipeline.js'), import('./finish.js')]);
  modules.then(([, { prepareEvents }]) => prepareEvents()).catch(() => undefined);
  // A document waits here for whichever comes second: its recognition (here) or its reading by wink-nlp (there).
  const recognized = new Map<number, { text: string; result: Recognized }>();
  const readings = new Map<number, Reading>();
  const fail = (index: number, error: unknown) => parentPort!.postMessage({ index, error: (error as Error).stack ?? String(error) } satisfies JobResult);
  const finishIfReady = async (index: number) => {
    const document = recognized.get(index);
    const reading = readings.get(index);
    if (!document || !reading) return;
    recognized.delete(index);
    readings.delete(index);
    const [, { finishExtraction }] = await modules;
    parentPort!.postMessage({ index, result: packedExtraction(finishExtraction(document.text, document.result, reading.sentences, reading.tokens)) } satisfies JobResult);
  };
  parentPort?.on('message', async (message: Message) => {
    try {
      if (message.kind === 'reading') readings.set(message.index, message);
      else {
        const [{ recognizeDocument }] = await modules;
        recognized.set(message.index, { text: message.text, result: recognizeDocument(message.doc, message.text, message.page) });
        // The main thread gives more to recognize as it hears that this is done, not only as results come back.
        if (!readings.has(message.index)) parentPort!.postMessage({ index: message.index, recognized: true } satisfies JobResult);
      }
      await finishIfReady(message.index);
    } catch (error) {
      fail(message.index, error);
    }
  });
}
