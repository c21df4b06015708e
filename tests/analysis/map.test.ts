import { describe, expect, it } from 'vitest';
import { countryRates } from '../../src/analysis/map.js';
import type { ResolvedEntity } from '../../src/extract/resolve.js';
import type { ExtractedDocument, Mention } from '../../src/types.js';

const document = (doc: string, year: number | null, tokens: number) => ({ doc, metadata: { year }, tokens }) as unknown as ExtractedDocument;
const mention = (type: Mention['type'], id: string, year: number | null) => ({ type, id, year, kind: 'name' }) as unknown as Mention;

describe('countryRates', () => {
  const documents = [document('a', 2017, 2000), document('b', 2021, 4000), document('c', 2021, 1000)];
  const entities = new Map<string, ResolvedEntity>([['party:cpv', { type: 'party', id: 'cpv', name: 'Communist Party of Vietnam', country: 'VN' } as ResolvedEntity]]);

  it("counts a country's names per reviewed year, per 10,000 words of that year's documents", () => {
    const rates = countryRates([mention('country', 'VN', 2017), mention('country', 'VN', 2021), mention('country', 'LA', 2021), mention('country', 'LA', 2021)], entities, documents, 'country');
    expect(rates).toEqual([
      { year: '2017', code: 'VN', count: 1, per10k: 5 },
      { year: '2021', code: 'LA', count: 2, per10k: 4 },
      { year: '2021', code: 'VN', count: 1, per10k: 2 },
    ]);
  });

  it("counts a country through its parties with --type party, and leaves out parties of no known country", () => {
    const rates = countryRates([mention('party', 'cpv', 2017), mention('party', 'unknown-party', 2017), mention('country', 'VN', 2017)], entities, documents, 'party');
    expect(rates).toEqual([{ year: '2017', code: 'VN', count: 1, per10k: 5 }]);
  });
});
