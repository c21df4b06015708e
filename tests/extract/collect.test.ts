import { describe, expect, it } from 'vitest';
import { runBuiltModule } from '../helpers.js';

/** In a process of its own, started without --expose-gc, as the CLI is. */
const run = (program: string) => runBuiltModule('extract/collect.js', 'collectGarbage', `const { runInNewContext } = await import('node:vm');\n${program}`);

describe('a full collection on demand', () => {
  it('frees a huge string let go, at once', () => {
    const { freed } = run(`
      // repeat() makes a tree of a few pieces; a search makes it one string of 40 million characters.
      let text = 'a\\u0103'.repeat(20_000_000);
      text.indexOf('z');
      const before = process.memoryUsage().heapUsed;
      text = text.length > 0 ? '' : text;
      collectGarbage();
      result.freed = before - process.memoryUsage().heapUsed;`);
    // 40 million characters of two bytes each.
    expect(freed).toBeGreaterThan(70_000_000);
  });

  it('leaves no gc to the host, neither on its global object nor in contexts made after', () => {
    const { global, context } = run(`
      collectGarbage();
      collectGarbage();
      result.global = typeof globalThis.gc;
      result.context = runInNewContext('typeof gc');`);
    expect(global).toBe('undefined');
    expect(context).toBe('undefined');
  });
});
