import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { describe, expect, it } from 'vitest';
import { liteModel, loadCoreModel } from '../../src/extract/wink-model.js';
import { BUNDLED } from '../helpers.js';

describe('the lite loader of wink-eng-lite-web-model', () => {
  it("builds the package's core model, value for value", () => {
    // isDeepStrictEqual rather than toEqual: the model's lexicon is a typed array of 350,000 numbers.
    expect(isDeepStrictEqual(loadCoreModel(), model.core())).toBe(true);
  });

  it('tells a change in the core model', () => {
    const changed = loadCoreModel();
    changed.features.lexeme.hash!['no-such-lexeme'] = 0;
    expect(isDeepStrictEqual(changed, model.core())).toBe(false);
  });

  it("makes wink-nlp read the bundled articles into the package model's tokens and sentences", () => {
    const lite = winkNLP(liteModel() as unknown as Parameters<typeof winkNLP>[0], ['sbd']);
    const stock = winkNLP(model, ['sbd']);
    for (const file of readdirSync(BUNDLED)) {
      const text = readFileSync(join(BUNDLED, file), 'utf8');
      const [a, b] = [lite.readDoc(text), stock.readDoc(text)];
      expect(a.tokens().out(lite.its.type)).toEqual(b.tokens().out(stock.its.type));
      expect(a.tokens().out()).toEqual(b.tokens().out());
      expect(a.sentences().out()).toEqual(b.sentences().out());
    }
  });
});

describe('the model loaded again in the same process', () => {
  it('gives every part as it gave it the first time (the package turned its custom entities model into JSON at every call)', () => {
    const parts = ['sbd', 'pos', 'ner', 'negation', 'sa', 'metaCER'] as const;
    const first = liteModel() as Record<string, () => unknown>;
    const answers = parts.map((part) => JSON.stringify(first[part]()));
    for (let load = 0; load < 3; load++) {
      const again = liteModel() as Record<string, () => unknown>;
      expect(parts.map((part) => JSON.stringify(again[part]()))).toEqual(answers);
    }
  });
});
