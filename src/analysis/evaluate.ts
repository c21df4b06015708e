import type { EntityType, Mention, MentionKind } from '../types.js';
import { ENTITY_TYPES } from '../types.js';

export interface GoldMention {
  doc: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  id?: string;
  value?: string;
  optional?: boolean;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

export interface TypeReport {
  type: EntityType;
  gold: number;
  predicted: number;
  matched: number;
  lenient: Scores;
  strict: Scores;
}

export interface ErrorCase {
  error: 'miss' | 'false-alarm' | 'wrong-value';
  doc: string;
  type: EntityType;
  start: number;
  end: number;
  text: string;
  expected?: string;
  found?: string;
}

export interface EvaluationReport {
  types: TypeReport[];
  dateValueAccuracy: number;
  grouping: Scores;
  errors: ErrorCase[];
}

const UNSCORED_KINDS: ReadonlySet<MentionKind> = new Set(['reference', 'demonym', 'relative']);

function scores(matched: number, predicted: number, gold: number): Scores {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

const overlap = (a: { start: number; end: number }, b: { start: number; end: number }) =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));

/**
 * Scores predicted mentions against a hand annotation exactly as GUIDELINES.md says: spans of one document and
 * type match one-to-one, largest overlap first; predictions that touch only optional spans count neither way;
 * strict F1 asks for identical spans; grouping is B-cubed over the matched party, country and person mentions.
 */
export function evaluate(gold: readonly GoldMention[], predictions: readonly Mention[]): EvaluationReport {
  const scored = predictions.filter((p) => !UNSCORED_KINDS.has(p.kind));
  const pairs: { gold: GoldMention; predicted: Mention }[] = [];
  const errors: ErrorCase[] = [];
  const types: TypeReport[] = [];

  for (const type of ENTITY_TYPES) {
    let goldCount = 0;
    let predictedCount = 0;
    let matchedCount = 0;
    let strictCount = 0;
    for (const doc of [...new Set([...gold, ...scored].map((m) => m.doc))].sort()) {
      const required = gold.filter((g) => g.doc === doc && g.type === type && !g.optional);
      const optional = gold.filter((g) => g.doc === doc && g.type === type && g.optional);
      const predicted = scored.filter(
        (p) => p.doc === doc && p.type === type && (required.some((g) => overlap(g, p) > 0) || !optional.some((g) => overlap(g, p) > 0)),
      );
      const candidates = required
        .flatMap((g) => predicted.map((p) => ({ gold: g, predicted: p, size: overlap(g, p) })))
        .filter((c) => c.size > 0)
        .sort((a, b) => b.size - a.size || a.gold.start - b.gold.start || a.predicted.start - b.predicted.start);
      const usedGold = new Set<GoldMention>();
      const usedPredicted = new Set<Mention>();
      for (const c of candidates) {
        if (usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
        usedGold.add(c.gold);
        usedPredicted.add(c.predicted);
        pairs.push(c);
        if (c.gold.start === c.predicted.start && c.gold.end === c.predicted.end) strictCount++;
      }
      goldCount += required.length;
      predictedCount += predicted.length;
      matchedCount += usedGold.size;
      for (const g of required) if (!usedGold.has(g)) errors.push({ error: 'miss', doc, type, start: g.start, end: g.end, text: g.text });
      for (const p of predicted) {
        if (!usedPredicted.has(p)) errors.push({ error: 'false-alarm', doc, type, start: p.start, end: p.end, text: p.text, found: p.rule });
      }
    }
    types.push({
      type,
      gold: goldCount,
      predicted: predictedCount,
      matched: matchedCount,
      lenient: scores(matchedCount, predictedCount, goldCount),
      strict: scores(strictCount, predictedCount, goldCount),
    });
  }

  const datePairs = pairs.filter((p) => p.gold.type === 'date');
  const rightValues = datePairs.filter((p) => p.gold.value === p.predicted.value);
  for (const p of datePairs) {
    if (p.gold.value !== p.predicted.value) {
      const { doc, type, start, end, text } = p.gold;
      errors.push({ error: 'wrong-value', doc, type, start, end, text, expected: p.gold.value, found: p.predicted.value });
    }
  }
  errors.sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0) || a.start - b.start || a.type.localeCompare(b.type) || a.error.localeCompare(b.error));
  return {
    types,
    dateValueAccuracy: datePairs.length === 0 ? 1 : rightValues.length / datePairs.length,
    grouping: bCubed(pairs.filter((p) => p.gold.type !== 'date' && p.gold.id !== undefined)),
    errors,
  };
}

function bCubed(pairs: { gold: GoldMention; predicted: Mention }[]): Scores {
  if (pairs.length === 0) return { precision: 1, recall: 1, f1: 1 };
  const goldCluster = (p: (typeof pairs)[number]) => `${p.gold.type}:${p.gold.id}`;
  const predictedCluster = (p: (typeof pairs)[number]) => `${p.predicted.type}:${p.predicted.id}`;
  const count = (key: (p: (typeof pairs)[number]) => string) => {
    const counts = new Map<string, number>();
    for (const p of pairs) counts.set(key(p), (counts.get(key(p)) ?? 0) + 1);
    return counts;
  };
  const both = count((p) => `${goldCluster(p)}|${predictedCluster(p)}`);
  const goldSizes = count(goldCluster);
  const predictedSizes = count(predictedCluster);
  let precision = 0;
  let recall = 0;
  for (const p of pairs) {
    const shared = both.get(`${goldCluster(p)}|${predictedCluster(p)}`) ?? 0;
    precision += shared / (predictedSizes.get(predictedCluster(p)) ?? 1);
    recall += shared / (goldSizes.get(goldCluster(p)) ?? 1);
  }
  precision /= pairs.length;
  recall /= pairs.length;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
