import type { PageMetadata } from '../corpus/html.js';
import { describe, pageDate, reviewedYear } from '../corpus/metadata.js';
import type { ExtractedDocument, LocalMention, Span } from '../types.js';
import { loadKnowledge } from './knowledge/index.js';
import { recognizeCountries } from './recognizers/countries.js';
import { anniversaryYear } from './recognizers/anniversaries.js';
import { congressYears } from './recognizers/congresses.js';
import { officeMonths } from './recognizers/offices.js';
import { recognizeDates } from './recognizers/dates.js';
import { recognizeParties } from './recognizers/parties.js';
import { recognizePeople } from './recognizers/people.js';
import { SpanIndex } from './recognizers/spans.js';
import { chunks } from '../text/chunks.js';
import { tokenize } from './tokenize.js';

// Recognition holds every token of what it reads; a huge file is read a piece at a time. Names are linked within
// a piece (a later "Quan" to "Hoang Binh Quan", a learned acronym), which no article of this kind outgrows.
const CHUNK_CHARS = 200_000;

/** The entity mentions of one text, in order, with at most one mention covering any character. */
export function recognize(text: string, year: number | null, published?: string | null): LocalMention[] {
  if (text.length <= CHUNK_CHARS) return recognizeChunk(text, year, pageYearOf(text, published));
  const mentions: LocalMention[] = [];
  for (const piece of recognizePieces(text, year, published)) for (const m of piece) mentions.push(m);
  return mentions;
}

/** The mentions `recognize` finds, a piece of the text at a time (offsets in the whole text), so that a huge file's are never all objects at once. */
export function* recognizePieces(text: string, year: number | null, published?: string | null): Generator<LocalMention[]> {
  const pageYear = pageYearOf(text, published);
  for (const { start, end } of chunks(text, CHUNK_CHARS)) {
    yield recognizeChunk(text.slice(start, end), year, pageYear).map((m) => ({ ...m, start: m.start + start, end: m.end + start }));
  }
}

// A saved page's own publication date comes before a date the text carries for itself.
const pageYearOf = (text: string, published: string | null | undefined) => Number(/^\d{4}/.exec(published ?? pageDate(text) ?? '')?.[0]) || null;

function recognizeChunk(text: string, year: number | null, pageYear: number | null): LocalMention[] {
  const knowledge = loadKnowledge();
  const tokens = tokenize(text, knowledge.gluedSuffixes, knowledge.gluedAcronyms);
  const allCountries = recognizeCountries(text, tokens, knowledge);
  const parties = recognizeParties(text, tokens, knowledge, allCountries);
  // "the Lao Party" refers to a party without naming it, but "Lao" in it is no mention of its own either.
  const partyNames = parties.filter((p) => p.kind !== 'reference' || p.rule.startsWith('country-party:'));
  // A country named inside a party's name is an attribute of the party, not a mention of its own.
  const inParty = new SpanIndex(partyNames);
  const countries = allCountries.filter((c) => !inParty.overlaps(c));
  const people = recognizePeople(text, tokens, knowledge, [...partyNames, ...countries]);
  const congresses = congressYears(tokens, partyNames, allCountries, knowledge);
  const celebration = anniversaryYear(tokens, [...partyNames, ...allCountries, ...people].sort((a, b) => a.start - b.start), knowledge);
  const dates = recognizeDates(text, tokens, knowledge, year, pageYear, congresses, celebration, () => officeMonths(text, people, knowledge));
  const named = [...parties, ...countries, ...people];
  const inName = new SpanIndex(named);
  const freeDates = dates.filter((d) => !inName.overlaps(d));
  return [...named, ...freeDates].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Everything extraction finds in a document but what needs wink-nlp's sentences: made without loading the NLP model. */
export type Recognized = Omit<ExtractedDocument, 'tokens' | 'sentences' | 'events'>;

export function recognizeDocument(doc: string, text: string, page?: PageMetadata): Recognized {
  // The reviewed year as the text states it resolves relative dates; failing that, the year the text names most.
  const statedYear = reviewedYear(text);
  const mentions = recognize(text, statedYear, page?.published);
  return { doc, metadata: describe(text, mentions, statedYear, page), paragraphs: paragraphsOf(text), mentions };
}

/**
 * Paragraphs are blocks of text between blank lines, or lines where a text has no blank line between two lines of
 * text: blank lines before the first line or after the last (a final newline) separate nothing.
 */
export function paragraphsOf(text: string): Span[] {
  const lines: Span[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lines.push({ start, end });
    start = end + 1;
  }
  const blank = (line: Span) => text.slice(line.start, line.end).trim() === '';
  const textLines = lines.flatMap((line, i) => (blank(line) ? [] : [i]));
  const byBlankLines = lines.some((line, i) => i > textLines[0] && i < textLines[textLines.length - 1] && blank(line));
  const paragraphs: Span[] = [];
  lines.forEach((line, i) => {
    if (blank(line)) return;
    const last = paragraphs[paragraphs.length - 1];
    // Without blank lines every line is a paragraph; with them, adjacent lines join.
    if (byBlankLines && last && i > 0 && last.end === lines[i - 1].end) last.end = line.end;
    else paragraphs.push({ ...line });
  });
  return paragraphs;
}
