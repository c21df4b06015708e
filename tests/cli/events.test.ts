import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED, ROOT, corpusOf, runCli, runShell } from '../helpers.js';

// Two short reports of this project's own writing, whose events are known by construction.
const constructed = corpusOf({
  'a.txt':
    'Review of 2019\n\nIn March 2019, General Secretary Nguyen Phu Trong paid an official visit to Laos. ' +
    'Prime Minister Thongloun Sisoulith held talks with Nguyen Phu Trong in Vientiane. ' +
    'The two parties agreed to organize a theoretical seminar next year.',
  'b.txt':
    'Review of 2020\n\nOn 5 May 2020, the Communist Party of Vietnam sent a congratulatory message to the Communist Party of Cuba. ' +
    'Nguyen Phu Trong had phone talks with Miguel Díaz-Canel in June 2020.',
});

interface EventRecord {
  doc: string;
  year: number;
  type: string;
  trigger: { start: number; end: number; text: string };
  date: string | null;
  count: number | null;
  generic: boolean;
  participants: { role: string; type: string; id: string; name: string; start: number; end: number; text: string }[];
  sentence: string;
  rule?: string;
}

const jsonl = (args: string[], corpus = constructed): EventRecord[] => {
  const result = runCli(['events', ...args, '--format', 'jsonl', '--corpus', corpus]);
  expect(result.stderr).toBe('');
  expect(result.status).toBe(0);
  return result.stdout.trim() === '' ? [] : result.stdout.trim().split('\n').map((line) => JSON.parse(line) as EventRecord);
};

describe('party-diplo events', () => {
  it('reports visits, meetings, messages and calls with roles, dates and the spans of the text, and no plans', () => {
    const events = jsonl([]);
    const summary = events.map((e) => [e.doc, e.type, e.date, e.participants.map((p) => `${p.role}:${p.id}`).join(' ')]);
    expect(summary).toEqual([
      ['a.txt', 'visit', '2019-03', 'visitor:nguyen-phu-trong host:LA'],
      ['a.txt', 'meeting', null, 'participant:thongloun-sisoulith participant:nguyen-phu-trong'],
      ['b.txt', 'message', '2020-05-05', 'sender:cpv recipient:pcc'],
      ['b.txt', 'call', '2020-06', 'participant:nguyen-phu-trong participant:miguel-diaz-canel'],
    ]);
  });

  it('follows the JSON Lines contract: offsets into the text, ids of the entities command', () => {
    const texts: Record<string, string> = {};
    for (const doc of ['a.txt', 'b.txt']) texts[doc] = readFileSync(join(constructed, doc), 'utf8');
    const entities = JSON.parse(runCli(['entities', '--json', '--corpus', constructed]).stdout) as { type: string; id: string }[];
    const ids = new Set(entities.map((e) => `${e.type}:${e.id}`));
    for (const event of jsonl([])) {
      expect(Object.keys(event)).toEqual(['doc', 'year', 'type', 'trigger', 'date', 'count', 'generic', 'participants', 'sentence']);
      expect(texts[event.doc].slice(event.trigger.start, event.trigger.end)).toBe(event.trigger.text);
      for (const p of event.participants) {
        expect(texts[event.doc].slice(p.start, p.end)).toBe(p.text);
        expect(ids.has(`${p.type}:${p.id}`)).toBe(true);
      }
      expect(event.sentence).toContain(event.trigger.text);
    }
  });

  it('selects by --type, --entity, --year, --from and --to, and explains with --explain', () => {
    expect(jsonl(['--type', 'call']).map((e) => e.type)).toEqual(['call']);
    expect(jsonl(['--entity', 'Communist Party of Cuba']).map((e) => e.type)).toEqual(['message']);
    expect(jsonl(['--year', '2019']).every((e) => e.year === 2019)).toBe(true);
    expect(jsonl(['--from', '2020-05', '--to', '2020-05']).map((e) => e.date)).toEqual(['2020-05-05']);
    expect(jsonl(['--explain'])[0].rule).toMatch(/^trigger:visit/);
  });

  it('rejects an unknown event type with exit status 2', () => {
    const result = runCli(['events', '--type', 'lunch', '--corpus', constructed]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/invalid event type 'lunch'/);
  });

  it('sums events per foreign partner and year with visits by direction (--summary)', () => {
    const result = runCli(['events', '--summary', '--json', '--corpus', constructed]);
    const rows = JSON.parse(result.stdout) as { id: string; total: number; years: Record<string, Record<string, number>> }[];
    const laos = rows.find((r) => r.id === 'LA')!;
    expect(laos.years['2019']).toMatchObject({ visit: 1, visitsFrom: 1, visitsTo: 0 });
    expect(rows.find((r) => r.id === 'pcc')!.years['2020'].message).toBe(1);
    expect(rows.some((r) => r.id === 'VN' || r.id === 'cpv')).toBe(false);
    expect(rows.map((r) => r.total)).toEqual([...rows.map((r) => r.total)].sort((a, b) => b - a));
  });

  it('draws the event graph for Graphviz, visits from visitor to host', () => {
    const dot = runCli(['events', '--format', 'dot', '--corpus', constructed]).stdout;
    expect(dot).toMatch(/^digraph events \{/);
    expect(dot).toContain('"person:nguyen-phu-trong" -> "country:LA" [label="visit"');
  });

  it('lists dated events in timeline --events, not generic statements, which name no occasion', () => {
    const habitual = corpusOf({ 'c.txt': 'Review of 2019\n\nIn 2019, General Secretary Nguyen Phu Trong and Prime Minister Thongloun Sisoulith regularly talk by phone.' });
    expect(jsonl([], habitual).map((e) => [e.type, e.generic])).toEqual([['call', true]]);
    expect(JSON.parse(runCli(['timeline', '--events', '--json', '--corpus', habitual]).stdout)).toEqual([]);
    const result = runCli(['timeline', '--events', '--json', '--corpus', constructed]);
    const rows = JSON.parse(result.stdout) as { value: string; type: string }[];
    expect(rows.map((r) => [r.value, r.type])).toEqual([
      ['2019-03', 'visit'],
      ['2020-05-05', 'message'],
      ['2020-06', 'call'],
    ]);
  });

  it("answers the README recipe: every visit to Vietnam in 2021, with the visitor's party", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const recipe = /```sh\n# every visit to Vietnam[^\n]*\n(party-diplo events --type visit[^`]*?)```/.exec(readme)![1];
    const result = runShell(recipe.replace(/\\\n\s*/g, ' '));
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => JSON.parse(line))).toEqual([
      { doc: '2021-party-diplomacy.txt', date: null, visitor: 'Hun Sen', party: "Cambodian People's Party" },
    ]);
  });

  it('scores events against gold with eval --events, and lists errors with --errors', () => {
    const gold = join(ROOT, 'tests', 'fixtures', 'gold', 'seed-events.jsonl');
    const scores = JSON.parse(runCli(['eval', '--events', gold, '--json', '--corpus', BUNDLED]).stdout);
    expect(scores.detection.find((d: { type: string }) => d.type === 'all').f1).toBeGreaterThanOrEqual(0.99);
    const wrong = corpusOf({ 'gold.jsonl': '{"doc": "x.txt", "type": "picnic", "trigger": {"start": 0, "end": 1}, "participants": []}\n' });
    const rejected = runCli(['eval', '--events', join(wrong, 'gold.jsonl'), '--corpus', constructed]);
    // A malformed gold file is bad input, as for --gold: exit 1.
    expect(rejected.status).toBe(1);
    expect(rejected.stderr).toMatch(/gold\.jsonl:1: a gold event needs/);
    const errors = runCli(['eval', '--events', join(wrong, 'gold.jsonl'), '--errors', '--corpus', constructed]);
    expect(errors.status).toBe(1);
  });
});
