import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { reviewedYear } from '../../src/corpus/metadata.js';
import { analyseCorpus } from '../../src/extract/corpus.js';
import { analyse, loadNlp } from '../../src/extract/nlp.js';
import { BUNDLED, corpusOf } from '../helpers.js';

describe('reviewedYear', () => {
  it('reads the year from the title, the opening, or a heading, not from the dates in the header', () => {
    expect(reviewedYear('Party diplomacy in 2023: new heights\n\nOn 3 March 2024 the review appeared.')).toBe(2023);
    expect(reviewedYear('Monday, 1/2/2020\nExternal relations contribute to peace\n\nIn 2019, the world changed.')).toBe(2019);
    expect(reviewedYear('A review of our work\n\nAchievements of the Party diplomacy in 2022\n\nMany visits took place.')).toBe(2022);
    expect(reviewedYear('Nothing here says which year this is about.')).toBeNull();
  });
});

describe('document metadata of other pages', () => {
  it('reads a byline after "By", a dateline, and no title from a page that opens with its report', async () => {
    const dir = corpusOf({
      'wire.txt': 'HANOI, Nov. 28, 2018 - Politburo member Tran Quoc Vuong received a delegation of the French Communist Party, which was visiting Viet Nam, and thanked it for its support.\n\n(Nguyen Thu Ha, VNA)',
      'byline.txt': 'Party external relations in 2018\n\nBy TRAN DUC LUONG\n\nOn Monday, 3 April 2018, delegations met.',
    });
    const corpus = await analyseCorpus({ sources: [dir], readStdin: async () => new Uint8Array() });
    const [byline, wire] = corpus.documents.map((d) => d.metadata);
    expect(byline).toMatchObject({ title: 'Party external relations in 2018', author: 'Tran Duc Luong', published: null, year: 2018 });
    expect(wire).toMatchObject({ title: null, author: 'Nguyen Thu Ha', published: '2018-11-28', year: 2018 });
  });
});

describe('document metadata read from the head and foot of a page', () => {
  it('finds the signer on a last line followed by blank ones, and a byline in capitals below the opening lines', async () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} tells of delegations and talks in 2019.`).join('\n\n');
    const dir = corpusOf({
      'signed.txt': `Relations between the parties in 2019\r\n\r\n${filler}\r\n\r\n(Le Van Thanh, VNA)\r\n\r\n   \n`,
      'late-byline.txt': `Party work abroad in 2019\n\n${filler}\n\nBy   NGUYEN THI MAI\n\nThe end of the account.`,
    });
    const corpus = await analyseCorpus({ sources: [dir], readStdin: async () => new Uint8Array() });
    const byDoc = Object.fromEntries(corpus.documents.map((d) => [d.doc, d.metadata]));
    expect(byDoc['signed.txt']).toMatchObject({ title: 'Relations between the parties in 2019', author: 'Le Van Thanh', year: 2019 });
    expect(byDoc['late-byline.txt']).toMatchObject({ title: 'Party work abroad in 2019', author: 'Nguyen Thi Mai', year: 2019 });
  });
});

describe('document metadata of the bundled articles', () => {
  const read = async (file: string) => (await analyseCorpus({ sources: [join(BUNDLED, file)], readStdin: async () => new Uint8Array() })).documents[0];

  it('describes the review of 2017', async () => {
    const { metadata, tokens, sentences } = await read('2017-party-external-relations.txt');
    expect(metadata).toMatchObject({
      year: 2017,
      author: 'Hoang Binh Quan',
      publication: 'Communist Review No. 904 (February 2018)',
      published: '2018-02',
    });
    expect(metadata.title).toMatch(/^The Party’s external relations contribute/);
    expect(tokens).toBeGreaterThan(2000);
    expect(sentences.length).toBeGreaterThan(50);
  });

  it('describes the review of 2021', async () => {
    const { metadata } = await read('2021-party-diplomacy.txt');
    expect(metadata).toMatchObject({ year: 2021, author: 'Le Hoai Trung', publication: 'Communist Review No. 983 (February 2022)', published: '2022-02' });
    expect(metadata.title).toMatch(/^Party diplomacy in 2021/);
  });

  it('never lets a sentence run across a line break', async () => {
    const text = readFileSync(join(BUNDLED, '2021-party-diplomacy.txt'), 'utf8');
    const { sentences } = analyse(await loadNlp(), text);
    for (const s of sentences) expect(text.slice(s.start, s.end)).not.toContain('\n');
  });
});
