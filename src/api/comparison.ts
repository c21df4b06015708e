import { compareYears, partnerChanges, type Comparison, type PartnerChange } from '../analysis/compare.js';
import type { EntityRef } from '../analysis/cooccur.js';
import { matchesEntity, selectMentions } from '../analysis/select.js';
import { UsageError } from '../errors.js';
import type { CorpusResult } from '../extract/corpus.js';
import type { EntityType } from '../types.js';
import { checkYear, documentYears } from './years.js';

export interface ComparisonQuery {
  /** Default: the oldest reviewed year of the corpus. */
  a?: number;
  /** Default: the newest reviewed year of the corpus (other than `a`). */
  b?: number;
  /** Default: party, country, person. */
  types?: readonly EntityType[];
  top?: number;
}

/** How one entity's partners changed, as `compare --entity E --format json` lists them. */
export interface PartnerComparison {
  entity: EntityRef | null;
  a: { year: number };
  b: { year: number };
  partners: PartnerChange[];
}

/** What changed between two reviewed years, as `compare --format json` gives it. */
export function comparison(corpus: CorpusResult, query: ComparisonQuery = {}): Comparison {
  const [a, b] = chooseYears(query, corpus);
  const result = compareYears(a, b, corpus.documents, selectMentions(corpus.mentions, { types: query.types ?? ['party', 'country', 'person'] }), corpus.entities);
  return { a: result.a, b: result.b, entities: result.entities.slice(0, query.top) };
}

export function partnerComparison(corpus: CorpusResult, entity: string, query: Omit<ComparisonQuery, 'types'> = {}): PartnerComparison {
  const [a, b] = chooseYears(query, corpus);
  const mentions = selectMentions(corpus.mentions, { types: ['party', 'country', 'person'] });
  const partners = partnerChanges(a, b, corpus.documents, mentions, corpus.entities, (e) => matchesEntity(e, entity)).slice(0, query.top);
  const ego = corpus.mentions.find((m) => matchesEntity(m, entity));
  return { entity: ego ? { type: ego.type, id: ego.id, name: ego.name } : null, a: { year: a }, b: { year: b }, partners };
}

function chooseYears(query: Pick<ComparisonQuery, 'a' | 'b'>, corpus: CorpusResult): [number, number] {
  const known = [...new Set(documentYears(corpus).filter((y): y is number => y !== null))].sort((x, y) => x - y);
  const a = checkYear(query.a, corpus);
  const b = checkYear(query.b, corpus);
  if (a !== undefined && b !== undefined) return [a, b];
  if (known.length < 2) throw new UsageError(`compare needs two reviewed years; the corpus reviews ${known.join(', ') || 'none'}`);
  if (a !== undefined) return [a, known.filter((y) => y !== a).pop()!];
  return [known[0], known[known.length - 1]];
}
