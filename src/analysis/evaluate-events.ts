import type { Span } from '../types.js';
import { EVENT_TYPES, type EventType } from '../types.js';
import type { InteractionEvent } from './events.js';
import { compareText } from './entities.js';
import { indexOf } from '../extract/resolve.js';

export interface GoldEvent {
  doc: string;
  type: EventType;
  trigger: { start: number; end: number; text: string };
  date: string | null;
  count: number | null;
  participants: { role: string; start: number; end: number; text: string }[];
  optional?: boolean;
}

export interface DetectionScore {
  type: EventType | 'all' | 'untyped';
  gold: number;
  predicted: number;
  matched: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface EventErrorCase {
  error: 'missed' | 'spurious' | 'wrong-type' | 'missed-participant' | 'spurious-participant' | 'wrong-role' | 'wrong-date' | 'wrong-count';
  doc: string;
  type: EventType;
  start: number;
  end: number;
  text: string;
  expected?: string;
  found?: string;
  sentence?: number;
}

export interface EventEvaluation {
  detection: DetectionScore[];
  participants: { gold: number; predicted: number; matched: number; precision: number; recall: number; f1: number };
  roleAccuracy: { scored: number; right: number; accuracy: number };
  dateAccuracy: { scored: number; right: number; accuracy: number };
  countAccuracy: { scored: number; right: number; accuracy: number };
  errors: EventErrorCase[];
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const closeness = (a: Span, b: Span) => Math.abs(a.start - b.start);
const share = (right: number, scored: number) => ({ scored, right, accuracy: scored === 0 ? 1 : right / scored });

function detection(type: DetectionScore['type'], gold: number, predicted: number, matched: number): DetectionScore {
  const precision = predicted === 0 ? (gold === 0 ? 1 : 0) : matched / predicted;
  const recall = gold === 0 ? 1 : matched / gold;
  return { type, gold, predicted, matched, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

interface Pair {
  gold: GoldEvent;
  predicted: InteractionEvent;
}

/**
 * Scores events exactly as EVENTS.md says: a predicted event matches a gold event of the same document and type
 * whose trigger it overlaps, or failing that which lies in the same sentence; one-to-one, pairs taken by most
 * participants shared, then closest triggers. Predictions that match only optional gold events count neither
 * way. Participants match by overlapping spans; roles, dates and counts are scored over matched events.
 */
export function evaluateEvents(gold: readonly GoldEvent[], predicted: readonly InteractionEvent[], sentencesOf: (doc: string) => readonly Span[]): EventEvaluation {
  const typed = match(gold, predicted, sentencesOf, true);
  const untyped = match(gold, predicted, sentencesOf, false);
  const detectionScores: DetectionScore[] = [];
  for (const type of EVENT_TYPES) {
    const g = gold.filter((e) => e.type === type && !e.optional).length;
    const p = typed.counted.filter((e) => e.type === type).length;
    detectionScores.push(detection(type, g, p, typed.pairs.filter((pair) => pair.gold.type === type).length));
  }
  const required = gold.filter((e) => !e.optional).length;
  detectionScores.push(detection('all', required, typed.counted.length, typed.pairs.length));
  detectionScores.push(detection('untyped', required, untyped.counted.length, untyped.pairs.length));

  const errors: EventErrorCase[] = [];
  let goldParticipants = 0;
  let predictedParticipants = 0;
  let matchedParticipants = 0;
  let roles = 0;
  let rightRoles = 0;
  let dates = 0;
  let rightDates = 0;
  let counts = 0;
  let rightCounts = 0;
  for (const { gold: g, predicted: p } of typed.pairs) {
    const where = { doc: g.doc, type: g.type };
    goldParticipants += g.participants.length;
    predictedParticipants += p.participants.length;
    const used = new Set<number>();
    for (const gp of g.participants) {
      const index = p.participants.findIndex((pp, i) => !used.has(i) && overlaps(gp, pp));
      if (index === -1) {
        errors.push({ error: 'missed-participant', ...where, start: gp.start, end: gp.end, text: gp.text, expected: gp.role });
        continue;
      }
      used.add(index);
      matchedParticipants++;
      if (gp.role !== 'participant') {
        roles++;
        if (p.participants[index].role === gp.role) rightRoles++;
        else errors.push({ error: 'wrong-role', ...where, start: gp.start, end: gp.end, text: gp.text, expected: gp.role, found: p.participants[index].role });
      }
    }
    p.participants.forEach((pp, i) => {
      if (!used.has(i)) errors.push({ error: 'spurious-participant', ...where, start: pp.start, end: pp.end, text: pp.text, found: pp.role });
    });
    if (g.date !== null) {
      dates++;
      if (g.date === p.date) rightDates++;
      else errors.push({ error: 'wrong-date', ...where, ...g.trigger, expected: g.date, found: p.date ?? 'null' });
    }
    if (g.count !== null) {
      counts++;
      if (g.count === p.count) rightCounts++;
      else errors.push({ error: 'wrong-count', ...where, ...g.trigger, expected: String(g.count), found: String(p.count) });
    }
  }
  const untypedGold = new Set(untyped.pairs.map((pair) => pair.gold));
  const typedGold = new Set(typed.pairs.map((pair) => pair.gold));
  for (const g of gold) {
    if (g.optional || typedGold.has(g)) continue;
    const other = untyped.pairs.find((pair) => pair.gold === g);
    if (other && untypedGold.has(g)) errors.push({ error: 'wrong-type', doc: g.doc, type: g.type, ...g.trigger, expected: g.type, found: other.predicted.type });
    else errors.push({ error: 'missed', doc: g.doc, type: g.type, ...g.trigger });
  }
  const matchedPredictions = new Set(typed.pairs.map((pair) => pair.predicted));
  for (const p of typed.counted) {
    if (!matchedPredictions.has(p)) errors.push({ error: 'spurious', doc: p.doc, type: p.type, ...p.trigger, found: p.rule });
  }
  for (const e of errors) e.sentence = indexOf(sentencesOf(e.doc), e.start);
  errors.sort((a, b) => compareText(a.doc, b.doc) || a.start - b.start || compareText(a.error, b.error) || compareText(a.text, b.text));
  const precision = predictedParticipants === 0 ? 1 : matchedParticipants / predictedParticipants;
  const recall = goldParticipants === 0 ? 1 : matchedParticipants / goldParticipants;
  return {
    detection: detectionScores,
    participants: {
      gold: goldParticipants,
      predicted: predictedParticipants,
      matched: matchedParticipants,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    },
    roleAccuracy: share(rightRoles, roles),
    dateAccuracy: share(rightDates, dates),
    countAccuracy: share(rightCounts, counts),
    errors,
  };
}

/** One-to-one matching of one document's events; returns the pairs with required gold and the predictions that count. */
function match(gold: readonly GoldEvent[], predicted: readonly InteractionEvent[], sentencesOf: (doc: string) => readonly Span[], typed: boolean) {
  const pairs: Pair[] = [];
  const counted: InteractionEvent[] = [];
  const docs = [...new Set([...gold.map((e) => e.doc), ...predicted.map((e) => e.doc)])].sort(compareText);
  for (const doc of docs) {
    const sentences = sentencesOf(doc);
    const sentenceOf = (span: Span) => indexOf(sentences, span.start);
    const g = gold.filter((e) => e.doc === doc);
    const p = predicted.filter((e) => e.doc === doc);
    const sameKind = (a: GoldEvent, b: InteractionEvent) => !typed || a.type === b.type;
    const candidates: { gold: GoldEvent; predicted: InteractionEvent; overlap: boolean; shared: number; closeness: number }[] = [];
    for (const ge of g) {
      for (const pe of p) {
        if (!sameKind(ge, pe)) continue;
        const overlap = overlaps(ge.trigger, pe.trigger);
        if (!overlap && sentenceOf(ge.trigger) !== sentenceOf(pe.trigger)) continue;
        const shared = ge.participants.filter((gp) => pe.participants.some((pp) => overlaps(gp, pp))).length;
        candidates.push({ gold: ge, predicted: pe, overlap, shared, closeness: closeness(ge.trigger, pe.trigger) });
      }
    }
    // Overlapping triggers first; "failing that", the same sentence.
    candidates.sort((a, b) => Number(b.overlap) - Number(a.overlap) || b.shared - a.shared || a.closeness - b.closeness);
    const usedGold = new Set<GoldEvent>();
    const usedPredicted = new Set<InteractionEvent>();
    const optionalOnly = new Set<InteractionEvent>();
    // Required gold events are matched first, so that an optional one never takes a prediction a required one could have.
    for (const pass of [false, true]) {
      for (const c of candidates) {
        if (Boolean(c.gold.optional) !== pass || usedGold.has(c.gold) || usedPredicted.has(c.predicted)) continue;
        usedGold.add(c.gold);
        usedPredicted.add(c.predicted);
        if (pass) optionalOnly.add(c.predicted);
        else pairs.push({ gold: c.gold, predicted: c.predicted });
      }
    }
    for (const pe of p) if (!optionalOnly.has(pe)) counted.push(pe);
  }
  return { pairs, counted };
}
