import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateEvents, type EventEvaluation, type GoldEvent } from '../../src/analysis/evaluate-events.js';
import { corpusEvents } from '../../src/analysis/events.js';
import { analyseCorpus } from '../../src/extract/corpus.js';
import { BUNDLED, ROOT, corpusOf } from '../helpers.js';
import { parseEventAnnotation } from '../event-annotation.js';

const FIXTURES = join(ROOT, 'tests', 'fixtures', 'events');

async function score(sources: string[], gold: GoldEvent[]): Promise<EventEvaluation> {
  const corpus = await analyseCorpus({ sources, readStdin: async () => new Uint8Array() });
  const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
  return evaluateEvents(gold, corpusEvents(corpus), (doc) => documents.get(doc)?.sentences ?? []);
}

const figure = (report: EventEvaluation, type: string) => report.detection.find((d) => d.type === type)!.f1;

/** Every figure at or above its floor, each reported on its own when it is not. */
function expectFloors(report: EventEvaluation, floors: { detection: number; participants: number; roles: number; dates: number; counts: number }): void {
  expect.soft(figure(report, 'all'), 'typed F1').toBeGreaterThanOrEqual(floors.detection);
  expect.soft(figure(report, 'untyped'), 'untyped F1').toBeGreaterThanOrEqual(floors.detection);
  expect.soft(report.participants.f1, 'participant F1').toBeGreaterThanOrEqual(floors.participants);
  expect.soft(report.roleAccuracy.accuracy, 'role accuracy').toBeGreaterThanOrEqual(floors.roles);
  expect.soft(report.dateAccuracy.accuracy, 'date accuracy').toBeGreaterThanOrEqual(floors.dates);
  expect.soft(report.countAccuracy.accuracy, 'count accuracy').toBeGreaterThanOrEqual(floors.counts);
}

describe('events on the bundled articles (shared/gold/seed-events.jsonl)', () => {
  const gold = readFileSync(join(ROOT, 'tests', 'fixtures', 'gold', 'seed-events.jsonl'), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as GoldEvent);

  it('holds the floor reached on detection, participants, roles, dates and counts', async () => {
    const report = await score([BUNDLED], gold);
    expect(gold.filter((e) => !e.optional).length).toBe(57);
    expectFloors(report, { detection: 0.99, participants: 0.99, roles: 0.99, dates: 0.99, counts: 0.99 });
  });
});

/**
 * Articles written for these tests (a wire report of a visit, a congress with foreign messages, an interview, a
 * wire report of signed agreements and greetings),
 * their events annotated by hand as EVENTS.md says before the rules were run on them.
 */
describe('events on articles the bundled corpus does not contain', () => {
  const files: Record<string, string> = {};
  const gold: GoldEvent[] = [];
  for (const file of readdirSync(FIXTURES).filter((f) => f.endsWith('.txt')).sort()) {
    const text = readFileSync(join(FIXTURES, file), 'utf8');
    files[file] = text;
    gold.push(...parseEventAnnotation(file, text, readFileSync(join(FIXTURES, file.replace(/\.txt$/, '.events')), 'utf8')));
  }

  it('finds every annotated trigger and participant in its text', () => {
    for (const event of gold) {
      expect(files[event.doc].slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
      for (const p of event.participants) expect(files[event.doc].slice(p.start, p.end)).toBe(p.text);
    }
  });

  it('holds the floor reached', async () => {
    const report = await score([corpusOf(files)], gold);
    expect(gold.filter((e) => !e.optional).length).toBe(51);
    // Two of the dates are misread by the date recognizer (`2019-2023 period` makes 2023 the year last named).
    expectFloors(report, { detection: 0.97, participants: 0.97, roles: 0.97, dates: 0.88, counts: 0.99 });
  });
});
