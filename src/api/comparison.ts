import { compareYears, partnerChanges, type Comparison, type PartnerChange } from '../analysis/compare.js';
import type { EntityRef } from '../analysis/cooccur.js';
import { compareEvents, type EventComparison } from '../analysis/event-summary.js';
import { entityNamed } from '../analysis/indexed.js';
import { choosePeriods, describePeriod, type Period, type PeriodDescription } from '../analysis/periods.js';
import { matchesEntity } from '../analysis/select.js';
import type { CorpusIndex } from '../extract/corpus-index.js';
import type { EntityType } from '../types.js';

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
function comparedPeriods(index: CorpusIndex, query: Pick<ComparisonQuery, 'a' | 'b'> = {}): [Period, Period] {
  const asked = (side: string | number | undefined) => (side === undefined ? undefined : String(side));
  return choosePeriods(asked(query.a), asked(query.b), index.documents.year);
}

export function comparison(index: CorpusIndex, query: ComparisonQuery = {}): ComparisonResult {
  const [a, b] = comparedPeriods(index, query);
  // The sides' summaries count every type; the rows list the types asked for.
  const result = compareYears(a, b, index, query.types ?? ['party', 'country', 'person']);
  const events = compareEvents(a, b, index.contacts.perYear, index.contacts.ledger);
  return { a: result.a, b: result.b, entities: result.entities.slice(0, query.top), events };
}

export function partnerComparison(index: CorpusIndex, entity: string, query: Omit<ComparisonQuery, 'types'> = {}): PartnerComparison {
  const [a, b] = comparedPeriods(index, query);
  const partners = partnerChanges(a, b, index, (e) => matchesEntity(e, entity)).slice(0, query.top);
  const ego = entityNamed(index, entity);
  return { entity: ego ? { type: ego.type, id: ego.id, name: ego.name } : null, a: describePeriod(a), b: describePeriod(b), partners };
}
