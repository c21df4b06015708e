import type { EventErrorCase, EventEvaluation, GoldEvent } from '../../analysis/evaluate-events.js';
import { InputError } from '../../errors.js';
import { EVENT_TYPES } from '../../types.js';
import type { CommandContext } from '../context.js';
import { readJsonLines, type Row } from './eval.js';

/** `eval --events GOLD`: scores the corpus's events against gold events as EVENTS.md says. */
export async function evaluateEventGold(context: CommandContext, path: string, listErrors: boolean): Promise<void> {
  const gold = await readGoldEvents(path);
  const [{ evaluateEvents }, { corpusEvents }] = await Promise.all([import('../../analysis/evaluate-events.js'), import('../../analysis/events.js')]);
  const corpus = await context.corpus(true);
  const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
  const report = evaluateEvents(gold, corpusEvents(corpus), (doc) => documents.get(doc)?.sentences ?? []);
  if (listErrors) {
    const sentenceOf = (e: EventErrorCase) => {
      const span = e.sentence === undefined ? undefined : documents.get(e.doc)?.sentences[e.sentence];
      return span ? (corpus.texts.get(e.doc) ?? '').slice(span.start, span.end).replace(/\s+/g, ' ') : '';
    };
    context.emit<EventErrorCase>({
      records: report.errors,
      toJson: (e) => ({ ...e, sentence: sentenceOf(e) }),
      columns: [
        { header: 'error', value: (e) => e.error },
        { header: 'doc', value: (e) => e.doc, maxWidth: 24 },
        { header: 'type', value: (e) => e.type },
        { header: 'start', value: (e) => e.start, numeric: true },
        { header: 'text', value: (e) => e.text, maxWidth: 40 },
        { header: 'expected', value: (e) => e.expected },
        { header: 'found', value: (e) => e.found, maxWidth: 40 },
        { header: 'sentence', value: sentenceOf, maxWidth: context.format === 'table' ? 100 : undefined },
      ],
    });
    return;
  }
  emitEventScores(context, report);
}

async function readGoldEvents(path: string): Promise<GoldEvent[]> {
  return (await readJsonLines<GoldEvent>(path)).map(({ value, line }) => {
    const spanned = (s: { start?: unknown; end?: unknown } | undefined) => s !== undefined && Number.isInteger(s.start) && Number.isInteger(s.end);
    if (typeof value.doc !== 'string' || !EVENT_TYPES.includes(value.type) || !spanned(value.trigger) || !Array.isArray(value.participants) || !value.participants.every(spanned)) {
      throw new InputError(`${path}:${line}: a gold event needs doc, type (${EVENT_TYPES.join(', ')}), trigger {start, end} and participants [{role, start, end}]`);
    }
    return { ...value, date: value.date ?? null, count: value.count ?? null };
  });
}

function emitEventScores(context: CommandContext, report: EventEvaluation): void {
  const rows: Row[] = report.detection.map((d) => ({ ...d, measure: d.type === 'untyped' ? 'untyped' : 'typed', type: d.type === 'untyped' ? 'all' : d.type }));
  rows.push({ measure: 'participants', type: 'all', ...report.participants });
  rows.push({ measure: 'role-accuracy', type: 'visit,message', f1: report.roleAccuracy.accuracy, gold: report.roleAccuracy.scored, matched: report.roleAccuracy.right });
  rows.push({ measure: 'date-accuracy', type: 'all', f1: report.dateAccuracy.accuracy, gold: report.dateAccuracy.scored, matched: report.dateAccuracy.right });
  rows.push({ measure: 'count-accuracy', type: 'all', f1: report.countAccuracy.accuracy, gold: report.countAccuracy.scored, matched: report.countAccuracy.right });
  const fixed = (n: number | undefined) => (n === undefined ? '' : n.toFixed(3));
  const { errors: _errors, ...scores } = report;
  context.emit<Row>({
    records: rows,
    toJson: (r) => r,
    document: scores,
    columns: [
      { header: 'measure', value: (r) => r.measure },
      { header: 'type', value: (r) => r.type },
      { header: 'precision', value: (r) => fixed(r.precision), numeric: true },
      { header: 'recall', value: (r) => fixed(r.recall), numeric: true },
      { header: 'f1/accuracy', value: (r) => fixed(r.f1), numeric: true },
      { header: 'gold', value: (r) => r.gold, numeric: true },
      { header: 'predicted', value: (r) => r.predicted, numeric: true },
      { header: 'matched', value: (r) => r.matched, numeric: true },
    ],
  });
}
