import type { Command } from 'commander';
import { createReadStream } from 'node:fs';
import { decode } from '../../corpus/decode.js';
import { readAllBounded } from '../../corpus/load.js';
import type { ErrorCase, EvaluationReport, GoldMention } from '../../analysis/evaluate.js';
import { InputError, UsageError } from '../../errors.js';
import { ENTITY_TYPES } from '../../types.js';
import { CommandContext } from '../context.js';

interface EvalOptions {
  gold?: string;
  events?: string;
  errors?: boolean;
}

/** A row of a score table: a measure of one type, with the counts it rests on. */
export interface Row {
  measure: string;
  type: string;
  precision?: number;
  recall?: number;
  f1?: number;
  value?: number;
  gold?: number;
  predicted?: number;
  matched?: number;
}

export function registerEval(program: Command): void {
  program
    .command('eval')
    .description('score the extraction against a hand annotation (precision, recall, F1, date values, grouping)')
    .option('--gold <file>', 'gold mentions, one JSON object a line, as in shared/gold/seed-mentions.jsonl')
    .option('--events <file>', 'gold events, one JSON object a line, as in tests/fixtures/gold/seed-events.jsonl (scored as EVENTS.md says)')
    .option('--errors', 'list the misses, false alarms and wrong values with their context')
    .addHelpText('after', `
Examples:
  $ party-diplo eval --gold ../shared/gold/seed-mentions.jsonl
  $ party-diplo eval --gold gold.jsonl --corpus articles/ --errors
  $ party-diplo eval --gold gold.jsonl --json | jq '.types[] | {type, f1: .lenient.f1}'
  $ party-diplo eval --events tests/fixtures/gold/seed-events.jsonl
  $ party-diplo eval --events events.jsonl --corpus articles/ --errors`)
    .action(async (options: EvalOptions, command: Command) => {
      const context = await CommandContext.create(command);
      if (options.events !== undefined) {
        const { evaluateEventGold } = await import('./eval-events.js');
        await evaluateEventGold(context, options.events, Boolean(options.errors));
        return;
      }
      if (options.gold === undefined) throw new UsageError('eval needs --gold FILE or --events FILE', 'party-diplo eval --help shows examples');
      const { evaluate } = await import('../../analysis/evaluate.js');
      const gold = await readGold(options.gold!);
      const corpus = await context.corpus(Boolean(options.errors));
      const report = evaluate(gold, corpus.mentions);
      if (options.errors) emitErrors(context, report.errors, corpus.texts);
      else emitScores(context, report);
    });
}

/** A gold file is a hand annotation: far smaller than this. Read bounded, so that `/dev/zero` is refused. */
const MAX_GOLD_BYTES = 64 * 1024 * 1024;

/** The lines of a gold file, each parsed as a JSON object, with its line number. */
export async function readJsonLines<T>(path: string): Promise<{ value: T; line: number }[]> {
  let content: string;
  try {
    // Decoded as documents are (a BOM, UTF-16), so that a gold file saved by any editor reads.
    content = decode(await readAllBounded(createReadStream(path), path, MAX_GOLD_BYTES), path).text;
  } catch (error) {
    const reason = error instanceof InputError ? error.message : ((error as NodeJS.ErrnoException).code ?? (error as Error).message);
    throw new InputError(`cannot read gold file ${path}: ${reason}`);
  }
  return content
    .split('\n')
    .map((line, index) => [line.trim(), index + 1] as const)
    .filter(([line]) => line !== '')
    .map(([line, number]) => {
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new InputError(`${path}:${number}: not a JSON object`);
      }
      if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new InputError(`${path}:${number}: not a JSON object`);
      return { value: value as T, line: number };
    });
}

export async function readGold(path: string): Promise<GoldMention[]> {
  return (await readJsonLines<GoldMention>(path)).map(({ value: parsed, line: number }) => {
    if (typeof parsed.doc !== 'string' || !ENTITY_TYPES.includes(parsed.type) || !Number.isInteger(parsed.start) || !Number.isInteger(parsed.end)) {
      throw new InputError(`${path}:${number}: a gold mention needs doc, type (${ENTITY_TYPES.join(', ')}), start and end`);
    }
    return parsed;
  });
}

function emitScores(context: CommandContext, report: EvaluationReport): void {
  const rows: Row[] = [];
  for (const t of report.types) {
    rows.push({ measure: 'lenient', type: t.type, ...t.lenient, gold: t.gold, predicted: t.predicted, matched: t.matched });
    rows.push({ measure: 'strict', type: t.type, ...t.strict, gold: t.gold, predicted: t.predicted });
  }
  rows.push({ measure: 'date-value-accuracy', type: 'date', value: report.dateValueAccuracy });
  rows.push({ measure: 'grouping-b-cubed', type: 'party,country,person', ...report.grouping });
  const fixed = (n: number | undefined) => (n === undefined ? '' : n.toFixed(3));
  context.emit<Row>({
    records: rows,
    toJson: (r) => r,
    document: { types: report.types, dateValueAccuracy: report.dateValueAccuracy, grouping: report.grouping },
    columns: [
      { header: 'measure', value: (r) => r.measure },
      { header: 'type', value: (r) => r.type },
      { header: 'precision', value: (r) => fixed(r.precision), numeric: true },
      { header: 'recall', value: (r) => fixed(r.recall), numeric: true },
      { header: 'f1', value: (r) => fixed(r.f1 ?? r.value), numeric: true },
      { header: 'gold', value: (r) => r.gold, numeric: true },
      { header: 'predicted', value: (r) => r.predicted, numeric: true },
      { header: 'matched', value: (r) => r.matched, numeric: true },
    ],
  });
}

function emitErrors(context: CommandContext, errors: ErrorCase[], texts: Map<string, string>): void {
  const contextOf = (e: ErrorCase) => {
    const text = texts.get(e.doc) ?? '';
    return `${text.slice(Math.max(0, e.start - 40), e.start)}[${text.slice(e.start, e.end)}]${text.slice(e.end, e.end + 40)}`.replace(/\s+/g, ' ');
  };
  context.emit<ErrorCase>({
    records: errors,
    toJson: (e) => ({ ...e, context: contextOf(e) }),
    columns: [
      { header: 'error', value: (e) => e.error },
      { header: 'doc', value: (e) => e.doc, maxWidth: 24 },
      { header: 'type', value: (e) => e.type },
      { header: 'text', value: (e) => e.text },
      { header: 'expected', value: (e) => e.expected },
      { header: 'found', value: (e) => e.found },
      { header: 'context', value: contextOf },
    ],
  });
}
