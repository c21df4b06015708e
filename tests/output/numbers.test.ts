import { describe, expect, it } from 'vitest';
import { fixed, roundNumbers, significant } from '../../src/output/numbers.js';

describe('output numbers', () => {
  it('round once from the exact value', () => {
    expect(fixed(4 / 21, 3)).toBe('0.190');
    expect(fixed(2 / 3, 2)).toBe('0.67');
    expect(fixed(-0.001, 2)).toBe('0.00');
    expect(fixed(-1.5, 1)).toBe('-1.5');
  });

  it('round every fraction of a record for JSON, and leave integers, text and nulls alone', () => {
    expect(roundNumbers({ a: 4 / 21, b: [1 / 3, 7], c: { d: -0.00001, e: 'x', f: null } })).toEqual({ a: 0.1905, b: [0.3333, 7], c: { d: 0, e: 'x', f: null } });
  });

  it('keep the magnitude of a small probability', () => {
    expect(significant(0.000012345678)).toBe(0.00001235);
    expect(significant(2 / 720)).toBe(0.002778);
  });
});
