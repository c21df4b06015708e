import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, type GoldMention } from '../../src/analysis/evaluate.js';
import { analyseCorpus } from '../../src/extract/corpus.js';
import type { Mention } from '../../src/types.js';
import { BUNDLED, GOLD } from '../helpers.js';

const mention = (over: Partial<Mention>): Mention => ({
  doc: 'd', year: 2020, type: 'country', id: 'X', name: 'X', text: 'x', start: 0, end: 1, kind: 'name', key: 'X', rule: 'test', sentence: 0, paragraph: 0, ...over,
});
const gold = (over: Partial<GoldMention>): GoldMention => ({ doc: 'd', type: 'country', start: 0, end: 1, text: 'x', ...over });

describe('evaluate (scoring as GUIDELINES.md says)', () => {
  it('matches one-to-one by largest overlap and counts precision, recall and strict spans', () => {
    const report = evaluate(
      [gold({ start: 0, end: 10, id: 'A' }), gold({ start: 20, end: 30, id: 'B' }), gold({ start: 40, end: 50, id: 'C' })],
      [mention({ start: 0, end: 10, id: 'a' }), mention({ start: 22, end: 28, id: 'b' }), mention({ start: 60, end: 65, id: 'z' })],
    );
    const country = report.types.find((t) => t.type === 'country')!;
    // 2 of 3 predictions match, 2 of 3 gold found: P = R = F1 = 2/3; one identical span: strict P = R = 1/3.
    expect(country.lenient.precision).toBeCloseTo(2 / 3);
    expect(country.lenient.recall).toBeCloseTo(2 / 3);
    expect(country.strict.f1).toBeCloseTo(1 / 3);
    expect(report.errors.map((e) => e.error)).toEqual(['miss', 'false-alarm']);
  });

  it('neither credits nor penalises predictions on optional spans, nor references', () => {
    const report = evaluate(
      [gold({ start: 0, end: 10 }), gold({ start: 20, end: 30, optional: true })],
      [mention({ start: 0, end: 10 }), mention({ start: 20, end: 30 }), mention({ start: 40, end: 45, kind: 'reference' })],
    );
    expect(report.types.find((t) => t.type === 'country')!.lenient).toEqual({ precision: 1, recall: 1, f1: 1 });
  });

  it('scores date values among matched dates', () => {
    const report = evaluate(
      [gold({ type: 'date', start: 0, end: 4, value: '2017' }), gold({ type: 'date', start: 10, end: 20, value: '2017-05' })],
      [mention({ type: 'date', start: 0, end: 4, value: '2017' }), mention({ type: 'date', start: 10, end: 20, value: '2017' })],
    );
    expect(report.dateValueAccuracy).toBe(0.5);
  });

  it('computes B-cubed grouping by hand on a small case', () => {
    // Gold: A A B. Predicted ids: p p p. Precision per mention: 2/3, 2/3, 1/3 → 5/9. Recall: 1, 1, 1.
    const report = evaluate(
      [gold({ start: 0, end: 1, id: 'A' }), gold({ start: 2, end: 3, id: 'A' }), gold({ start: 4, end: 5, id: 'B' })],
      [mention({ start: 0, end: 1, id: 'p' }), mention({ start: 2, end: 3, id: 'p' }), mention({ start: 4, end: 5, id: 'p' })],
    );
    expect(report.grouping.precision).toBeCloseTo(5 / 9);
    expect(report.grouping.recall).toBe(1);
  });
});

describe('extraction on the bundled articles against the hand annotation', () => {
  it('holds the floor reached (raise it as extraction improves)', async () => {
    const goldMentions = readFileSync(GOLD, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as GoldMention);
    const corpus = await analyseCorpus({ sources: [BUNDLED], readStdin: async () => new Uint8Array() });
    const report = evaluate(goldMentions, corpus.mentions);
    for (const type of report.types) {
      expect.soft(type.lenient.f1, `${type.type} F1`).toBeGreaterThanOrEqual(0.99);
      expect.soft(type.strict.f1, `${type.type} strict F1`).toBeGreaterThanOrEqual(0.98);
    }
    expect(report.dateValueAccuracy).toBeGreaterThanOrEqual(0.99);
    expect(report.grouping.f1).toBeGreaterThanOrEqual(0.99);
  });
});
