import { describe, expect, it } from 'vitest';
import { workerCount } from '../../src/extract/corpus.js';

describe('workerCount', () => {
  it('lowers a --jobs larger than the cores to the number of cores', () => {
    expect(workerCount(290, 2)).toBe(2);
    expect(workerCount(3, 16)).toBe(3);
  });

  it('keeps one core for the main thread by default, and never asks for fewer than one worker', () => {
    expect(workerCount(undefined, 8)).toBe(7);
    expect(workerCount(undefined, 1)).toBe(1);
  });

  it('starts none for --jobs 0', () => {
    expect(workerCount(0, 4)).toBe(0);
    expect(workerCount(-1, 4)).toBe(0);
  });
});
