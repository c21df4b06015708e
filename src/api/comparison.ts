import { compareYears, partnerChanges, type Comparison, type PartnerChange } from '../analysis/compare.js';
import type { EntityRef } from '../analysis/cooccur.js';
import { compareEvents, homeCountry, type EventComparison } from '../analysis/event-summary.js';
import { corpusEvents, occasionsOf } from '../analysis/events.js';
import { choosePeriods, describePeriod, type Period, type PeriodDescription } from '../analysis/periods.js';
import { matchesEntity, selectMentions } from '../analysis/select.js';
import type { CorpusResult } from '../extract/corpus.js';
import type { EntityType } from '../types.js';
import { documentYears } from './years.js';

export interface ComparisonQuery {
  /** A reviewed year or period (`2017`, `2012-2016`, `2017,2018`). Default: the oldest reviewed year of the corpus. */
  a?: string | number;
  /** Likewise; default: the newest reviewed year of the corpus outside `a`. */
  b?: string | number;
  /** Default: party, country, person. */
  types?: readonly EntityType[];
  top?: number;
}

/** What changed between two years or periods, as `compare --format json` gives it (values exact, not rounded). */
export interface ComparisonResult extends Comparison {
  events: EventComparison;
}

/** How one entity's partners changed, as `compare --entity E --format json` lists them. */
export interface PartnerComparison {
  entity: EntityRef | null;
  a: PeriodDescription;
  b: PeriodDescription;
  partners: PartnerChange[];
}

/** The two sides a query names, checked against the corpus's reviewed years (a UsageError otherwise). */
function comparedPeriods(corpus: CorpusResult, query: Pick<ComparisonQuery, 'a' | 'b'> = {}): [Period, Period] {
  const asked = (side: string | number | undefined) => (side === undefined ? undefined : String(side));
  return choosePeriods(asked(query.a), asked(query.b), documentYears(corpus));
}

export function comparison(corpus: CorpusResult, query: ComparisonQuery = {}): ComparisonResult {
  const [a, b] = comparedPeriods(corpus, query);
  // The sides' summaries count every type; the rows list the types asked for.
  const result = compareYears(a, b, corpus.documents, selectMentions(corpus.mentions, {}), corpus.entities, query.types ?? ['party', 'country', 'person']);
  const events = compareEvents(a, b, occasionsOf(corpusEvents(corpus)), corpus.entities, homeCountry(corpus.mentions));
  return { a: result.a, b: result.b, entities: result.entities.slice(0, query.top), events };
}

export function partnerComparison(corpus: CorpusResult, entity: string, query: Omit<ComparisonQuery, 'types'> = {}): PartnerComparison {
  const [a, b] = comparedPeriods(corpus, query);
  const mentions = selectMentions(corpus.mentions, { types: ['party', 'country', 'person'] });
  const partners = partnerChanges(a, b, corpus.documents, mentions, corpus.entities, (e) => matchesEntity(e, entity)).slice(0, query.top);
  const ego = corpus.mentions.find((m) => matchesEntity(m, entity));
  return { entity: ego ? { type: ego.type, id: ego.id, name: ego.name } : null, a: describePeriod(a), b: describePeriod(b), partners };
}
