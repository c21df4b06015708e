import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

let collect: (() => void) | undefined;

/**
 * A full garbage collection, now. V8 frees a huge string let go (a 50 MB file's 100 MB) only at its next full
 * collection, which comes when the heap has grown by a tenth (see `--heap-growing-percent` in the CLI): until then the
 * process holds the text and what is made after it. V8 gives its collector only to contexts made while
 * `--expose-gc` is set: the flag is set while one context is made to take it from, then unset, so that the host's
 * own contexts never see a `gc` (a host that has one lends it).
 */
export function collectGarbage(): void {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (!collect && typeof exposed === 'function') collect = exposed;
  if (!collect) {
    setFlagsFromString('--expose-gc');
    try {
      collect = runInNewContext('gc') as () => void;
    } finally {
      setFlagsFromString('--no-expose-gc');
    }
  }
  collect();
}
