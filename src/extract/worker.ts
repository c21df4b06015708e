import { isMainThread, parentPort } from 'node:worker_threads';

/** A document for a worker's recognizers, which need no NLP model. */
export interface Job {
  index: number;
  doc: string;
  text: string;
}

export interface JobResult {
  index: number;
  result?: unknown;
  error?: string;
}

export async function runJob(job: Job): Promise<unknown> {
  return (await import('./pipeline.js')).recognizeDocument(job.doc, job.text);
}

if (!isMainThread) {
  parentPort?.on('message', async (job: Job) => {
    try {
      parentPort!.postMessage({ index: job.index, result: await runJob(job) } satisfies JobResult);
    } catch (error) {
      parentPort!.postMessage({ index: job.index, error: (error as Error).stack ?? String(error) } satisfies JobResult);
    }
  });
}
