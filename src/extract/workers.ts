import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { runJob, type Job, type JobResult } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);
// Run from the TypeScript sources (the unit tests), there is no compiled worker to start: jobs run in this thread.
// The recognizers keep little between documents; a small young generation makes the worker collect early
// instead of growing (about 240 MB instead of 270 at a million tokens). The old generation is not capped, so that a
// huge single file still fits.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };
const WORKERS_AVAILABLE = existsSync(fileURLToPath(WORKER));

/**
 * Runs jobs on `size` worker threads, each taking the next job when it finishes one, and returns the results in
 * the order of the jobs. Workers are ended when the jobs are done; a failed job rejects the whole run.
 */
export async function runOnWorkers<T>(jobs: readonly Job[], size: number, onResult: (index: number, result: T) => void): Promise<void> {
  if (!WORKERS_AVAILABLE) {
    for (const job of jobs) onResult(job.index, (await runJob(job)) as T);
    return;
  }
  let next = 0;
  let failure: Error | undefined;
  const workers = Array.from({ length: Math.max(1, Math.min(size, jobs.length)) }, () => new Worker(WORKER, { resourceLimits: WORKER_LIMITS }));
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (failure || next >= jobs.length) return resolve();
              worker.postMessage(jobs[next++]);
            };
            worker.on('message', (message: JobResult) => {
              if (message.error !== undefined) {
                failure = new Error(`extraction of a document failed in a worker: ${message.error}`);
                return reject(failure);
              }
              onResult(message.index, message.result as T);
              feed();
            });
            worker.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
}
