import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus/load.js';
import { decode } from '../../src/corpus/decode.js';
import { InputError } from '../../src/errors.js';
import { corpusOf } from '../helpers.js';

const noStdin = async () => new Uint8Array();

describe('loadCorpus', () => {
  it('reads .txt files recursively in code-point order of their paths, ignoring other files', async () => {
    const dir = corpusOf({ 'b.txt': 'In 2019, b.', 'a/z.txt': 'In 2018, z.', 'A.txt': 'In 2017, A.', 'notes.md': 'not a document' });
    const { documents } = await loadCorpus([dir], noStdin);
    expect(documents.map((d) => d.doc)).toEqual(['A.txt', 'a/z.txt', 'b.txt']);
  });

  it('takes a single file, and - for standard input', async () => {
    const dir = corpusOf({ 'one.txt': 'In 2017, one.' });
    expect((await loadCorpus([`${dir}/one.txt`], noStdin)).documents.map((d) => d.doc)).toEqual(['one.txt']);
    const stdin = await loadCorpus(['-'], async () => new TextEncoder().encode('In 2020, piped.'));
    expect(stdin.documents).toEqual([{ doc: '-', text: 'In 2020, piped.' }]);
  });

  it('skips empty and binary files with one warning each, and keeps the rest', async () => {
    const dir = corpusOf({ 'empty.txt': '', 'binary.txt': Buffer.from([0, 1, 2, 3, 0, 255]), 'good.txt': 'In 2017, fine.' });
    const { documents, warnings } = await loadCorpus([dir], noStdin);
    expect(documents.map((d) => d.doc)).toEqual(['good.txt']);
    expect(warnings).toHaveLength(2);
    expect(warnings.join('\n')).toMatch(/binary\.txt.*binary/);
    expect(warnings.join('\n')).toMatch(/empty\.txt.*empty/);
  });

  it('fails on a missing path and on a corpus with no readable document', async () => {
    await expect(loadCorpus(['/nonexistent/corpus'], noStdin)).rejects.toThrow(InputError);
    await expect(loadCorpus([corpusOf({ 'empty.txt': '  \n' })], noStdin)).rejects.toThrow(/no readable document/);
  });

  it('tells apart documents of two sources that share a name', async () => {
    const first = corpusOf({ 'review.txt': 'In 2017, one.' });
    const second = corpusOf({ 'review.txt': 'In 2021, two.' });
    const { documents } = await loadCorpus([first, second], noStdin);
    expect(documents.map((d) => d.doc)).toEqual([`${first}/review.txt`, `${second}/review.txt`]);
  });
});

describe('decode', () => {
  const text = 'Nguyễn Phú Trọng in Việt Nam – “Party”';

  it('drops a UTF-8 BOM so that offsets count from the first character', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
    expect(decode(bytes, 'x').text).toBe(text);
  });

  it('reads UTF-16 with either byte order mark', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decode(le, 'x').text).toBe(text);
    expect(decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), 'x').text).toBe(text);
  });

  it('takes text with a few control characters as text, and mostly control characters as binary', () => {
    expect(decode(Buffer.from('Page one\fPage two \x1b[1mbold\x1b[0m\tend\n'), 'x').text).toContain('Page two');
    expect(() => decode(Buffer.from('ab\x01\x02\x03\x04\x05\x06\x07\x0e'), 'x')).toThrow(/binary content: NUL or control bytes/);
    expect(() => decode(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0]), 'x')).toThrow(/binary/);
  });

  it('keeps a stray NUL the same wherever it is in the file', () => {
    for (const at of [100, 9000]) {
      const text = `${'a'.repeat(at)}\x00${' Laos.'.repeat(400)}`;
      expect(decode(Buffer.from(text), 'x').text).toBe(text);
    }
  });

  it('reads UTF-16 without a byte order mark, in either order', () => {
    expect(decode(Buffer.from(text, 'utf16le'), 'x')).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decode(Buffer.from(text, 'utf16le').swap16(), 'x')).toMatchObject({ text, encoding: 'utf-16be' });
  });

  it('keeps UTF-8 with a few invalid bytes as UTF-8, and says how many bytes were not', () => {
    const bytes = Buffer.concat([Buffer.from(text, 'utf8'), Buffer.from([0x20, 0xff, 0x20, 0xc3]), Buffer.from(' Phạm Minh Chính \ufffd', 'utf8')]);
    const decoded = decode(bytes, 'x.txt');
    expect(decoded.text).toBe(`${text} \ufffd \ufffd Phạm Minh Chính \ufffd`);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.warning).toMatch(/^x\.txt: 2 bytes are not valid UTF-8, read as U\+FFFD \(2 replacement characters\)/);
    expect(decode(Buffer.from(text, 'utf8'), 'x').warning).toBeUndefined();
  });

  it('detects Windows-1252 and decodes it without replacement characters', () => {
    const bytes = Buffer.from([0x93, 0x50, 0x61, 0x72, 0x74, 0x79, 0x94, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x32, 0x30, 0x31, 0x37]);
    const decoded = decode(bytes, 'x').text;
    expect(decoded).toBe('“Party” café – 2017');
    expect(decoded).not.toContain('\ufffd');
  });
});
