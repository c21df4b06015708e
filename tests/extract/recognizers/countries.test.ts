import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/extract/pipeline.js';

// Sentences written for these tests.
const countries = (text: string) => recognize(text, 2024).filter((m) => m.type === 'country' && m.kind === 'name');

describe('the long names of states', () => {
  it('takes in the qualifiers before "Republic of"', () => {
    const found = countries("Envoys of the Socialist Republic of Viet Nam, the People's Democratic Republic of Laos and the Federal Republic of Germany met, as did Cuba's Republic of nobody.");
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['Socialist Republic of Viet Nam', 'VN'],
      ["People's Democratic Republic of Laos", 'LA'],
      ['Federal Republic of Germany', 'DE'],
      ['Cuba', 'CU'],
    ]);
  });
});
