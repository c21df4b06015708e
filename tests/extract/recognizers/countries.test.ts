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

describe('the older and other names of states', () => {
  it('reads the names a state had before, and the names other languages give it in English prose', () => {
    const found = countries('In 1980 envoys of Kampuchea, Zaire, Ceylon, Upper Volta and Dahomey met those of Cabo Verde, Timor Leste and the Holy See.');
    expect(found.map((m) => m.key)).toEqual(['KH', 'CD', 'LK', 'BF', 'BJ', 'CV', 'TL', 'VA']);
  });

  it('reads no country in a press agency named after one', () => {
    expect(countries('Source: Agency Kampuchea Press, quoted by the Thai press.')).toEqual([]);
  });

  it('reads the demonyms of those names', () => {
    const found = recognize('The Kampuchean, Zairean and Cape Verdean delegates spoke.', 2024).filter((m) => m.type === 'country');
    expect(found.map((m) => [m.key, m.kind])).toEqual([
      ['KH', 'demonym'],
      ['CD', 'demonym'],
      ['CV', 'demonym'],
    ]);
  });
});

describe('abbreviated names of states', () => {
  it('reads `U.S` without its last dot, and `U.S.` with it, as the United States', () => {
    const found = countries('They spoke of the U.S-China rivalry, of elections in the U.S. and of U.S troops.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['U.S', 'US'],
      ['China', 'CN'],
      ['U.S.', 'US'],
      ['U.S', 'US'],
    ]);
  });
});
