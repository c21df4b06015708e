import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { checkedExtraction, compactExtraction, compactLinks, expandLinks, localMention, mentionCount, packedExtraction, spansOf, unpackedExtraction, type CompactExtraction } from '../../src/extract/compact.js';
import { jsonPieces } from '../../src/extract/cache.js';
import type { CorpusLinks } from '../../src/extract/resolve.js';
import type { CachedExtraction } from '../../src/types.js';

const text = 'Le Minh met the Lao People\'s Revolutionary Party in Vientiane. Laos and Vietnam signed.';
const extraction: CachedExtraction = {
  metadata: { title: 'A test', author: null, publication: null, published: null, year: 2019 },
  tokens: 15,
  sentences: [{ start: 0, end: 62 }, { start: 63, end: 87 }],
  paragraphs: [{ start: 0, end: 87 }],
  mentions: [
    { type: 'person', kind: 'name', start: 0, end: 7, text: 'Le Minh', key: 'le minh', rule: 'person:given-family' },
    { type: 'party', kind: 'name', start: 16, end: 50, text: text.slice(16, 50), key: 'lprp', country: 'LA', rule: 'parties:lprp' },
    { type: 'country', kind: 'name', start: 63, end: 67, text: 'Laos', key: 'LA', country: 'LA', rule: 'countries:LA' },
    { type: 'country', kind: 'name', start: 72, end: 79, text: 'Vietnam', key: 'VN', country: 'VN', rule: 'countries:VN' },
  ],
  events: [{ type: 'meeting', trigger: { start: 8, end: 11, text: 'met' }, date: null, count: null, generic: false, participants: [{ role: 'participant', mention: 0 }], sentence: 0, rule: 'trigger:meet' }],
};
/** What a compact extraction holds, as objects again. */
const expanded = (compact: CompactExtraction | undefined) =>
  compact && {
    metadata: compact.metadata,
    tokens: compact.tokens,
    sentences: spansOf(compact.sentences),
    paragraphs: spansOf(compact.paragraphs),
    mentions: Array.from({ length: mentionCount(compact) }, (_, m) => localMention(compact, m)),
    events: compact.events,
  };
// As the cache writes an entry and reads it back.
const roundTrip = (value: unknown) => JSON.parse([...jsonPieces(value)].join('')) as unknown;

describe('compact cache entries', () => {
  it('give back the extraction they were made of, field for field and in the same order', () => {
    const back = expanded(checkedExtraction(roundTrip(compactExtraction(extraction))));
    expect(back).toEqual(extraction);
    expect(JSON.stringify(back)).toBe(JSON.stringify(extraction));
  });

  it('keep each distinct string once', () => {
    const compact = compactExtraction(extraction);
    expect(compact.strings.filter((s) => s === 'LA')).toHaveLength(1);
  });

  it('keep no slice of the text they were cut from', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // A slice of 13 characters or more is a view of its whole text in V8: kept, it keeps 40 MB alive here.
    const compactOfHugeText = () => {
      const text = `${extraction.mentions[1].text} ${'ă'.repeat(20_000_000)}`;
      const mention = { ...extraction.mentions[1], start: 0, end: 34, text: text.slice(0, 34) };
      return compactExtraction({ ...extraction, mentions: [mention], events: [], metadata: { ...extraction.metadata, title: text.slice(0, 30) } });
    };
    gc();
    const before = process.memoryUsage().heapUsed;
    const compact = compactOfHugeText();
    gc();
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
    expect(compact.strings[0]).toBe(extraction.mentions[1].text);
  });

  it('hold their events as one string when packed, and give the same extraction and cache entry back', () => {
    const compact = compactExtraction(extraction);
    const packed = packedExtraction(compact);
    expect(packed).not.toHaveProperty('events');
    expect(typeof packed.eventsJson).toBe('string');
    // As a worker posts it to the main thread.
    const unpacked = unpackedExtraction(structuredClone(packed));
    expect(expanded(unpacked)).toEqual(extraction);
    expect([...jsonPieces(unpacked)].join('')).toBe([...jsonPieces(compact)].join(''));
    // Each read gives events of its own: one changed by a reader leaves the next read as it was.
    unpacked.events[0].participants.pop();
    expect(unpacked.events).toEqual(extraction.events);
  });

  it('are passed over when an index points past the string table or a span has no end', () => {
    const compact = roundTrip(compactExtraction(extraction)) as CompactExtraction & { mentions: number[] };
    const expandExtraction = (value: unknown) => expanded(checkedExtraction(value));
    expect(expandExtraction({ ...compact, mentions: compact.mentions.map((n, i) => (i === 4 ? compact.strings.length : n)) })).toBeUndefined();
    expect(expandExtraction({ ...compact, mentions: compact.mentions.map((n, i) => (i === 0 ? 9 : n)) })).toBeUndefined();
    expect(expandExtraction({ ...compact, sentences: [0, 62, 63] })).toBeUndefined();
    expect(expandExtraction({ ...compact, mentions: compact.mentions.slice(1) })).toBeUndefined();
    expect(expandExtraction({ ...compact, mentions: [...compact.mentions.slice(0, 3), 'x', ...compact.mentions.slice(4)] })).toBeUndefined();
    expect(expandExtraction({ ...compact, mentions: compact.mentions.map((n, i) => (i === 3 ? 2 ** 32 : n)) })).toBeUndefined();
    expect(expandExtraction({ ...compact, events: [{ ...extraction.events[0], participants: [{ role: 'participant', mention: 4 }] }] })).toBeUndefined();
    expect(expandExtraction({ ...compact, metadata: { ...extraction.metadata, year: '2019' } })).toBeUndefined();
    expect(expandExtraction(compact)).toEqual(extraction);
  });
});

describe('compact links', () => {
  const links: CorpusLinks = {
    ids: [['le-minh', 'lprp', 'LA', 'VN']],
    entities: [
      { type: 'country', id: 'LA', name: 'Laos', aliases: ['Laos'] },
      { type: 'party', id: 'lprp', name: "Lao People's Revolutionary Party", aliases: [], country: 'LA' },
      { type: 'person', id: 'le-minh', name: 'Le Minh', aliases: ['Le Minh'] },
      { type: 'country', id: 'VN', name: 'Vietnam', aliases: ['Vietnam'] },
    ],
    notes: { 'le minh': 'short form of nobody' },
  };
  const types = [extraction.mentions.map((m) => m.type)];

  it('give back the links they were made of', () => {
    expect(expandLinks(roundTrip(compactLinks(links, types)), types)).toEqual(links);
  });

  it('are passed over when a mention points to an entity of another type, or to none', () => {
    const compact = compactLinks(links, types);
    expect(expandLinks({ ...compact, ids: [[2, 0, 0, 3]] }, types)).toBeUndefined();
    expect(expandLinks({ ...compact, ids: [[2, 1, 0, 4]] }, types)).toBeUndefined();
    expect(expandLinks({ ...compact, ids: [[2, 1, 0]] }, types)).toBeUndefined();
    expect(expandLinks(compact, [...types, []])).toBeUndefined();
  });
});
