import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';

/**
 * V8 doubles its young generation (up to two semi-spaces of 16 MB each) whenever much of it survives a scavenge, and
 * never gives it back while the program allocates fast. On a huge text, whose 100 MB are alive beside all that is
 * recognized in it, those 34 MB are what the peak is made of last: the 50 MB file peaked at 300 to 325 MB with them.
 * Stopping the growth while such a text is extracted keeps the young generation at about the size it had reached
 * when the hold began. V8's flags are the process's: the growth stops for the workers too, which keep the size they
 * have, until the last hold is released. Holds nest; the function returned releases its own hold, once.
 */
export function holdYoungGeneration(): () => void {
  if (holds++ === 0) setFlagsFromString('--semi-space-growth-factor=1');
  let released = false;
  return () => {
    if (released) return;
    released = true;
    if (--holds === 0) setFlagsFromString(`--semi-space-growth-factor=${DEFAULT_GROWTH_FACTOR}`);
  };
}

let holds = 0;
const DEFAULT_GROWTH_FACTOR = 2;

/** The young generation's size now, in bytes: for tests. */
export const youngGenerationBytes = (): number => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? 0;
