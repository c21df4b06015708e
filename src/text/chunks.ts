import type { Span } from '../types.js';

/**
 * Cuts a long text into pieces of at most about `size` characters, at paragraph breaks where it can (else line
 * breaks, else spaces), so that a huge file is processed a piece at a time in bounded memory.
 */
export function* chunks(text: string, size: number): Generator<Span> {
  let start = 0;
  while (text.length - start > size) {
    const limit = start + size;
    let cut = text.lastIndexOf('\n\n', limit);
    if (cut <= start) cut = text.lastIndexOf('\n', limit);
    if (cut <= start) cut = text.lastIndexOf(' ', limit);
    if (cut <= start) cut = limit;
    yield { start, end: cut };
    start = cut;
  }
  yield { start, end: text.length };
}
