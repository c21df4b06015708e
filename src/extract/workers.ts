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
 * Runs jobs on up to `size` worker threads and hands over each result as it comes. Every job is posted at once, so
 * that a worker never waits on this thread, which is busy loading and running wink-nlp meanwhile. A failed job
 * rejects the whole run. Where no worker can be started, no job is run: the caller does what is left, as it does
 * after a failure.
 */
export async function runOnWorkers<T>(jobs: readonly Job[], size: number, onResult: (index: number, result: T) => void): Promise<void> {
  if (!WORKERS_AVAILABLE || jobs.length === 0) return;
  const shares = partition(jobs, Math.max(1, Math.min(size, jobs.length)));
  const workers = shares.map(() => new Worker(WORKER, { resourceLimits: WORKER_LIMITS }));
  try {
    await Promise.all(
      workers.map(
        (worker, w) =>
          new Promise<void>((resolve, reject) => {
            let left = shares[w].length;
            worker.on('message', (message: JobResult) => {
              if (message.error !== undefined) return reject(new Error(`extraction of a document failed in a worker: ${message.error}`));
              onResult(message.index, message.result as T);
              if (--left === 0) resolve();
            });
            worker.on('error', reject);
            for (const job of shares[w]) worker.postMessage(job);
          }),
      ),
    );
  } finally {
    // Nothing is waited for: a worker that is done has nothing left to say, and its ending would delay the output.
    for (const worker of workers) void worker.terminate();
  }
}

/** Jobs shared out so that each worker gets about as many characters: the longest first, each to the least loaded. */
function partition(jobs: readonly Job[], count: number): Job[][] {
  const shares: Job[][] = Array.from({ length: count }, () => []);
  const loads = new Array<number>(count).fill(0);
  const longestFirst = [...jobs].sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  for (const job of longestFirst) {
    const lightest = loads.indexOf(Math.min(...loads));
    shares[lightest].push(job);
    loads[lightest] += job.text.length;
  }
  return shares;
}
