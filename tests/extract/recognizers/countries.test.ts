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

describe('misspelt names of countries', () => {
  it('reads a long name with one vowel for another or two letters swapped, standing alone', () => {
    const found = countries('They pledged to build Venezeula and Argentona into strong nations, with Ukriane.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['Venezeula', 'VE'],
      ['Argentona', 'AR'],
      ['Ukriane', 'UA'],
    ]);
  });

  it('leaves a word that differs otherwise, a short name and a word inside a name', () => {
    expect(countries('The Somalis met Ioan Ukrainu and Senator Moldavo in Irak and the Germane Society.').map((m) => m.text)).toEqual([]);
  });
});
