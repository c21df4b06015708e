import { describe, expect, it } from 'vitest';
import { analyse, loadNlp, releaseNlp } from '../../src/extract/nlp.js';

// Whitespace of every kind a converter or an editor may leave between words and sentences: pdftotext's form feed
// at a page break, a vertical tab, Unicode spaces and separators, and a BOM inside a text.
const SEPARATORS = ['\f', '\v', '\u1680', '\u2000', '\u2001', '\u2006', '\u2007', '\u2008', '\u2028', '\u2029', '\u3000', '\ufeff', '\u00a0', '\u2003', '\u205f'];

describe('sentence offsets from wink-nlp', () => {
  it.each(SEPARATORS.map((c) => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]))('are exact when the text holds %s', async (_name, separator) => {
    const nlp = await loadNlp();
    const sentences = ['The delegation visited Laos in March.', 'It met the leaders of the Party there.', 'Talks ended on Friday.'];
    const text = `${separator}${sentences[0]} ${separator}${separator}${sentences[1]}${separator}${sentences[2]}${separator}`;
    const found = analyse(nlp, text).sentences.map(({ start, end }) => text.slice(start, end));
    expect(found).toEqual(sentences);
  });

  it('are exact in a text that is long enough to be read in pieces', async () => {
    const nlp = await loadNlp();
    const sentence = 'The two Parties\fagreed to meet again next year.';
    const text = Array.from({ length: 6000 }, () => sentence).join('\f\f\n');
    const { sentences } = analyse(nlp, text);
    expect(sentences.length).toBe(6000);
    for (const { start, end } of sentences) expect(text.slice(start, end)).toBe(sentence);
  });
});

describe('word tokens from wink-nlp', () => {
  it('are the tokens wink types as words, counted across the pieces of a long text', async () => {
    const nlp = await loadNlp();
    const paragraph = "The Party's delegation, led by its 2nd Secretary, met 12 leaders in Vientiane on 3 May\u00a0\u2014 talks ran late!";
    const text = Array.from({ length: 3000 }, () => paragraph).join('\n\n');
    const doc = nlp.readDoc(paragraph) as unknown as { tokens(): { out(f: unknown): string[] } };
    const words = doc.tokens().out(nlp.its.type).filter((type) => type === 'word').length;
    expect(words).toBeGreaterThan(10);
    expect(analyse(nlp, paragraph).wordTokens).toBe(words);
    expect(analyse(nlp, text).wordTokens).toBe(words * 3000);
  });
});

describe('wink-nlp let go and loaded again in the same process', () => {
  it('is a new instance each time, and reads as the first did, however often', async () => {
    const text = 'The delegation of the Lao Party arrived in Hanoi on Monday. Talks followed.\n\nA banquet was held in its honour.';
    const first = await loadNlp();
    const expected = analyse(first, text);
    let previous = first;
    // The package's own loader made every reload's model the JSON of the one before: the third ran out of string length.
    for (let load = 0; load < 4; load++) {
      releaseNlp();
      const again = await loadNlp();
      expect(again).not.toBe(previous);
      expect(analyse(again, text)).toEqual(expected);
      previous = again;
    }
  });

  it('counts the words of a text the same after words its lexicon lacked were numbered by the one before', async () => {
    // Seven words; an e-mail address and a hashtag are none.
    const text = 'Write to zzqq@example.org or #partyzz about the Lao Party.';
    releaseNlp();
    analyse(await loadNlp(), 'qqqzzv vvzzqq zqzqzq');
    releaseNlp();
    expect(analyse(await loadNlp(), text).wordTokens).toBe(7);
  });
});
