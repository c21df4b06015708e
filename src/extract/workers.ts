import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Job, JobResult } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);
// Run from the TypeScript sources (the unit tests), there is no compiled worker to start.
const WORKERS_AVAILABLE = existsSync(fileURLToPath(WORKER));
// The recognizers keep little between documents; a small young generation makes the worker collect early
// instead of growing (about 240 MB instead of 270 at a million tokens). The old generation is not capped, so that a
// huge single file still fits.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 24 };

/**
 * Runs jobs on `size` worker threads, each taking the next job when it finishes one, and hands over each result as
 * it comes. Workers are ended when the jobs are done; a failed job rejects the whole run. Where no worker can be
 * started, no job is run: the caller does what is left, as it does after a failure.
 */
export async function runOnWorkers<T>(jobs: readonly Job[], size: number, onResult: (index: number, result: T) => void): Promise<void> {
  if (!WORKERS_AVAILABLE) return;
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
