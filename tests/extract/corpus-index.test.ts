import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPlainUtf8 } from '../../src/corpus/decode.js';
import { ResultCache } from '../../src/extract/cache.js';
import { analyseCorpus, linkCorpusOf } from '../../src/extract/corpus.js';
import { compactCorpusIndex, corpusIndexOf, decodeCorpusIndex, encodeCorpusIndex } from '../../src/extract/corpus-index.js';
import { corpusOf, runCli, scratch } from '../helpers.js';

const reviews = {
  'review-2017.txt':
    'Party diplomacy in 2017\n\nIn 2017, General Secretary Nguyen Phu Trong received a delegation of the Communist Party of Cuba in Hanoi.\n\nVietnam and Laos signed a cooperation plan. Cuba and Vietnam held talks.',
  'review-2021.txt':
    'Party diplomacy in 2021\n\nIn 2021, the Communist Party of Vietnam held talks with the Lao People\'s Revolutionary Party.\n\nNguyen Phu Trong spoke by phone with leaders of Laos and Cambodia.',
};
const dir = corpusOf(reviews);
const noStdin = async () => new Uint8Array();

describe('the corpus index as an entry', async () => {
  const corpus = await analyseCorpus({ sources: [dir], readStdin: noStdin, workerThreads: 0 });
  const index = corpusIndexOf(corpus);
  const bytes = encodeCorpusIndex(index);
  const documents = corpus.documents.length;
  const columnsAt = Math.ceil((4 + bytes.readUInt32LE(0)) / 4) * 4;
  const withInteger = (offset: number, value: number) => {
    const copy = Buffer.from(bytes);
    copy.writeInt32LE(value, offset);
    return copy;
  };
  const withHeader = (header: unknown) => {
    const json = Buffer.from(JSON.stringify(header));
    const prefix = Buffer.alloc(4);
    prefix.writeUInt32LE(json.length);
    const start = Buffer.concat([prefix, json]);
    return Buffer.concat([start, Buffer.alloc(Math.ceil(start.length / 4) * 4 - start.length), bytes.subarray(columnsAt)]);
  };
  const header = JSON.parse(bytes.toString('utf8', 4, 4 + bytes.readUInt32LE(0)));

  it('gives back the index it was made of', () => {
    expect(index.entity.length).toBeGreaterThan(5);
    expect(decodeCorpusIndex(bytes, documents)).toEqual(index);
    expect(decodeCorpusIndex(withHeader(header), documents)).toEqual(index);
  });

  it('is passed over when it is cut short, runs on, or is of another number of documents', () => {
    expect(decodeCorpusIndex(bytes.subarray(0, bytes.length - 4), documents)).toBeUndefined();
    expect(decodeCorpusIndex(Buffer.concat([bytes, Buffer.alloc(4)]), documents)).toBeUndefined();
    expect(decodeCorpusIndex(bytes, documents + 1)).toBeUndefined();
    expect(decodeCorpusIndex(Buffer.alloc(2), documents)).toBeUndefined();
  });

  it('is passed over when a mention points past the entities, the written forms or its document', () => {
    const mentions = index.entity.length;
    const entityAt = columnsAt + 4 * (documents + 1);
    const [aliasAt, sentenceAt, paragraphAt] = [1, 2, 3].map((n) => entityAt + 4 * n * mentions);
    expect(decodeCorpusIndex(withInteger(entityAt, index.entities.length), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withInteger(entityAt, -1), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withInteger(aliasAt, index.aliases.length), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withInteger(sentenceAt, index.documents.sentences[0]), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withInteger(paragraphAt, 1_000_000), documents)).toBeUndefined();
    // Mentions by document must be in order and add up.
    expect(decodeCorpusIndex(withInteger(columnsAt + 4, mentions + 1), documents)).toBeUndefined();
  });

  it('is passed over when its header is not JSON or not of the right shape', () => {
    const garbled = Buffer.from(bytes);
    garbled.write('}{', 4);
    expect(decodeCorpusIndex(garbled, documents)).toBeUndefined();
    expect(decodeCorpusIndex(withHeader({ ...header, entities: [...header.entities, header.entities[0]] }), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withHeader({ ...header, aliases: header.aliases.map(() => 'same') }), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withHeader({ ...header, documents: { ...header.documents, year: ['2017', 2021] } }), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withHeader({ ...header, contacts: { ...header.contacts, ledger: [[index.entities.length]] } }), documents)).toBeUndefined();
    expect(header.contacts.ledger.length).toBeGreaterThan(0);
    expect(decodeCorpusIndex(withHeader({ ...header, contacts: { ...header.contacts, ledger: [...header.contacts.ledger, header.contacts.ledger[0]] } }), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withHeader({ ...header, contacts: { ...header.contacts, perYear: [1] } }), documents)).toBeUndefined();
    expect(decodeCorpusIndex(withHeader({ ...header, mentions: -1 }), documents)).toBeUndefined();
  });

  it('never throws, whatever its bytes', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (random) => void decodeCorpusIndex(Buffer.from(random), documents)));
    fc.assert(
      fc.property(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 }), (at, value) => {
        const copy = Buffer.from(bytes);
        copy[at] = value;
        decodeCorpusIndex(copy, documents);
      }),
    );
  });
});

describe('the corpus index made from the compact form', () => {
  it('is the index of the resolved corpus, events and contacts included', async () => {
    const withEvents = { ...reviews, 'review-2019.txt': 'Party diplomacy in 2019\n\nIn March 2019, Cambodian Prime Minister Hun Sen paid an official visit to Vietnam.\n\nNguyen Phu Trong sent a congratulatory message to the Lao People\'s Revolutionary Party.' };
    const sources = [corpusOf(withEvents)];
    const { held, links } = await linkCorpusOf({ sources, readStdin: noStdin, workerThreads: 0 });
    const compact = compactCorpusIndex(held, links);
    const resolved = corpusIndexOf(await analyseCorpus({ sources, readStdin: noStdin, workerThreads: 0 }));
    expect(compact.contacts.ledger.length).toBeGreaterThan(0);
    expect(compact).toEqual(resolved);
  });
});

describe('a text hashed as read', () => {
  it('has the key of its decoded text when its bytes are plain UTF-8', () => {
    const cache = new ResultCache(scratch());
    const text = 'Nguyễn Phú Trọng met the Lao People’s Revolutionary Party.';
    expect(cache.sourceKey({ utf8: Buffer.from(text) })).toBe(cache.sourceKey({ text }));
  });

  it('is plain UTF-8 only without a BOM, in UTF-8, not blank and not binary', () => {
    expect(isPlainUtf8(Buffer.from('Nguyễn Phú Trọng in 2021.'))).toBe(true);
    expect(isPlainUtf8(Buffer.from('\ufeffA text with a BOM.'))).toBe(false);
    expect(isPlainUtf8(Buffer.from('Caf\xe9 in Latin-1', 'latin1'))).toBe(false);
    expect(isPlainUtf8(Buffer.from('A text in UTF-16.', 'utf16le'))).toBe(false);
    expect(isPlainUtf8(Buffer.from(' \n\u00a0\u2003 '))).toBe(false);
    expect(isPlainUtf8(Buffer.from('\x00\x01\x02\x03binary'))).toBe(false);
  });
});

describe('the corpus index from the command line', () => {
  const commands = [['entities'], ['compare', '2017', '2021'], ['cooccur'], ['cooccur', '--unit', 'paragraph'], ['trend']];
  const run = (args: string[], env: NodeJS.ProcessEnv) => runCli([...args, '--format', 'json', '--corpus', dir], { env });
  const expected = commands.map((args) => run([...args, '--no-cache'], {}));
  const entriesOf = (cacheHome: string, extension: string) =>
    readdirSync(join(cacheHome, 'party-diplo'), { recursive: true })
      .map(String)
      .filter((name) => name.endsWith(extension))
      .map((name) => join(cacheHome, 'party-diplo', name));
  const warm = () => {
    const env = { XDG_CACHE_HOME: scratch() };
    expect(run(['entities'], env).stdout).toBe(expected[0].stdout);
    const [index] = entriesOf(env.XDG_CACHE_HOME, '.bin');
    return { env, index };
  };
  const expectAsUncached = (env: NodeJS.ProcessEnv) =>
    commands.forEach((args, i) => {
      const result = run(args, env);
      expect(result.stderr).toBe(expected[i].stderr);
      expect(result.stdout).toBe(expected[i].stdout);
    });

  it('is all that entities, compare, cooccur and trend read once the corpus is cached', () => {
    const { env, index } = warm();
    expect(index).toBeDefined();
    for (const entry of entriesOf(env.XDG_CACHE_HOME, '.json')) rmSync(entry);
    expectAsUncached(env);
    expect(entriesOf(env.XDG_CACHE_HOME, '.json')).toEqual([]);
  });

  it('is passed over and written again when it is planted with a right checksum, or edited', () => {
    const { env, index } = warm();
    const garbage = Buffer.from('\u0010\u0000\u0000\u0000{"documents":[]}');
    writeFileSync(index, Buffer.concat([Buffer.from(`${createHash('sha256').update(garbage).digest('hex')}\n`), garbage]));
    expectAsUncached(env);
    const rewritten = readFileSync(index);
    expect(rewritten.includes(garbage)).toBe(false);

    rewritten[rewritten.length - 1] ^= 1;
    writeFileSync(index, rewritten);
    expectAsUncached(env);
  });
});
