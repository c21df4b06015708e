import type { DocumentMetadata, LocalMention } from '../types.js';
import type { PageMetadata } from './html.js';

const DEBRIS = /^(?:send\s*print|print|send|share|photo:.*|source:.*)$/i;
const PUBLICATION = /\b((?:[A-Z][\w’'-]*\s+){0,4}(?:Review|Journal|Magazine|Newspaper|Bulletin|Gazette|Times|News)\s+No\.\s*\d+\s*\(([^)\n]{3,40})\))/;

interface Line {
  text: string;
  start: number;
}

/**
 * The text's lines that are not blank, trimmed, one at a time: the reviewed year reads them all, and a huge file's
 * 150,000 lines as objects at once were a good part of its peak.
 */
function* eachLine(text: string): Generator<Line> {
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = trimmedLine(text, start, end);
    if (line) yield line;
    start = end + 1;
  }
}

function trimmedLine(text: string, start: number, end: number): Line | undefined {
  const raw = text.slice(start, end);
  const trimmed = raw.trim();
  return trimmed ? { text: trimmed, start: start + raw.indexOf(trimmed) } : undefined;
}

function firstLines(text: string, count: number): Line[] {
  const lines: Line[] = [];
  for (const line of eachLine(text)) if (lines.push(line) === count) break;
  return lines;
}

function lastLines(text: string, count: number): Line[] {
  const lines: Line[] = [];
  for (let end = text.length; lines.length < count; ) {
    const newline = end === 0 ? -1 : text.lastIndexOf('\n', end - 1);
    const line = trimmedLine(text, newline + 1, end);
    if (line) lines.unshift(line);
    if (newline < 0) break;
    end = newline;
  }
  return lines;
}

/** The line a position of the text stands in. */
function lineAround(text: string, at: number): Line | undefined {
  const newline = text.indexOf('\n', at);
  return trimmedLine(text, at === 0 ? 0 : text.lastIndexOf('\n', at - 1) + 1, newline === -1 ? text.length : newline);
}

function linesOf(text: string): Line[] {
  return [...eachLine(text)];
}

const DATE_LINE_WORDS = /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|published|updated|posted|send|print|date|am|pm|gmt|ict)$/i;

/** A header line that only dates the page (`Wednesday, 22/1/2020`, `2/5/2018 15:38' Send Print`, `Published: 29.01.2022`). */
function isDateLine(line: string, dates: readonly LocalMention[], lineStart: number): boolean {
  let rest = '';
  let at = lineStart;
  for (const d of dates.filter((m) => m.start >= lineStart && m.end <= lineStart + line.length)) {
    rest += line.slice(at - lineStart, d.start - lineStart) + ' ';
    at = d.end;
  }
  if (at === lineStart) return false;
  rest += line.slice(at - lineStart);
  return rest
    .split(/[^\p{L}]+/u)
    .filter((word) => word.length > 1)
    .every((word) => DATE_LINE_WORDS.test(word));
}

// How far into a text its opening reaches, and how a review speaks of the year it opened on.
const OPENING = 3000;
const THE_YEAR = /\b(?:[Tt]he|[Tt]his)\s+year\s+(?:began|started|opened|ended|closed|saw|witnessed)\b|\b(?:Throughout|During|Over)\s+the\s+year\b/;

/**
 * The year an article says it reviews: a year in its title (`Party diplomacy in 2021 …`), else in its opening
 * sentence when the text goes on about "the year", else a line that opens `In 2017, …`, else a heading that names one
 * (`… external relations in 2017`).
 */
export function reviewedYear(text: string): number | null {
  const title = titleLine(firstLines(text, TITLE_LINES), []);
  const inTitle = title && /\b(?:in|of|for|during)\s+(1[89]\d\d|20\d\d)\b/i.exec(title.text);
  if (inTitle) return Number(inTitle[1]);
  // A review without a title line opens on the year it reviews and goes on about "the year" ("Leaders visited Vietnam
  // in 2019 … The year began with …").
  const lead = firstLines(text, 1)[0];
  const leadYear = lead && /\b(?:in|of|for|during)\s+(1[89]\d\d|20\d\d)\b/i.exec(lead.text.split(/[.!?](?:\s|$)/)[0]);
  if (leadYear && THE_YEAR.test(text.slice(lead.start, lead.start + OPENING))) return Number(leadYear[1]);
  for (const line of eachLine(text)) {
    const opening = /^(?:In|During|Throughout|Over)\s+(?:the\s+year\s+)?(1[89]\d\d|20\d\d)\s*,/.exec(line.text);
    if (opening) return Number(opening[1]);
  }
  // A heading stands on its own: the line of a text wrapped by hand goes on in lower case on the next one.
  let heading: RegExpExecArray | null = null;
  for (const line of eachLine(text)) {
    if (heading && !/^\p{Ll}/u.test(line.text)) return Number(heading[1]);
    heading = line.text.length < 120 && !/[.;]$/.test(line.text) ? /\bin\s+(1[89]\d\d|20\d\d)$/.exec(line.text) : null;
  }
  return heading ? Number(heading[1]) : null;
}

/** A report or interview that is no annual review is about the year it names most (the later year on a tie). */
function mostNamedYear(dates: readonly LocalMention[]): number | null {
  const counts = new Map<number, number>();
  for (const d of dates) if (d.value && d.kind === 'name') counts.set(Number(d.value.slice(0, 4)), (counts.get(Number(d.value.slice(0, 4))) ?? 0) + 1);
  let best: number | null = null;
  for (const [year, count] of counts) if (best === null || count > counts.get(best)! || (count === counts.get(best)! && year > best)) best = year;
  return best;
}

/**
 * The title: the first line of the page that is not a date, page debris or a byline, if it reads as a title (four
 * words or more, at most 200 characters, not a sentence ending in a full stop: a report that opens at once has none).
 */
const TITLE_LINES = 8;

function titleLine(lines: readonly Line[], dates: readonly LocalMention[]): Line | undefined {
  const first = lines.slice(0, TITLE_LINES).find((line) => {
    if (DEBRIS.test(line.text) || line.text === line.text.toUpperCase() || /^by\s/i.test(line.text)) return false;
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(line.text)) return false;
    return !isDateLine(line.text, dates, line.start) && !/^\d/.test(line.text);
  });
  return first && first.text.split(/\s+/).length >= 4 && first.text.length <= 200 && !first.text.endsWith('.') ? first : undefined;
}

function titleCase(name: string): string {
  return name === name.toUpperCase() ? name.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase()) : name;
}

/**
 * The author: a byline in capitals, else the person whose name opens one of the last three lines when that line is
 * short (a signature, `Hoang Binh QuanMember of …`, or a credit, `(Nguyen Thu Ha, VNA)`).
 */
function author(text: string, people: readonly LocalMention[]): string | null {
  const fullNames = people.filter((p) => !p.rule.startsWith('part-of'));
  const bylineAt = (line: Line) => line.start + (/^by\s/i.test(line.text) ? line.text.indexOf(line.text.slice(2).trim()) : 0);
  const byline = fullNames.find((p) => {
    const line = p.text === p.text.toUpperCase() ? lineAround(text, p.start) : undefined;
    return line !== undefined && bylineAt(line) === p.start;
  });
  if (byline) return titleCase(byline.text);
  for (const line of lastLines(text, 3).filter((l) => l.text.length <= 160)) {
    const signer = fullNames.find((p) => p.start === line.start || (p.start === line.start + 1 && line.text.startsWith('(')));
    if (signer) return titleCase(signer.text);
  }
  return null;
}

/** The publication line (`Communist Review No. 904 (February 2018)`) and the date the recognizer read in it. */
function publication(text: string, dates: readonly LocalMention[]): { publication: string | null; published: string | null } {
  const match = PUBLICATION.exec(text);
  if (!match) return { publication: null, published: null };
  const end = match.index + match[0].length;
  const date = dates.find((d) => d.start >= end - match[2].length - 1 && d.end <= end);
  return { publication: match[1].replace(/\s+/g, ' ').trim(), published: date?.value ?? null };
}

// The date a page carries for itself: a leading ` date 2023-01-05` the page's extraction adds, or a stamp alone at the
// head or foot of the page (`12/4/2019`, `Wednesday, 22/1/2020 15:38`), day first.
const DATE_FIELD = /^\s*date\s+((?:1[89]|20)\d\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])\b/;
const STAMP = /^(?:[A-Z][a-z]+day,?\s*)?([0-3]?\d)[/.]([01]?\d)[/.]((?:1[89]|20)\d\d)(?:$|[\s,'’|])/;
// North Korean pages date themselves by the Juche calendar, year 1 being 1912 (`www.kcna.kp (Juche113.3.29.)`).
const JUCHE_STAMP = /\bJuche\s?(\d{2,3})\.([01]?\d)\.([0-3]?\d)\b/;
const JUCHE_EPOCH = 1911;

/** The page's own date (`YYYY-MM-DD`), if it gives one. */
export function pageDate(text: string): string | null {
  const field = DATE_FIELD.exec(text);
  if (field) return `${field[1]}-${field[2]}-${field[3]}`;
  // Only the head and the foot of the page are read: a huge file is not split into lines for its stamp.
  const edge = 2000;
  const lines = text.length <= 2 * edge ? linesOf(text) : [...linesOf(text.slice(0, edge)).slice(0, -1), ...linesOf(text.slice(-edge)).slice(1)];
  for (const line of [...lines.slice(0, 6), ...lines.slice(-3)]) {
    const stamp = STAMP.exec(line.text);
    const juche = stamp ? null : JUCHE_STAMP.exec(line.text);
    if (!stamp && !juche) continue;
    const [day, month, year] = stamp ? [Number(stamp[1]), Number(stamp[2]), Number(stamp[3])] : [Number(juche![3]), Number(juche![2]), JUCHE_EPOCH + Number(juche![1])];
    if (day >= 1 && day <= 31 && month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  }
  return null;
}

/**
 * A document's metadata. `statedYear` is the year the text says it reviews (`reviewedYear`); failing that, a report
 * or interview is about the year it names most. A saved page's own metadata comes before what the text suggests.
 */
export function describe(text: string, mentions: readonly LocalMention[], statedYear: number | null, page: PageMetadata = {}): DocumentMetadata {
  const lines = firstLines(text, TITLE_LINES);
  const dates = mentions.filter((m) => m.type === 'date' && m.kind === 'name');
  const people = mentions.filter((m) => m.type === 'person');
  const { publication: line, published } = publication(text, dates);
  // A page's own date: a line that is only a date, or a wire report's dateline ("HANOI, Nov. 28, 2018 - …").
  const headerLines = lines.slice(0, 4);
  const headerDate = dates.find(
    (d) =>
      d.value?.length === 10 &&
      headerLines.some((line) => d.start >= line.start && d.end <= line.start + line.text.length && (isDateLine(line.text, dates, line.start) || /^\s*[-–—]/.test(text.slice(d.end, d.end + 3)))),
  );
  return {
    title: page.title ?? titleLine(lines, dates)?.text.replace(DATE_FIELD, '').replace(/\s+/g, ' ').trim() ?? null,
    author: page.author ?? author(text, people),
    publication: page.publication ?? line,
    published: page.published ?? published ?? headerDate?.value ?? pageDate(text),
    year: statedYear ?? mostNamedYear(dates),
  };
}
