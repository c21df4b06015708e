import { isMainThread, parentPort } from 'node:worker_threads';
import type { PageMetadata } from '../corpus/html.js';

/** A document for a worker's recognizers, which need no NLP model. */
export interface Job {
  index: number;
  doc: string;
  text: string;
  page?: PageMetadata;
}

export interface JobResult {
  index: number;
  result?: unknown;
  error?: string;
}

if (!isMainThread) {
  // Loaded while the first document is on its way; a failure is reported with each job.
  const pipeline = import('./pipeline.js');
  pipeline.catch(() => undefined);
  parentPort?.on('message', async (job: Job) => {
    try {
      const { recognizeDocument } = await pipeline;
      parentPort!.postMessage({ index: job.index, result: recognizeDocument(job.doc, job.text, job.page) } satisfies JobResult);
    } catch (error) {
      parentPort!.postMessage({ index: job.index, error: (error as Error).stack ?? String(error) } satisfies JobResult);
    }
  });
}
