import { entityKey, type ResolvedEntity } from '../extract/resolve.js';
import type { Mention } from '../types.js';
import { compareText } from './entities.js';
import { compareEntities, type EntityRef } from './cooccur.js';
import { unitOf } from './units.js';

export interface TimelineEvent {
  value: string;
  text: string;
  doc: string;
  start: number;
  end: number;
  /** Index of the sentence in its document; the command quotes it. */
  sentence: number;
  entities: EntityRef[];
}

export interface TimelineOptions {
  /** ISO prefixes: `2017`, `2017-05`. */
  from?: string;
  to?: string;
  entity?: (entity: EntityRef) => boolean;
}

/**
 * Every absolute date in chronological order of its ISO value (a year before its months, a month before its days;
 * ties by document and position), with the parties, countries and people of its sentence.
 */
export function timeline(mentions: readonly Mention[], entities: Map<string, ResolvedEntity>, options: TimelineOptions = {}): TimelineEvent[] {
  const bySentence = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.type === 'date') continue;
    const unit = unitOf(m, 'sentence');
    const keys = bySentence.get(unit) ?? new Set<string>();
    keys.add(entityKey(m.type, m.id));
    bySentence.set(unit, keys);
  }
  const events: TimelineEvent[] = [];
  for (const m of mentions) {
    if (m.type !== 'date' || m.kind !== 'name' || !m.value) continue;
    if (options.from && m.value.slice(0, options.from.length) < options.from) continue;
    if (options.to && m.value.slice(0, options.to.length) > options.to) continue;
    const named = [...(bySentence.get(unitOf(m, 'sentence')) ?? [])]
      .map((key) => entities.get(key)!)
      .map(({ type, id, name }) => ({ type, id, name }))
      .sort(compareEntities);
    if (options.entity && !named.some(options.entity)) continue;
    events.push({ value: m.value, text: m.text, doc: m.doc, start: m.start, end: m.end, sentence: m.sentence, entities: named });
  }
  return events.sort((a, b) => compareText(a.value, b.value) || compareText(a.doc, b.doc) || a.start - b.start);
}
