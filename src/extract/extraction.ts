import { packedExtraction, unpackedExtraction, type CompactExtraction } from './compact.js';
import { collectGarbage } from './collect.js';
import { analyse, loadNlp, releaseNlp, type WinkNlp } from './nlp.js';
import type { HandedText } from './piecewise.js';
import type { Job, Reading } from './worker.js';
import { WorkerPool, type Pool, type StartPool } from './workers.js';
import { holdYoungGeneration } from './young-generation.js';

/**
 * A worker holds a copy of the text it is given and of its results until they are copied back: for a huge file
 * (a 50 MB text is 100 MB in memory) that is more memory than the worker's speed is worth, so such a file is
 * extracted on this thread.
 */
const LARGEST_FOR_WORKERS = 16_000_000;
/**
 * How much text is read ahead of the documents done: enough for the workers' share (their TEXT_AHEAD) and for
 * this thread's next document, little enough that an archive's texts are never all in memory.
 */
const READ_AHEAD = 6_000_000;

interface Open {
  job: Job;
  /** The job's text's length: a huge text is handed over to extraction, which lets it go. */
  characters: number;
  store: (result: CompactExtraction) => void;
  onWorker: boolean;
  reading?: Reading;
  /** A huge text's hold on V8's young generation, from when it is added until it is stored (see holdYoungGeneration). */
  release?: () => void;
}

/**
 * The documents of a corpus that are not cached, extracted as they are read. Each is recognized on a worker
 * thread, and read with wink-nlp on this thread; the worker that recognized it then finds its events from the
 * sentences this thread passes on, and returns its whole extraction. Reading with wink-nlp costs less than
 * recognizing and finding events, so this thread takes over every document it comes to that no worker has been
 * given yet (the workers are behind). Where no worker runs (`--jobs 0`, none could start, they failed, a huge
 * file), this thread does it all. A document is stored as soon as it is done.
 */
export class Extraction {
  /** Read and not yet stored, by index. */
  private readonly open = new Map<number, Open>();
  /** Not yet read by wink-nlp, in order. */
  private readonly unread: Open[] = [];
  /** Read by wink-nlp, given to workers that failed: to be finished here. */
  private readonly orphans: Open[] = [];
  private openCharacters = 0;
  private added = 0;
  private done = 0;
  private allAdded = false;
  private wakeReader: (() => void) | undefined;
  private wakeAdder: (() => void) | undefined;
  private readonly reading: Promise<void>;

  private pool: Pool | undefined;
  private whileWaiting: (() => void) | undefined;
  /** wink-nlp, while texts are left to read: not a local of readAll, whose frame lives to the end of the run. */
  private nlp: WinkNlp | undefined;

  private constructor(
    private workerThreads: number,
    private readonly onProgress: (done: number, total: number) => void,
    private readonly startPool: StartPool,
  ) {
    this.reading = this.readAll();
    // Waited for by finish(); a failure before then is seen by add().
    this.reading.catch(() => undefined);
  }

  static start(workerThreads: number, onProgress: (done: number, total: number) => void = () => undefined, startPool: StartPool = WorkerPool.start): Extraction {
    return new Extraction(workerThreads, onProgress, startPool);
  }

  /**
   * The workers start with the first document they can take (a huge file alone needs none, and a worker's heap is
   * tens of megabytes), before wink-nlp is loaded: loading it keeps this thread busy.
   */
  private workers(): Pool | undefined {
    if (this.workerThreads > 0 && !this.pool) {
      this.pool = this.startPool(this.workerThreads, { onResult: (index, result) => this.stored(index, result), onFailure: () => this.orphan() });
      if (!this.pool) this.workerThreads = 0;
    }
    return this.pool;
  }

  /** Takes a document; resolves when there is room to read the next one. */
  async add(job: Job, store: (result: CompactExtraction) => void): Promise<void> {
    const huge = job.text.length > LARGEST_FOR_WORKERS;
    // The bytes a huge text was decoded from (50 MB outside the heap for a 50 MB file) are freed before wink-nlp's model is loaded beside it.
    if (huge) collectGarbage();
    const onWorker = !huge && (this.workers()?.add(job) ?? false);
    // Held from here, before wink-nlp and its model are loaded, which made the young generation grow fourfold.
    const open: Open = { job, store, onWorker, characters: job.text.length, release: huge ? holdYoungGeneration() : undefined };
    this.open.set(job.index, open);
    this.unread.push(open);
    this.openCharacters += open.characters;
    this.added++;
    this.wake();
    while (this.openCharacters > READ_AHEAD && this.open.size > 1) {
      await Promise.race([new Promise<void>((resolve) => (this.wakeAdder = resolve)), this.reading]);
    }
  }

  /** Resolves once every document added is stored. */
  async finish(): Promise<void> {
    this.allAdded = true;
    this.wake();
    await this.reading;
  }

  close(): void {
    this.pool?.close();
    // Holds of huge texts never stored (the reading failed, or the extraction was closed before it finished).
    for (const open of this.open.values()) open.release?.();
  }

  /** Work for this thread once every document is added and read, while the workers finish theirs (at most once). */
  onceWaiting(task: () => void): void {
    this.whileWaiting = task;
  }

  private wake(): void {
    const wake = this.wakeReader;
    this.wakeReader = undefined;
    wake?.();
  }

  /** This thread's share: reading each document with wink-nlp, in order, and finishing those no worker has. */
  private async readAll(): Promise<void> {
    this.nlp = await loadNlp();
    for (;;) {
      const orphan = this.orphans.shift();
      const open = orphan ?? this.unread.shift();
      if (!open) {
        if (this.allAdded && this.open.size === 0) return;
        const task = this.allAdded ? this.whileWaiting : undefined;
        this.whileWaiting = undefined;
        task?.();
        await new Promise<void>((resolve) => (this.wakeReader = resolve));
        continue;
      }
      if (open.characters > LARGEST_FOR_WORKERS) {
        // Never given to a worker (see add), so never an orphan.
        open.reading = await this.read(open.job);
        this.letNlpGoOnceAllRead();
        await this.finishHere(open);
      } else {
        if (!orphan) {
          // The next document still waits for a worker: the workers are behind, and this thread, which would wait for
          // them, extracts it itself. So the work is shared between the threads as their speeds are, whatever they are.
          if (open.onWorker && this.pool?.take(open.job.index)) open.onWorker = false;
          open.reading = await this.read(open.job);
        }
        if (open.onWorker && this.pool?.alive) this.pool.read(open.reading!);
        else await this.finishHere(open);
      }
      // Between documents the event loop runs: the workers' results come in, and Ctrl-C ends a long run at once.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  private async read(job: Job): Promise<Reading> {
    this.nlp ??= await loadNlp();
    return readingOf(this.nlp, job);
  }

  /**
   * Once a huge text is read and no other is left to read, wink-nlp and its model are let go (30 MB, with what wink
   * keeps of the texts it read): the rest of the run (the text's recognizing and events, linking, the end of the run)
   * needs none of it, and that is near the run's peak. Orphans were read before they were orphaned, so none is read
   * after. Other runs keep it: a corpus extracted after another in the same process (the library's, the tests') would
   * load it again, at about 0.15 s.
   */
  private letNlpGoOnceAllRead(): void {
    if (!this.nlp || !this.allAdded || this.unread.length > 0) return;
    this.nlp = undefined;
    releaseNlp();
  }

  private async finishHere(open: Open): Promise<void> {
    const [{ recognizeDocument }, { finishExtraction }, { extractPiecewise }] = await Promise.all([import('./pipeline.js'), import('./finish.js'), import('./piecewise.js')]);
    const { job, reading } = open;
    if (job.text.length > LARGEST_FOR_WORKERS) this.stored(job.index, extractPiecewise(handedOver(job), job.page, reading!.sentences, reading!.tokens));
    // Held as a worker's result is (see PackedExtraction).
    else this.stored(job.index, unpackedExtraction(packedExtraction(finishExtraction(job.text, recognizeDocument(job.doc, job.text, job.page), reading!.sentences, reading!.tokens))));
  }

  private stored(index: number, result: CompactExtraction): void {
    const open = this.open.get(index);
    if (!open) return;
    this.open.delete(index);
    this.openCharacters -= open.characters;
    open.release?.();
    open.store(result);
    this.onProgress(++this.done, this.added);
    const wake = this.wakeAdder;
    this.wakeAdder = undefined;
    wake?.();
    this.wake();
  }

  /** The workers failed: the documents they had and that wink-nlp has read are finished here; the rest as they are read. */
  private orphan(): void {
    for (const open of this.open.values()) {
      if (!open.onWorker) continue;
      open.onWorker = false;
      if (open.reading) this.orphans.push(open);
    }
    this.wake();
  }
}

/** A huge text, taken out of its job: extraction lets it go before it is done (see extractPiecewise). */
function handedOver(job: Job): HandedText {
  const handed = { text: job.text };
  job.text = '';
  return handed;
}

/**
 * A document's sentences as wink-nlp reads them, flat. Made outside readAll: an async function's locals live across
 * its awaits, and on a huge file the sentences as objects would be alive while the document is finished.
 */
function readingOf(nlp: WinkNlp, job: Job): Reading {
  const { sentences, wordTokens } = analyse(nlp, job.text);
  const flat = new Int32Array(sentences.length * 2);
  sentences.forEach(({ start, end }, i) => {
    flat[i * 2] = start;
    flat[i * 2 + 1] = end;
  });
  return { index: job.index, sentences: flat, tokens: wordTokens };
}
