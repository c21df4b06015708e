import { isMainThread, parentPort } from 'node:worker_threads';

/** What a worker is asked: the recognizers only (no NLP model), or the whole extraction of a document. */
export interface Job {
  index: number;
  mode: 'recognize' | 'extract';
  doc: string;
  text: string;
}

export interface JobResult {
  index: number;
  result?: unknown;
  error?: string;
}

export async function runJob(job: Job): Promise<unknown> {
  const pipeline = await import('./pipeline.js');
  return job.mode === 'recognize' ? pipeline.recognizeDocument(job.doc, job.text) : pipeline.extractDocument(job.doc, job.text);
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
