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
// How much text a worker is given ahead of its results: enough to keep it busy while this thread is loading
// wink-nlp and cannot answer (a second or more of recognition), little enough that a large corpus is not copied
// into the workers all at once.
const TEXT_AHEAD = 2_000_000;

/**
 * Runs jobs on up to `size` worker threads and hands over each result as it comes. Each worker is given jobs up to
 * TEXT_AHEAD characters ahead, in turns, and one more whenever it returns a result. A failed job rejects the whole
 * run. Where no worker can be started, no job is run: the caller does what is left, as it does after a failure.
 */
export async function runOnWorkers<T>(jobs: readonly Job[], size: number, onResult: (index: number, result: T) => void): Promise<void> {
  if (!WORKERS_AVAILABLE || jobs.length === 0) return;
  const workers = startWorkers(Math.max(1, Math.min(size, jobs.length)));
  try {
    if (workers.length > 0) await runJobs(workers, jobs, onResult);
  } finally {
    // Nothing is waited for: a worker that is done has nothing left to say, and its ending would delay the output.
    // Every worker that started is ended, or the process would never exit.
    for (const worker of workers) void worker.terminate();
  }
}

/**
 * As many workers as can be started, up to `size`: a container's process limit (`ulimit -u`) may let some threads
 * start and not others. The workers that started do the work.
 */
function startWorkers(size: number): Worker[] {
  const workers: Worker[] = [];
  try {
    while (workers.length < size) workers.push(new Worker(WORKER, { resourceLimits: WORKER_LIMITS }));
  } catch {
    // No more threads: the ones started are enough.
  }
  return workers;
}

async function runJobs<T>(workers: Worker[], jobs: readonly Job[], onResult: (index: number, result: T) => void): Promise<void> {
  const ahead = new Array<number>(workers.length).fill(0);
  const lengths = new Map(jobs.map((job) => [job.index, job.text.length]));
  let next = 0;
  const give = (w: number): boolean => {
    if (next >= jobs.length || (ahead[w] > 0 && ahead[w] + jobs[next].text.length > TEXT_AHEAD)) return false;
    ahead[w] += jobs[next].text.length;
    workers[w].postMessage(jobs[next++]);
    return true;
  };
  await new Promise<void>((resolve, reject) => {
    let returned = 0;
    workers.forEach((worker, w) => {
      worker.on('message', (message: JobResult) => {
        if (message.error !== undefined) return reject(new Error(`extraction of a document failed in a worker: ${message.error}`));
        ahead[w] -= lengths.get(message.index)!;
        onResult(message.index, message.result as T);
        if (++returned === jobs.length) return resolve();
        while (give(w));
      });
      worker.on('error', reject);
      worker.on('exit', (code) => reject(new Error(`a worker stopped with exit code ${code}`)));
    });
    for (let given = true; given; ) {
      given = false;
      for (let w = 0; w < workers.length; w++) given = give(w) || given;
    }
  });
}
