import { describe, expect, it } from 'vitest';
import type { CompactExtraction } from '../../src/extract/compact.js';
import { Extraction } from '../../src/extract/extraction.js';
import { finishExtraction } from '../../src/extract/finish.js';
import { recognizeDocument } from '../../src/extract/pipeline.js';
import type { Job } from '../../src/extract/worker.js';
import type { Pool, PoolEvents, StartPool } from '../../src/extract/workers.js';

const PARTIES: [string, string, string][] = [
  ['Laos', "Lao People's Revolutionary Party", 'Vientiane'],
  ['Cuba', 'Communist Party of Cuba', 'Havana'],
  ['China', 'Communist Party of China', 'Beijing'],
  ['Japan', 'Japanese Communist Party', 'Tokyo'],
];

/** Short reviews of my own writing, each naming parties, countries, people, dates and a visit. */
const texts = Array.from({ length: 14 }, (_, i) => {
  const [country, party, capital] = PARTIES[i % PARTIES.length];
  const year = 2012 + i;
  return [
    `Party external relations in ${year}`,
    `In March ${year}, General Secretary Nguyen Phu Trong received a delegation of the ${party} led by its leader, who paid an official visit to Vietnam from March ${(i % 20) + 3} to ${(i % 20) + 6}.`,
    `On ${year}-05-1${i % 10}, a delegation of the Communist Party of Vietnam led by Politburo member Tran Quoc Vuong visited ${capital}. The two parties signed a cooperation plan for ${year + 1}-${year + 5}.`,
    `${country} and Vietnam exchanged messages of congratulations on the anniversary of the founding of the ${party}.`,
  ].join('\n\n');
});

/**
 * A pool that extracts on this thread, a little later, every document it is given, and gives back to extraction the
 * documents `takesBack` names: a worker thread as fast or as slow as a test wants it. `failAfter` results, it fails.
 */
function fakePool(takesBack: (index: number) => boolean, failAfter = Infinity): { start: StartPool; split: () => { here: number; pool: number } } {
  let here = 0;
  let pool = 0;
  const start = (_size: number, events: PoolEvents): Pool => {
    const jobs = new Map<number, Job>();
    let alive = true;
    let results = 0;
    return {
      get alive() {
        return alive;
      },
      add: (job) => alive && jobs.set(job.index, job) !== undefined,
      take: (index) => {
        if (!takesBack(index)) return false;
        jobs.delete(index);
        here++;
        return true;
      },
      read: (reading) => {
        const job = jobs.get(reading.index);
        if (!job || !alive) return;
        pool++;
        setTimeout(() => {
          if (!alive) return;
          if (results++ >= failAfter) {
            alive = false;
            return events.onFailure();
          }
          events.onResult(job.index, finishExtraction(job.text, recognizeDocument(job.doc, job.text, job.page), reading.sentences, reading.tokens));
        }, (reading.index * 7) % 4);
      },
      close: () => {
        alive = false;
      },
    };
  };
  return { start, split: () => ({ here, pool }) };
}

async function extractAll(workerThreads: number, startPool?: StartPool): Promise<CompactExtraction[]> {
  const results: CompactExtraction[] = [];
  const extraction = Extraction.start(workerThreads, undefined, startPool);
  try {
    for (const [index, text] of texts.entries()) await extraction.add({ index, doc: `${index}.txt`, text }, (result) => (results[index] = result));
    await extraction.finish();
  } finally {
    extraction.close();
  }
  return results;
}

describe('sharing documents between this thread and the workers', () => {
  it('gives the same extractions however the documents are shared, and if the workers fail', async () => {
    const serial = await extractAll(0);
    expect(serial).toHaveLength(texts.length);
    expect(serial.every((result) => result.mentions.length > 0)).toBe(true);
    expect(serial.some((result) => result.events.length > 0)).toBe(true);
    const shares: [string, (index: number) => boolean, number?][] = [
      ['none taken back', () => false],
      ['all taken back', () => true],
      ['every other', (index) => index % 2 === 0],
      ['a run in the middle', (index) => index >= 4 && index < 9],
      ['failing after three results', (index) => index % 3 === 0, 3],
    ];
    for (const [share, takesBack, failAfter] of shares) {
      const pool = fakePool(takesBack, failAfter);
      expect(await extractAll(1, pool.start), share).toEqual(serial);
      const { here, pool: given } = pool.split();
      expect(here + given, share).toBeLessThanOrEqual(texts.length);
      if (share === 'none taken back') expect(given).toBe(texts.length);
      if (share === 'all taken back') expect(here).toBe(texts.length);
      if (share === 'every other') expect([here, given]).toEqual([7, 7]);
    }
  });
});

describe('work for this thread while the workers finish', () => {
  it('runs once, after every document is added and read, before the last result is stored', async () => {
    const stored: number[] = [];
    const ranAfter: number[] = [];
    const pool = fakePool(() => false);
    const extraction = Extraction.start(1, undefined, pool.start);
    let added = 0;
    extraction.onceWaiting(() => ranAfter.push(added, stored.length));
    try {
      for (const [index, text] of texts.entries()) {
        await extraction.add({ index, doc: `${index}.txt`, text }, () => stored.push(index));
        added++;
      }
      await extraction.finish();
    } finally {
      extraction.close();
    }
    expect(stored).toHaveLength(texts.length);
    expect(ranAfter).toHaveLength(2);
    expect(ranAfter[0]).toBe(texts.length);
    expect(ranAfter[1]).toBeLessThan(texts.length);
  });
});
