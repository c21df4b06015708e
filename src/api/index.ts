/**
 * party-diplo as a library: `const analysis = await analyse({ corpus: 'reviews/' })`, then the same queries as the
 * commands, with the same results as their JSON output.
 */
import type { Pair } from '../analysis/cooccur.js';
import type { EntityCount } from '../analysis/entities.js';
import { corpusYears } from '../analysis/select.js';
import { BUNDLED_CORPUS } from '../corpus/load.js';
import { UsageError } from '../errors.js';
import { analyseCorpus, type CorpusResult } from '../extract/corpus.js';
import { corpusIndexOf, type CorpusIndex } from '../extract/corpus-index.js';
import type { ResolvedEntity } from '../extract/resolve.js';
import type { Mention } from '../types.js';
import type { PartnerLedger } from '../analysis/event-summary.js';
import type { Trends } from '../analysis/trend.js';
import { comparison, partnerComparison, type ComparisonQuery, type ComparisonResult, type PartnerComparison } from './comparison.js';
import { entityPairs, type CooccurrenceQuery } from './cooccurrences.js';
import { eventLedger, eventRecords, type EventQuery, type EventRecord } from './events.js';
import { entityCounts, type CountOptions } from './counts.js';
import { documentRecords, type DocumentRecord } from './documents.js';
import { corpusMentions, mentionRecords, type MentionOptions, type MentionRecord } from './mentions.js';
import { entityTrendTable, type TrendQuery } from './trend.js';
import { timelineRecords, type TimelineQuery, type TimelineRecord } from './timeline.js';
import { documentYears } from './years.js';

export type { Comparison, EntityChange, PartnerChange, Status, YearSide } from '../analysis/compare.js';
export type { EntityRef, Pair, SortKey } from '../analysis/cooccur.js';
export type { EntityCount } from '../analysis/entities.js';
export type { Unit } from '../analysis/units.js';
export type { ResolvedEntity } from '../extract/resolve.js';
export type { DocumentMetadata, EntityType, Mention, MentionKind } from '../types.js';
export { InputError, PartyDiploError, UsageError } from '../errors.js';
export type { PartnerLedger, YearLedger } from '../analysis/event-summary.js';
export type { EventType, EventRole } from '../types.js';
export type { EntityTrend, Trends } from '../analysis/trend.js';
export type { ComparisonQuery, ComparisonResult, TrendQuery, CooccurrenceQuery, EventQuery, EventRecord, CountOptions, DocumentRecord, MentionOptions, MentionRecord, PartnerComparison, TimelineQuery, TimelineRecord };

export interface AnalyseOptions {
  /** Directories (their .txt and .html files), files, or `-` for `stdin`; default: the bundled corpus. */
  corpus?: string | readonly string[];
  /** The document read for `-`: text, or a saved web page. */
  stdin?: string | Uint8Array;
  /** Where extraction results are cached (the CLI's is `~/.cache/party-diplo`); default: no cache. */
  cacheDirectory?: string;
  /** Worker threads for extraction; 0: none. Default: one per core but one. */
  workerThreads?: number;
}

/** Reads, extracts and links a corpus. Rejects with an InputError when no document can be read. */
export async function analyse(options: AnalyseOptions = {}): Promise<Analysis> {
  const sources = options.corpus === undefined ? [BUNDLED_CORPUS] : [options.corpus].flat();
  const stdin = options.stdin;
  const corpus = await analyseCorpus({
    sources,
    readStdin: async () => (typeof stdin === 'string' ? new TextEncoder().encode(stdin) : (stdin ?? new Uint8Array())),
    keepText: true,
    cacheDirectory: options.cacheDirectory,
    workerThreads: options.workerThreads,
  });
  return new Analysis(corpus);
}

/** An analysed corpus. Every query is a function of the corpus alone; a year it does not review is a UsageError. */
export class Analysis {
  constructor(private readonly corpus: CorpusResult) {}

  /** What the counting queries read: the same columns the CLI reads from the cache. */
  private get index(): CorpusIndex {
    return corpusIndexOf(this.corpus);
  }

  /** What `corpus --format json` lists. */
  get documents(): DocumentRecord[] {
    return documentRecords(this.corpus);
  }

  /** The canonical entities, each with the written forms seen. */
  get entities(): ResolvedEntity[] {
    return [...this.corpus.entities.values()];
  }

  /** Files that were skipped and documents without a reviewed year, as the CLI warns of them. */
  get warnings(): readonly string[] {
    return this.corpus.warnings;
  }

  /** The reviewed years, oldest first (`unknown` last, for documents that name none). */
  get years(): string[] {
    return corpusYears(documentYears(this.corpus));
  }

  /** A document's text as read (a saved page's article), which every mention's offsets refer to. */
  text(doc: string): string {
    const text = this.corpus.texts.get(doc);
    if (text === undefined) throw new UsageError(`no document '${doc}' in the corpus`, `the corpus has: ${[...this.corpus.texts.keys()].join(', ')}`);
    return text;
  }

  /** `mentions --format json`. */
  mentions(options: MentionOptions = {}): MentionRecord[] {
    return mentionRecords(this.corpus, options);
  }

  /** The selected mentions themselves, with their rules, keys, sentence and paragraph indexes (`kinds`: all of them). */
  selectMentions(options: Omit<MentionOptions, 'explain'> = {}): Mention[] {
    return corpusMentions(this.corpus, options);
  }

  /** `entities --format json`. */
  counts(options: CountOptions = {}): EntityCount[] {
    return entityCounts(this.index, options);
  }

  /** `cooccur --format json`. */
  cooccurrences(query: CooccurrenceQuery = {}): Pair[] {
    return entityPairs(this.index, query);
  }

  /** `trend --format json` (with `years` and whether the corpus has years enough for a statistic); exact values. */
  trend(query: TrendQuery = {}): Trends {
    return entityTrendTable(this.index, query);
  }

  /** `events --format json`: interaction events with their participants, roles, date and count. */
  events(query: EventQuery & { explain?: boolean } = {}): EventRecord[] {
    return eventRecords(this.corpus, query);
  }

  /** `events --summary --format json`: the ledger of contact, one row per foreign partner. */
  eventSummary(query: EventQuery = {}): PartnerLedger[] {
    return eventLedger(this.corpus, query);
  }

  /** `compare [A] [B] --format json`. */
  compare(query: ComparisonQuery = {}): ComparisonResult {
    return comparison(this.index, query);
  }

  /** `compare [A] [B] --entity E --format json`. */
  partners(entity: string, query: Omit<ComparisonQuery, 'types'> = {}): PartnerComparison {
    return partnerComparison(this.index, entity, query);
  }

  /** `timeline --format json`. */
  timeline(query: TimelineQuery = {}): TimelineRecord[] {
    return timelineRecords(this.corpus, query);
  }

  // Queries that later commands add (events) take their place here, each a function of the corpus in src/api/.
}
