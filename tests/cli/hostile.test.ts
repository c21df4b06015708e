import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CAN_SWITCH_USER, CLI, runCli, runCliAsStranger, sharedScratch } from '../helpers.js';

const review = (year: number, party: string) =>
  `Party diplomacy in ${year}\n\nIn ${year}, General Secretary Nguyen Phu Trong received a delegation of the ${party}.\n\nThe two Parties agreed to meet again.`;

/** A corpus others may read, for runs as an unprivileged user. */
function sharedCorpus(files: Record<string, string>): string {
  const dir = sharedScratch();
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

describe('threads that cannot start', () => {
  // RLIMIT_NPROC counts threads and does not bind root: these runs need an unprivileged user.
  it.skipIf(!CAN_SWITCH_USER)('ends with the right output when only some worker threads can start (ulimit -u)', () => {
    const corpus = sharedCorpus(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`review-${i}.txt`, review(2010 + i, 'Communist Party of Cuba')])));
    const args = ['entities', '--json', '--no-cache', '--corpus', corpus];
    const expected = runCli(args).stdout;
    const limited = (limit: number, jobs: string) =>
      runCliAsStranger([...args, '--jobs', jobs], { shell: `ulimit -u ${limit}; exec "${process.execPath}" "${CLI}" "$@"`, timeout: 60_000 });
    // The lowest limit under which a run without worker threads works: Node's own threads.
    let base = 8;
    while (base < 64 && limited(base, '0').status !== 0) base++;
    for (const limit of [base, base + 1, base + 2, base + 3]) {
      const result = limited(limit, '8');
      expect(result.error, `ulimit -u ${limit}`).toBeUndefined();
      expect(result.status, `ulimit -u ${limit}: ${result.stderr}`).toBe(0);
      expect(result.stdout).toBe(expected);
    }
  });
});
