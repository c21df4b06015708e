import { describe, expect, it } from 'vitest';
import { recognize } from '../../../src/extract/pipeline.js';

// Sentences written for these tests.
const parties = (text: string) => recognize(text, 2024).filter((m) => m.type === 'party' && (m.kind === 'name' || m.kind === 'abbreviation'));

describe('party names written with another dash than the knowledge base’s', () => {
  it('reads a name and an acronym whatever dash joins their parts', () => {
    const found = parties('Greetings came from the National Council for the Defense of Democracy-Forces for the Defense of Democracy, from the CNDD—FDD youth and from the CPN–UML.');
    expect(found.map((m) => [m.text, m.key])).toEqual([
      ['National Council for the Defense of Democracy-Forces for the Defense of Democracy', 'cndd-fdd'],
      ['CNDD—FDD', 'cndd-fdd'],
      ['CPN–UML', 'cpn-uml'],
    ]);
  });
});
