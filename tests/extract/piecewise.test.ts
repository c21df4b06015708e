import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { finishExtraction } from '../../src/extract/finish.js';
import { extractPiecewise } from '../../src/extract/piecewise.js';
import { recognizeDocument } from '../../src/extract/pipeline.js';

/** Sentences as a reader would cut them: at a full stop before a space, and at every line break. */
function sentencesOf(text: string): Int32Array {
  const flat: number[] = [];
  for (const match of text.matchAll(/[^\n.!?]+(?:[.!?]+|$)/gm)) {
    const start = match.index + (match[0].length - match[0].trimStart().length);
    const end = match.index + match[0].trimEnd().length;
    if (end > start) flat.push(start, end);
  }
  return Int32Array.from(flat);
}

const headline = 'Vietnamese party delegation visits Laos\n\nVientiane, March 3 (VNA) -\n';
const undated = [
  'General Secretary Nguyen Van An received a delegation of the Lao People\'s Revolutionary Party led by Thongsing Keomany.',
  'The two sides agreed to strengthen the special ties between the two parties and the two countries.',
  'Later, An held talks with Cuban ambassador Carlos Perez Ramos in Hanoi.',
  'Keomany thanked the Communist Party of Vietnam for its warm welcome.',
  // Whether he takes part depends on the year the text named last, or else first: a piece must know them.
  'Fidel Castro received a delegation of the Communist Party of Vietnam in Havana.',
];
const dated = [
  'On March 5, 2015, a delegation of the Communist Party of Cuba paid a working visit to Vietnam.',
  'Nguyen Van An sent a message of congratulations to the Japanese Communist Party on its congress.',
  'In May, Perez Ramos met leaders of the Communist Party of Vietnam in Hanoi.',
  'A delegation of the CPV led by Tran Quoc Binh visited Laos and met Keomany.',
  'The Korean Workers\' Party and the Communist Party of Vietnam signed a cooperation agreement in 2016.',
];
const paragraph = (lines: string[]) => `${lines.join(' ')}\n\n`;

/** The first years are named only late in the text, and the headline's act only late in the body. */
const text =
  headline +
  Array.from({ length: 6 }, () => paragraph(undated)).join('') +
  paragraph(dated) +
  Array.from({ length: 6 }, (_, i) => paragraph(i % 2 ? undated : dated.slice(1))).join('') +
  'Havana, Aug 23 (Prensa Latina)\nThe Communist Party of Cuba received a delegation of the Communist Party of Vietnam.\n';

describe('piecewise extraction of a huge text', () => {
  const sentences = sentencesOf(text);
  const whole = finishExtraction(text, recognizeDocument('d', text), sentences, 1000);

  it('finds events in the text of its own (a check that the comparison below compares something)', () => {
    expect(whole.events.length).toBeGreaterThan(20);
    expect(whole.events.some((e) => e.sentence === 0)).toBe(false);
    expect(new Set(whole.events.map((e) => e.type)).size).toBeGreaterThan(2);
    const castro = text.indexOf('Fidel Castro');
    expect(whole.events.filter((e) => e.trigger.start > castro && e.trigger.start < castro + 30 && e.participants.length > 1).length).toBe(1);
  });

  it.each([1, 150, 700, 2000, 100_000])('equals the extraction of the whole, with pieces of %i characters', (pieceChars) => {
    const pieces = extractPiecewise({ text }, undefined, sentences, 1000, pieceChars);
    expect(pieces).toEqual(whole);
    expect(JSON.stringify({ ...pieces, mentions: [...pieces.mentions] })).toBe(JSON.stringify({ ...whole, mentions: [...whole.mentions] }));
  });

  it("dates an act told of the report's day far from its dateline, in any piece", () => {
    const reported = ' date 2019-05-14\nHANOI, May 14 (VNA) - Nguyen Van An received Thongsing Keomany.\n\n' + Array.from({ length: 4 }, () => paragraph(undated)).join('') + 'Today, Nguyen Van An held talks with Carlos Perez Ramos.\n';
    const reportedSentences = sentencesOf(reported);
    const expected = finishExtraction(reported, recognizeDocument('d', reported), reportedSentences, 1000);
    const today = reported.lastIndexOf('held talks');
    expect(expected.events.find((e) => e.trigger.start === today)?.date).toBe('2019-05-14');
    for (const pieceChars of [150, 700]) expect(extractPiecewise({ text: reported }, undefined, reportedSentences, 1000, pieceChars)).toEqual(expected);
  });

  it('keeps a headline event whose act the body does not report again, in any piece', () => {
    const lone = 'Japanese party chief calls Hanoi\n\n' + text.slice(headline.length);
    const loneSentences = sentencesOf(lone);
    const expected = finishExtraction(lone, recognizeDocument('d', lone), loneSentences, 1000);
    expect(extractPiecewise({ text: lone }, undefined, loneSentences, 1000, 150)).toEqual(expected);
  });

  // Each run's text is kept as UTF-8 while the events are found: a character of two UTF-16 units must not be cut
  // at a run's margin, and a lone one (not UTF-8) must come back as it was.
  it.each([
    ['characters beyond the BMP', '\u{1F1FB}\u{1F1F3}'],
    ['lone surrogates', '\uD83D'],
  ])('equals the extraction of the whole with %s all through the text', (_, odd) => {
    const spiked = text.replace(/ (?=[a-z])/g, (space, at: number) => (at % 7 === 0 ? ` ${odd}` : space));
    const spikedSentences = sentencesOf(spiked);
    const expected = finishExtraction(spiked, recognizeDocument('d', spiked), spikedSentences, 1000);
    for (const pieceChars of [1, 150, 700]) expect(extractPiecewise({ text: spiked }, undefined, spikedSentences, 1000, pieceChars)).toEqual(expected);
  });

  it('lets the text go: it is emptied, and nothing found in it keeps it alive', () => {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    // 20 MB as a string of two bytes a character, which a slice of it kept anywhere in the results would keep alive.
    const handed = { text: `${text}${'\u0103 '.repeat(5_000_000)}` };
    const hugeSentences = sentencesOf(text);
    gc();
    const before = process.memoryUsage().heapUsed;
    const extraction = extractPiecewise(handed, undefined, hugeSentences, 1000, 700);
    gc();
    expect(handed.text).toBe('');
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(10_000_000);
    expect(extraction.events.length).toBeGreaterThan(20);
  });
});
