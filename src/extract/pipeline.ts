import { describe, reviewedYear } from '../corpus/metadata.js';
import type { ExtractedDocument, LocalMention, Span } from '../types.js';
import { loadKnowledge } from './knowledge/index.js';
import { analyse, loadNlp } from './nlp.js';
import { recognizeCountries } from './recognizers/countries.js';
import { recognizeDates } from './recognizers/dates.js';
import { recognizeParties } from './recognizers/parties.js';
import { recognizePeople } from './recognizers/people.js';
import { SpanIndex } from './recognizers/spans.js';
import { tokenize } from './tokenize.js';

/** The entity mentions of one text, in order, with at most one mention covering any character. */
export function recognize(text: string, year: number | null): LocalMention[] {
  const knowledge = loadKnowledge();
  const tokens = tokenize(text, knowledge.gluedSuffixes);
  const allCountries = recognizeCountries(text, tokens, knowledge);
  const parties = recognizeParties(text, tokens, knowledge, allCountries);
  const partyNames = parties.filter((p) => p.kind !== 'reference');
  // A country named inside a party's name is an attribute of the party, not a mention of its own.
  const inParty = new SpanIndex(partyNames);
  const countries = allCountries.filter((c) => !inParty.overlaps(c));
  const people = recognizePeople(text, tokens, knowledge, [...partyNames, ...countries]);
  const dates = recognizeDates(text, tokens, knowledge, year);
  const named = [...parties, ...countries, ...people];
  const inName = new SpanIndex(named);
  const freeDates = dates.filter((d) => !inName.overlaps(d));
  return [...named, ...freeDates].sort((a, b) => a.start - b.start || b.end - a.end);
}

export async function extractDocument(doc: string, text: string): Promise<ExtractedDocument> {
  // The reviewed year as the text states it resolves relative dates; failing that, the year the text names most.
  const statedYear = reviewedYear(text);
  const mentions = recognize(text, statedYear);
  const { sentences, wordTokens } = analyse(await loadNlp(), text);
  return {
    doc,
    metadata: describe(text, mentions),
    tokens: wordTokens,
    sentences,
    paragraphs: paragraphsOf(text),
    mentions,
  };
}

/** Paragraphs are blocks of text between blank lines, or lines where a text has no blank lines. */
export function paragraphsOf(text: string): Span[] {
  const separator = /\n[ \t\r\u00a0]*\n/.test(text) ? /\n(?:[ \t\r\u00a0]*\n)+/g : /\n+/g;
  const paragraphs: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(separator)) {
    if (text.slice(start, match.index).trim()) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (text.slice(start).trim()) paragraphs.push({ start, end: text.length });
  return paragraphs;
}
