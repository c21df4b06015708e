import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { unpackedExtraction, type CompactExtraction } from './compact.js';
import type { Job, JobResult, Message, Reading } from './worker.js';

const WORKER = new URL('./worker.js', import.meta.url);
// Run from the TypeScript sources (the unit tests), there is no compiled worker to start.
const WORKERS_AVAILABLE = existsSync(fileURLToPath(WORKER));
// The recognizers keep little between documents; a bounded young generation keeps the worker from growing (the
// process peaked at 270 MB at a million tokens with V8's own limits). 24 MB made the worker collect twice as often
// as 48, each collection copying the document at work: a fifth more of its time collecting, for 15 to 20 MB less at
// a million tokens. The worker has ended before the end of a run, where an
// archive's run peaks. The old generation is not capped, so that a huge single file still fits.
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 };
// How much text a worker is given to recognize ahead. At first, enough to keep it busy while this thread is
// loading wink-nlp and cannot answer (a second or more of recognition); once this thread reads, little: a document
// not yet given to a worker is one this thread may take over (see take), and a worker given little has little left
// to do when this thread is done. A tenth of a second of a worker's work still outlasts the longest stretch this
// thread spends on a document of an archive without answering.
const TEXT_AHEAD_AT_START = 2_000_000;
const TEXT_AHEAD = 250_000;
// How much text a worker may hold recognized, waiting for this thread's reading: when this thread reads more slowly
// than the worker recognizes (its garbage collector at work), the worker recognizes further ahead instead of
// waiting (it waited 5% of an archive's run when it was given no more than TEXT_AHEAD in all). A document
// recognized is then only its events away from done, which the worker finds about as fast as this thread reads.
const HELD_AHEAD = 1_000_000;

/** What extraction asks of its workers (an interface, so that tests can share documents between threads as they choose). */
export interface Pool {
  readonly alive: boolean;
  add(job: Job): boolean;
  take(index: number): boolean;
  read(reading: Reading): void;
  close(): void;
}

export type StartPool = (size: number, events: PoolEvents) => Pool | undefined;

export interface PoolEvents {
  /** A document's whole extraction, once the worker has both recognized it and been given its reading. */
  onResult: (index: number, result: CompactExtraction) => void;
  /** The workers stopped (one failed or ran out of memory): no document given to them will come back. */
  onFailure: () => void;
}

/**
 * Worker threads that recognize documents as they are given and, once this thread has read a document with
 * wink-nlp and passed on its sentences, find its events and return its whole extraction. Each worker is given jobs
 * up to a number of characters not yet recognized (TEXT_AHEAD) and not yet back (HELD_AHEAD), in turns, and more as
 * it tells that it recognized one or returns a result; jobs past that wait here, where this thread may take them back.
 */
export class WorkerPool implements Pool {
  /** Per worker: the characters given and not yet back, and those given and not yet recognized. */
  private readonly held: number[];
  private readonly unrecognized: number[];
  private readonly queue: Job[] = [];
  /** The worker each given document went to, its length and whether it is recognized, until its result comes back. */
  private readonly given = new Map<number, { worker: number; length: number; recognized: boolean }>();
  private failed = false;
  private textAhead = TEXT_AHEAD_AT_START;

  private constructor(
    private readonly workers: Worker[],
    private readonly events: PoolEvents,
  ) {
    this.held = new Array<number>(workers.length).fill(0);
    this.unrecognized = new Array<number>(workers.length).fill(0);
    workers.forEach((worker, w) => {
      worker.on('message', (message: JobResult) => {
        if (message.error !== undefined) return this.fail();
        const job = this.given.get(message.index);
        if (!job || this.failed) return;
        if (!job.recognized) {
          job.recognized = true;
          this.unrecognized[w] -= job.length;
        }
        if (!message.recognized) {
          this.given.delete(message.index);
          this.held[w] -= job.length;
          this.events.onResult(message.index, unpackedExtraction(message.result!));
        }
        this.dispatch();
      });
      worker.on('error', () => this.fail());
      worker.on('exit', () => this.fail());
    });
  }

  /**
   * As many workers as can be started, up to `size`: a container's process limit (`ulimit -u`) may let some threads
   * start and not others, and the workers that started do the work. None: undefined, and the caller does it all.
   */
  static start(size: number, events: PoolEvents): WorkerPool | undefined {
    if (!WORKERS_AVAILABLE || size < 1) return undefined;
    const workers: Worker[] = [];
    try {
      while (workers.length < size) workers.push(new Worker(WORKER, { resourceLimits: WORKER_LIMITS }));
    } catch {
      // No more threads: the ones started are enough.
    }
    return workers.length > 0 ? new WorkerPool(workers, events) : undefined;
  }

  get alive(): boolean {
    return !this.failed;
  }

  /** Whether the pool takes this document (false once it has failed): then its result comes through onResult. */
  add(job: Job): boolean {
    if (this.failed) return false;
    this.queue.push(job);
    this.dispatch();
    return true;
  }

  /**
   * A document added before and not yet given to a worker, taken back (true) for this thread to extract itself: the
   * workers are that far behind. Its result then never comes through onResult.
   */
  take(index: number): boolean {
    const at = this.queue.findIndex((job) => job.index === index);
    if (at === -1) return false;
    this.queue.splice(at, 1);
    return true;
  }

  /** What wink-nlp read of a document given to a worker (one still waiting here is taken back instead). */
  read(reading: Reading): void {
    if (this.failed) return;
    this.textAhead = TEXT_AHEAD;
    const job = this.given.get(reading.index);
    if (job) this.post(job.worker, { kind: 'reading', ...reading });
  }

  /** Nothing is waited for: a worker that is done has nothing left to say, and its ending would delay the output. */
  close(): void {
    this.failed = true;
    // Every worker that started is ended, or the process would never exit.
    for (const worker of this.workers) void worker.terminate();
  }

  private dispatch(): void {
    for (let given = true; given && this.queue.length > 0; ) {
      given = false;
      for (let w = 0; w < this.workers.length && this.queue.length > 0; w++) {
        const length = this.queue[0].text.length;
        if (this.unrecognized[w] > 0 && this.unrecognized[w] + length > this.textAhead) continue;
        if (this.held[w] > 0 && this.held[w] + length > Math.max(this.textAhead, HELD_AHEAD)) continue;
        const job = this.queue.shift()!;
        this.held[w] += length;
        this.unrecognized[w] += length;
        this.given.set(job.index, { worker: w, length, recognized: false });
        this.post(w, { kind: 'job', ...job });
        given = true;
      }
    }
  }

  /** Copied, not transferred: this thread keeps a document's reading until its result is back, to finish it itself if the workers fail. */
  private post(w: number, message: Message): void {
    this.workers[w].postMessage(message);
  }

  private fail(): void {
    if (this.failed) return;
    this.close();
    this.events.onFailure();
  }
}
