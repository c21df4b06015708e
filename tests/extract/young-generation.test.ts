import { describe, expect, it } from 'vitest';
import { runBuiltModule } from '../helpers.js';

/**
 * Run in a process of its own: V8's flags are the process's, and a fresh one starts with the smallest young
 * generation, which objects that survive their scavenges make grow.
 */
function sizes(script: string): Record<string, number> {
  const program = `
    const survivors = () => { const kept = []; for (let i = 0; i < 400_000; i++) kept.push({ i, name: 'n' + i }); return kept.length; };
    const sizes = result;
    sizes.start = youngGenerationBytes();
    ${script}`;
  return runBuiltModule('extract/young-generation.js', 'holdYoungGeneration, youngGenerationBytes', program) as Record<string, number>;
}

describe('the young generation held while a huge text is extracted', () => {
  it('does not grow on while held, and grows again after', () => {
    const { start, held, after } = sizes(`
      const release = holdYoungGeneration();
      survivors();
      sizes.held = youngGenerationBytes();
      release();
      survivors();
      sizes.after = youngGenerationBytes();`);
    // V8 may still take one step up from the smallest size it starts with.
    expect(held).toBeLessThanOrEqual(2 * start);
    expect(after).toBeGreaterThan(4 * held);
  });

  it('is held until the last of nested holds is released, each release counting once', () => {
    const { start, stillHeld, after } = sizes(`
      const outer = holdYoungGeneration();
      const inner = holdYoungGeneration();
      inner();
      inner();
      survivors();
      sizes.stillHeld = youngGenerationBytes();
      outer();
      survivors();
      sizes.after = youngGenerationBytes();`);
    expect(stillHeld).toBeLessThanOrEqual(2 * start);
    expect(after).toBeGreaterThan(4 * stillHeld);
  });
});
