import type { Knowledge } from '../knowledge/index.js';
import type { Token } from '../tokenize.js';
import type { LocalMention } from '../../types.js';
import { MONTHS_AND_DAYS } from './dates.js';
import { SHORT_FORM, shortForms } from '../short-forms.js';
import { firstStartingAt, SpanIndex } from './spans.js';

/** A run of capitalised words that could be a name: token indexes of its first and one-past-last tokens. */
interface Run {
  first: number;
  last: number;
  /** Indexes of the name's words (not hyphens, dots or particles). */
  words: number[];
}

interface Accepted {
  run: Run;
  key: string;
  rule: string;
  role?: string;
  country?: string;
}

// The small words of a title, in English and as Spanish and Portuguese titles write them ("Secretário para as
// Relações Internacionais", "Jefe del Departamento de Relaciones Internacionales").
const CONNECTORS = new Set(['of', 'the', 'for', 'and', 'on', 'in', 'to', 'its', 'his', 'her', 'their', 'de', 'del', 'da', 'do', 'das', 'dos', 'para', 'la', 'las', 'los', 'el', 'as', 'os', 'y', 'e']);
const BRACKETS_AND_DASHES = new Set(["'s", "'", '-', '–', '—', '(', ')']);
const MAX_WINDOW = 20;
const MAX_NAME_WORDS = 5;

/**
 * People, recognised by the shape and context of their names rather than from a list: a run of 2 to 5 capitalised
 * words (initials, hyphenated and accented words, particles such as `da`, a suffix such as `III`) is a name when a
 * title or role or a phrase such as `led by` comes before it, a role or a speech verb after it, when it is listed
 * with a name already found, when it has the shape of a Vietnamese name, when it is a byline in capitals, or when
 * the knowledge base knows it. A name once found is found again wherever it recurs, and a later mention by one part
 * of it (`Quan said`) is linked to it.
 */
export function recognizePeople(
  text: string,
  tokens: readonly Token[],
  knowledge: Knowledge,
  others: readonly LocalMention[],
): LocalMention[] {
  const named = [...others].sort((a, b) => a.start - b.start);
  const taken = new SpanIndex(named.filter((m) => m.kind !== 'demonym'));
  const demonyms = new SpanIndex(named.filter((m) => m.kind === 'demonym'));
  const runs = findRuns(tokens, knowledge, taken, demonyms);
  const accepted: Accepted[] = [];
  const rejected: Run[] = [];
  for (const run of runs) {
    // Longer runs of capitalised words are headings or lists, not a name.
    if (run.words.length > MAX_NAME_WORDS || (!namesAnAdministration(tokens, run, knowledge) && blockedAfter(tokens, run, knowledge)) || endsInAVenue(tokens, run, knowledge)) continue;
    if (isPlace(tokens, run, knowledge)) {
      // A place's name that is a syllable of a Vietnamese name may stand for the person as a clause's subject
      // before a verb ("Hue also paid calls" after "Vuong Dinh Hue", not "the visit to Hue was"): linked only if a
      // name of the text ends in it.
      const before = tokens[run.first - 1];
      const subject = !before || !before.isWord || before.upper;
      if (run.words.length === 1 && subject && verbFollows(tokens, run.first, knowledge)) rejected.push(run);
      continue;
    }
    const found = judge(tokens, run, knowledge, named);
    if (found) accepted.push(found);
    else rejected.push(run);
  }
  accepted.push(...coordinated(tokens, rejected, accepted, knowledge));
  const inRuns = new SpanIndex(runs.map((run) => ({ start: tokens[run.first].start, end: tokens[run.last - 1].end })));
  const listed = new Set(accepted.map((a) => a.run));
  accepted.push(...namedByAPartLater(tokens, rejected.filter((run) => !listed.has(run)), accepted, knowledge));
  const acceptedRuns = new Set(accepted.map((a) => a.run));
  const remaining = rejected.filter((run) => !acceptedRuns.has(run));
  accepted.push(...recurrences(tokens, [...remaining, ...syllablesThatAreWords(tokens, knowledge, taken, inRuns)], accepted, knowledge, named));
  return linkedToLongerNames(tokens, accepted, knowledge)
    .sort((a, b) => a.run.first - b.run.first)
    .map(({ run, key, rule, role, country }) => {
      const start = tokens[run.first].start;
      const end = tokens[run.last - 1].end;
      return { type: 'person' as const, kind: 'name' as const, start, end, text: text.slice(start, end), key, rule, role, country };
    });
}

function isNameWord(t: Token, knowledge: Knowledge, allCapsLine: boolean): boolean {
  if (!t.isWord || !t.upper) return false;
  if (t.allCaps && !allCapsLine) return false;
  // Words of an organ are none ("Party Leaders Nguyen Van Thanh and …", "the Ho Chi Minh Municipal People's Committee"),
  // nor titles in the plural ("Presidents Ana Lima and …").
  return !knowledge.institutionWords.has(t.fold) && !knowledge.organWords.has(t.fold) && !knowledge.titleWords.has(t.fold) && !MONTHS_AND_DAYS.has(t.fold) && !isPluralTitle(t.fold, knowledge);
}

function isPluralTitle(word: string, knowledge: Knowledge): boolean {
  if (word.length < 5 || !word.endsWith('s')) return false;
  return knowledge.titleWords.has(word.slice(0, -1)) || (word.endsWith('ies') && knowledge.titleWords.has(word.slice(0, -3) + 'y'));
}

function findRuns(tokens: readonly Token[], knowledge: Knowledge, taken: SpanIndex, demonyms: SpanIndex): Run[] {
  const allCapsLines = linesInCapitals(tokens, knowledge);
  const runs: Run[] = [];
  let i = 0;
  while (i < tokens.length) {
    const abbreviation = tokens[i + 1]?.text === '.' ? knowledge.titleAbbreviations.longestAt(tokens, i) : undefined;
    if (abbreviation) {
      i = abbreviation.last;
      continue;
    }
    // A title of several words opens no name, though its first word may be a name's ("Tan Sri Ana Lima").
    const title = knowledge.titlePhrases.longestAt(tokens, i);
    if (title && title.last - i > 1) {
      i = title.last;
      continue;
    }
    // A demonym opens no name ("Cuban President"), though a Vietnamese name may hold one ("Nguyen Thai Hoc"); every
    // first word of a name (initials, name words, syllables) is capitalized, and most words are not.
    const run = !tokens[i].upper || demonyms.overlaps(tokens[i]) ? undefined : runAt(tokens, i, knowledge, taken, allCapsLines);
    if (run) {
      runs.push(run);
      i = run.last;
    } else i++;
  }
  return runs;
}

function runAt(tokens: readonly Token[], i: number, knowledge: Knowledge, taken: SpanIndex, allCapsLines: Set<number>): Run | undefined {
  const words: number[] = [];
  let j = i;
  let last = i;
  while (j < tokens.length) {
    const t = tokens[j];
    if (words.length > 0 && (t.lineBefore || (!t.spaceBefore && !joinsPrevious(tokens, j) && !afterInitial(tokens, j)))) break;
    if (taken.overlaps(t)) break;
    if (isInitial(tokens, j) || (words.length === 0 && isCapitalInitials(tokens, j, knowledge)) || isBareInitial(tokens, j, knowledge, words)) {
      words.push(j);
      j += tokens[j + 1]?.text === '.' && !tokens[j + 1].spaceBefore ? 2 : 1;
      last = j;
      continue;
    }
    if (words.length === 0 && opensWithAGerund(tokens, j)) break;
    if (isNameWord(t, knowledge, allCapsLines.has(j)) || opensVietnameseName(tokens, j, knowledge, words.length) || syllableThatIsAWord(tokens, j, knowledge, words)) {
      words.push(j);
      j++;
      // Hyphenated names (Díaz-Canel, Kim Jong-un, Chan-o-cha) are one word of the name.
      while (tokens[j]?.text === '-' && !tokens[j].spaceBefore && tokens[j + 1] && !tokens[j + 1].spaceBefore && (tokens[j + 1].upper || lowerSyllable(tokens[j + 1])) && tokens[j + 1].isWord) j += 2;
      last = j;
      continue;
    }
    // Particles, one or two in a row, before a name word: "Ana da Silva", "Juan de la Vega", "Pieter van der Berg".
    const particles = particlesAt(tokens, j, knowledge);
    if (words.length > 0 && particles > 0 && tokens[j + particles] && isNameWord(tokens[j + particles], knowledge, false)) {
      j += particles;
      continue;
    }
    // An Arabic article joined to the name by a hyphen ("Bassam al-Salhi", "Ahmad el-Masri"): the name word after it
    // is read as a hyphenated part of the name.
    if (words.length > 0 && hyphenedParticle(tokens, j, knowledge)) {
      j += 2;
      continue;
    }
    // "Vicente Sotto III", "Martin Luther King Jr.": a generational suffix ends a name.
    if (words.length > 1 && knowledge.nameSuffixes.has(t.text)) last = tokens[j + 1]?.text === '.' && !tokens[j + 1].spaceBefore && t.text.length === 2 ? j + 2 : j + 1;
    break;
  }
  if (words.length === 0) return undefined;
  return { first: words[0], last, words };
}

/** How many name particles stand in a row from token `j`, on one line, spaced as words: none, one or two. */
function particlesAt(tokens: readonly Token[], j: number, knowledge: Knowledge): number {
  let count = 0;
  while (count < 2 && tokens[j + count] && knowledge.nameParticles.has(tokens[j + count].text) && tokens[j + count].spaceBefore && !tokens[j + count].lineBefore) count++;
  return count;
}

/**
 * A sentence that opens with a verb's -ing form before a name ("Congratulating Saito on …", "Thanking Shii for …"):
 * the verb is no word of the name after it. Short words are left to names ("Ding Xuexiang"), and so is a family name
 * of that ending standing alone ("Manning said").
 */
function opensWithAGerund(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  const beforeAName = next !== undefined && next.spaceBefore && !next.lineBefore && next.upper;
  return beforeAName && t.text.length >= 7 && t.fold.endsWith('ing') && !t.allCaps && (j === 0 || t.lineBefore || SENTENCE_OPENERS.has(tokens[j - 1].text));
}

const SENTENCE_OPENERS = new Set(['.', '!', '?', '"', '“', ':', ';']);

/** Some Vietnamese family names are English words too ("To Lam", "Ha Kim Ngoc"): they open a name before another name word. */
function opensVietnameseName(tokens: readonly Token[], j: number, knowledge: Knowledge, wordsSoFar: number): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return (
    wordsSoFar === 0 &&
    t.upper &&
    !t.allCaps &&
    knowledge.vietnameseSurnames.has(t.fold) &&
    next !== undefined &&
    next.spaceBefore &&
    !next.lineBefore &&
    isNameWord(next, knowledge, false)
  );
}

/**
 * A name may hold a syllable that is an English word too: at its end after two words ("Nguyen Van The", "Men Sam
 * An": an article is capitalised only where a sentence starts), inside a Vietnamese name ("Dinh The Huynh").
 */
function syllableThatIsAWord(tokens: readonly Token[], j: number, knowledge: Knowledge, words: readonly number[]): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  // In the middle ("Dinh The Huynh") a name word follows it.
  const inside = words.length === 1 && next !== undefined && next.spaceBefore && !next.lineBefore && isNameWord(next, knowledge, false);
  return (
    (words.length >= 2 || (inside && knowledge.vietnameseSurnames.has(tokens[words[0]].fold))) &&
    words.length < 4 &&
    t.upper &&
    !t.allCaps &&
    t.spaceBefore &&
    knowledge.vietnameseSyllables.has(t.fold)
  );
}

/**
 * A short syllable in lower case after a hyphen, as Korean and Thai names write them ("Moon Jae-in", "Chan-o-cha"),
 * not the English words that make an adjective of a name ("Lima-led", "Hanoi-born").
 */
function lowerSyllable(t: Token): boolean {
  return !t.upper && /^\p{Ll}{1,4}$/u.test(t.text) && !HYPHENED_ADJECTIVE_ENDS.has(t.fold);
}

const HYPHENED_ADJECTIVE_ENDS = new Set(['born', 'led', 'run', 'made', 'era', 'type', 'like', 'wide', 'long', 'held', 'free', 'only', 'up', 'old', 'year', 'day', 'way']);

function hyphenedParticle(tokens: readonly Token[], j: number, knowledge: Knowledge): boolean {
  const [particle, hyphen, word] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  return (
    knowledge.nameParticles.has(particle.text) &&
    !particle.upper &&
    particle.spaceBefore &&
    hyphen?.text === '-' &&
    !hyphen.spaceBefore &&
    word !== undefined &&
    !word.spaceBefore &&
    isNameWord(word, knowledge, false)
  );
}

function joinsPrevious(tokens: readonly Token[], j: number): boolean {
  return tokens[j].text === '-' || tokens[j - 1]?.text === '-';
}

/** "K.B. Zhumasev", "R.Arun Kumar": the word after an initial's dot may follow it without a space. */
function afterInitial(tokens: readonly Token[], j: number): boolean {
  const initial = tokens[j - 2];
  return tokens[j - 1]?.text === '.' && initial !== undefined && initial.isWord && isInitialLetter(initial);
}

/** Two initials written as one word before a name ("CS Sujatha", "KB Zhummasey"), not a title such as "PM". */
function isCapitalInitials(tokens: readonly Token[], j: number, knowledge: Knowledge): boolean {
  const t = tokens[j];
  const next = tokens[j + 1];
  return (
    t.allCaps &&
    t.text.length === 2 &&
    !knowledge.titleWords.has(t.fold) &&
    next !== undefined &&
    !knowledge.vietnameseSurnames.has(next.fold) &&
    next.spaceBefore &&
    !next.lineBefore &&
    !next.allCaps &&
    isNameWord(next, knowledge, false)
  );
}

/**
 * Initials written without dots, each a word ("A B Bardhan", "M K Pandhe"): two or more before a name word, so that
 * an article that opens a sentence ("A Cuban delegation") is none.
 */
function isBareInitial(tokens: readonly Token[], j: number, knowledge: Knowledge, words: readonly number[]): boolean {
  const letter = (t: Token | undefined) => t !== undefined && t.isWord && t.text.length === 1 && t.upper;
  const bare = (t: Token | undefined) => letter(t) && t!.spaceBefore && !t!.lineBefore;
  const next = tokens[j + 1];
  if (!letter(tokens[j]) || !next?.spaceBefore || next.lineBefore) return false;
  const nameWord = (k: number) => tokens[k] !== undefined && tokens[k].spaceBefore && !tokens[k].lineBefore && isNameWord(tokens[k], knowledge, false);
  if (bare(next)) return nameWord(j + 2) || (bare(tokens[j + 2]) && nameWord(j + 3));
  return words.length > 0 && tokens[words[words.length - 1]].text.length === 1 && nameWord(j + 1);
}

function isInitial(tokens: readonly Token[], j: number): boolean {
  const t = tokens[j];
  return t.isWord && isInitialLetter(t) && tokens[j + 1]?.text === '.' && !tokens[j + 1].spaceBefore && Boolean(tokens[j + 2]?.upper);
}

/** A letter that stands for a name: one capital, or a Mongolian initial written with two letters ("Ts.Tsolmon", "Kh.Nyam"). */
function isInitialLetter(t: Token): boolean {
  return (t.text.length === 1 && t.upper) || MONGOLIAN_DIGRAPHS.has(t.text);
}

const MONGOLIAN_DIGRAPHS = new Set(['Ts', 'Ch', 'Sh', 'Kh', 'Zh', 'Ya', 'Yu', 'Ye', 'Yo']);

function linesInCapitals(tokens: readonly Token[], knowledge: Knowledge): Set<number> {
  const result = new Set<number>();
  // A byline or signature stands at the head of a text, before its first paragraph, or at its foot, after its last;
  // a line in capitals between paragraphs is a section's heading ("SIGNIFICANT PRESENCE").
  const found: { line: number; head: boolean; first: number; end: number }[] = [];
  let line = 0;
  let lastParagraph = -1;
  let lineStart = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i === tokens.length || (i > 0 && tokens[i].lineBefore)) {
      // A byline or a signature: two to four words in capitals (five with a particle: "ANA MARIA DE LA CRUZ") that
      // open their line, alone or after "By" or a title ("DR. LE HOAI TRUNG"), and end it or a part of it ("JOHN
      // SMITHSON, General Secretary", "By THABO NKOSI | 12 May 2021"; not a headline's "STRONG TIES, DEEP ROOTS").
      let first = tokens[lineStart]?.fold === 'by' && !tokens[lineStart].allCaps ? lineStart + 1 : lineStart;
      while (first < i - 2 && knowledge.titleWords.has(tokens[first].fold) && tokens[first + 1].text === '.') first += 2;
      let end = first;
      while (end < i && tokens[end].allCaps && tokens[end].isWord) end++;
      const words = end - first;
      const particles = tokens.slice(first, end).filter((t) => knowledge.nameParticles.has(t.fold)).length;
      const closed = end === i || (BYLINE_ENDS.has(tokens[end].text) && end + 1 < i && !tokens[end + 1].allCaps);
      if (closed && words >= 2 && words - particles <= 4 && particles < words - 1) found.push({ line, head: lastParagraph < 0, first, end });
      if (isParagraph(tokens, lineStart, i)) lastParagraph = line;
      lineStart = i;
      line++;
    }
  }
  for (const byline of found) {
    if (byline.head || byline.line > lastParagraph || signedWithARole(tokens, byline, knowledge)) for (let k = byline.first; k < byline.end; k++) result.add(k);
  }
  return result;
}

/**
 * A name in capitals between paragraphs that the knowledge base knows, or whose next line opens with a title ("LE
 * HOAI TRUNG\nMember of the Party Central Committee"), signs the part of the page above it (pages that hold several
 * articles).
 */
function signedWithARole(tokens: readonly Token[], byline: { first: number; end: number }, knowledge: Knowledge): boolean {
  const next = tokens[byline.end];
  if (next?.lineBefore && knowledge.titleWords.has(next.fold)) return true;
  const key = tokens
    .slice(byline.first, byline.end)
    .map((t) => t.fold)
    .join(' ');
  return knowledge.peopleByKey.has(key);
}

// A line of so many tokens that ends a sentence is a paragraph of the body; a long headline ends none.
const PARAGRAPH_TOKENS = 25;
const SENTENCE_END = /^[.!?"”’)]$/;

function isParagraph(tokens: readonly Token[], first: number, end: number): boolean {
  return end - first >= PARAGRAPH_TOKENS && SENTENCE_END.test(tokens[end - 1].text);
}

// What may follow a byline on its line: the author's role or the date after a comma, a bar or a dash.
const BYLINE_ENDS = new Set([',', '|', '–', '—', '-']);

const PLACE_LEVELS = new Set(['central', 'provincial', 'municipal', 'city', 'district', 'political']);

/**
 * A name followed by a place, prize, organ or institution word is that thing's name ("Ho Chi Minh City"), also when
 * words of an institution's name come between ("Ho Chi Minh National Academy of Politics").
 */
function blockedAfter(tokens: readonly Token[], run: Run, knowledge: Knowledge): boolean {
  for (let k = run.last; k < run.last + 4 && k < tokens.length; k++) {
    const next = tokens[k];
    if (next.lineBefore || !next.isWord || (k > run.last && !next.upper)) return false;
    // "Ana Lima Ruiz Organization Secretary of …": an organ's word that makes a title with the next is no name's end.
    // (Not a place's organ: "Quang Ninh Provincial Secretary X" names the province, not X.)
    if (k === run.last && knowledge.organWords.has(next.fold) && !PLACE_LEVELS.has(next.fold) && titleWordAt(tokens, k + 1, knowledge) && !isPlace(tokens, run, knowledge)) return false;
    if (knowledge.nameBlockersAfter.has(next.fold) || knowledge.organWords.has(next.fold)) return true;
    if (!next.upper || !knowledge.institutionWords.has(next.fold)) return false;
  }
  return false;
}

function titleWordAt(tokens: readonly Token[], k: number, knowledge: Knowledge): boolean {
  const t = tokens[k];
  return t !== undefined && t.upper && t.spaceBefore && !t.lineBefore && knowledge.titleWords.has(t.fold);
}

/**
 * A name that ends in a venue word is the building or site ("Akasaka Palace"), one that ends as a newspaper or sea
 * does is that ("China Daily"); one that opens with a venue word in a language that puts it first is a building,
 * often standing for the ministry it houses ("Wisma Putra said").
 */
function endsInAVenue(tokens: readonly Token[], run: Run, knowledge: Knowledge): boolean {
  if (run.words.length < 2) return false;
  const last = tokens[run.words[run.words.length - 1]].fold;
  const venue = knowledge.venueWords.has(last) || knowledge.notCountryAfter.has(last) || knowledge.venueWordsBefore.has(tokens[run.words[0]].fold);
  return venue && !knowledge.peopleByKey.has(personKey(tokens, run));
}

function isPlace(tokens: readonly Token[], run: Run, knowledge: Knowledge): boolean {
  const match = knowledge.places.longestAt(tokens, run.first);
  return Boolean(match && match.last >= run.last);
}

function judge(tokens: readonly Token[], run: Run, knowledge: Knowledge, named: readonly LocalMention[]): Accepted | undefined {
  const words = run.words.map((w) => tokens[w]);
  const key = personKey(tokens, run);
  const known = knowledge.peopleByKey.get(key);
  const before = titleBefore(tokens, run, knowledge, named);
  const base = { run, key: known ? known.id : key, country: known?.country ?? before?.country, role: before?.role };
  if (known) return { ...base, rule: `people:${known.id}` };
  if (namesAnAdministration(tokens, run, knowledge)) return { ...base, rule: 'administration' };
  // Initials alone are an organ's ("the C.C., Workers' Party of Korea"), not a person's name.
  if (words.length < 2 || words.every((w) => w.text.length === 1)) return undefined;
  if (before) return { ...base, rule: `title-before:${before.role}` };
  const context = contextBefore(tokens, run, knowledge);
  if (context) return { ...base, rule: `after-phrase:${context}` };
  const after = titleOrVerbAfter(tokens, run, knowledge);
  if (after) return { ...base, rule: `after:${after}` };
  if (isPhotoCredit(tokens, run)) return { ...base, rule: 'photo-credit' };
  if (afterARoleInAParty(tokens, run, named)) return { ...base, rule: 'after-role-in-party' };
  if (words.every((w) => w.allCaps)) return { ...base, rule: 'byline' };
  const by = tokens[run.first - 1];
  // The byline may run into the dateline's city in capitals: "By Ana Lima Pereira BEIJING (Reuters) –".
  // (`… Party School By Francis Tsawayo WINDHOEK`: a headline run into its byline and dateline.)
  const bylineOpens = by?.fold === 'by' && (by.lineBefore || run.first === 1 || (by.text === 'By' && tokens[run.last]?.allCaps === true && tokens[run.last].isWord));
  if (bylineOpens && (!tokens[run.last]?.isWord || tokens[run.last].allCaps || tokens[run.last].lineBefore)) return { ...base, rule: 'byline' };
  if (bylineUnderHeadline(tokens, run) || signatureAtFoot(tokens, run)) return { ...base, rule: 'byline' };
  if (vietnameseShape(words, knowledge)) return { ...base, country: 'VN', rule: 'vietnamese-name' };
  if (chineseShape(words, knowledge)) return { ...base, rule: 'chinese-name' };
  if (khmerShape(words, knowledge)) return { ...base, country: 'KH', rule: 'khmer-name' };
  return undefined;
}

/** `the Biden administration`: a government named by its leader, by one word as often as by two. */
function namesAnAdministration(tokens: readonly Token[], run: Run, knowledge: Knowledge): boolean {
  const words = run.words.map((w) => tokens[w]);
  // (Not `the Transitional administration`, `the Federal administration`: words that qualify a government.)
  return tokens[run.first - 1]?.fold === 'the' && tokens[run.last]?.fold === 'administration' && words.length <= 2 && words.every((w) => w.text.length > 2 && !w.allCaps && !knowledge.governmentQualifiers.has(w.fold));
}

// How far into a text a headline and its byline stand.
const HEAD_TOKENS = 200;
const HEADLINE_TOKENS = 4;

/**
 * A byline in title case on a line of its own under the headline, before the first paragraph ("Ninth Congress Looks
 * To Future With Optimism\nAna Lima Pereira\nHELD at …"), the body's first paragraph right under it: a site's menu
 * of short lines under a long one ("About Us Go to Home\nGo Top\nWorld") is no byline.
 */
function bylineUnderHeadline(tokens: readonly Token[], run: Run): boolean {
  if (run.last > HEAD_TOKENS || run.words.length > 4 || !tokens[run.first].lineBefore || (run.last < tokens.length && !tokens[run.last].lineBefore)) return false;
  if (!tokens[run.first - 1]?.isWord) return false;
  let lineStart = run.first - 1;
  while (lineStart > 0 && !tokens[lineStart].lineBefore) lineStart--;
  if (run.first - lineStart < HEADLINE_TOKENS) return false;
  // No paragraph before the headline: the head of the text, where its title and byline stand.
  for (let k = lineStart - 1, lineEnd = lineStart; k >= 0; k--) {
    if (k > 0 && !tokens[k].lineBefore) continue;
    if (isParagraph(tokens, k, lineEnd)) return false;
    lineEnd = k;
  }
  return bodyFollows(tokens, run.last);
}

/** Whether the body's first paragraph opens on the line at `at` or on the one after (a dateline's date between). */
function bodyFollows(tokens: readonly Token[], at: number): boolean {
  for (let line = 0, first = at; line < 2 && first < tokens.length; line++) {
    let end = first + 1;
    while (end < tokens.length && !tokens[end].lineBefore) end++;
    if (isParagraph(tokens, first, end)) return true;
    first = end;
  }
  return false;
}

const FUNCTION_WORDS = new Set(['and', 'to', 'with', 'for', 'of', 'in', 'on', 'at', 'the', 'from', 'as', 'by', 'or']);
const LONGEST_LINE = 60;

/**
 * Whether a token stands in a headline in title case, where verbs are capitalised too ("Modi And Vietnam's President
 * Unite: What's Next For …"): a function word inside the line is capitalised.
 */
function inTitleCaseLine(tokens: readonly Token[], at: number): boolean {
  let first = at;
  while (first > 0 && at - first < LONGEST_LINE && !tokens[first].lineBefore) first--;
  for (let k = first + 1; k < tokens.length && k - first < 2 * LONGEST_LINE && !tokens[k].lineBefore; k++) {
    const t = tokens[k];
    if (t.upper && !t.allCaps && FUNCTION_WORDS.has(t.fold) && !/[.!?:"“]/.test(tokens[k - 1].text)) return true;
  }
  return false;
}

/** A name alone on the text's last line, its author's signature ("… in 1998.\nE.Altanzul"). */
function signatureAtFoot(tokens: readonly Token[], run: Run): boolean {
  const rest = tokens.length - run.last;
  return tokens[run.first].lineBefore && (rest === 0 || (rest === 1 && tokens[run.last].text === '.'));
}

/** The identity of a name: its words folded, without dots or hyphens, so `Díaz-Canel` and `Diaz Canel` meet. */
export function personKey(tokens: readonly Token[], run: Run): string {
  return tokens
    .slice(run.first, run.last)
    .filter((t) => t.isWord)
    .map((t) => t.fold)
    .join(' ');
}

function titleBefore(
  tokens: readonly Token[],
  run: Run,
  knowledge: Knowledge,
  named: readonly LocalMention[],
): { role: string; country?: string } | undefined {
  for (let first = Math.max(0, run.first - 5); tokens[run.first - 1]?.text === '.' && first < run.first; first++) {
    const abbreviation = knowledge.titleAbbreviations.longestAt(tokens, first);
    if (abbreviation?.last === run.first) return { role: abbreviation.entries[0] };
  }
  // A role in small letters that ends in an organ or a body, right before the name: "head of publicity department
  // Rajendra Gautam", "chairman of the accounts commission Pushpa Raj Kandel", "of the federal parliament Petra Pau".
  const organ = tokens[run.first - 1];
  if (organ?.isWord && !organ.upper && (knowledge.organWords.has(organ.fold) || knowledge.nameBlockersAfter.has(organ.fold)) && !tokens[run.first].lineBefore) {
    const title = titleWithin(tokens, run.first - 2, knowledge);
    if (title !== undefined) return { role: tokens[title].fold };
  }
  // A comma may part a title from the name: "headed by general secretary, Sitaram Yechury", and an appositive name
  // after a role: "led by the head of its Department of International Relations, José Ramón Balaguer, held …".
  // The role may end in an organ's acronym in brackets: "… of the Communist Party of Cuba (PCC), Roberto Morales".
  const before = tokens[run.first - 2];
  const after = tokens[run.last];
  // An item of a list of officials parted by semicolons ("…; the first secretary of the party in the province of
  // Holguín, Ana Pérez Ruiz; …"): its role, back to the item's start, may hold any lower-case words.
  const listItem = tokens[run.first - 1]?.text === ',' && semicolonListItem(tokens, run);
  // A name set off by commas after a role in small letters: "the first deputy minister of that portfolio, Ana Lima, said".
  // (Not a body named after a place: "the deputy head of the organizing board, Saigon Tourist, said".)
  const lowerRole =
    tokens[run.first - 1]?.text === ',' && APPOSITIVE_ENDS.has(after?.text ?? '') && roleEndsBefore(tokens, run.first - 2, knowledge) && !knowledge.places.longestAt(tokens, run.first);
  const comma =
    tokens[run.first - 1]?.text === ',' &&
    before !== undefined &&
    (listItem || lowerRole || knowledge.titleWords.has(before.fold) || ((before.upper || before.text === ')') && APPOSITIVE_ENDS.has(after?.text ?? '')))
      ? 1
      : 0;
  let bracketed = false;
  for (let j = run.first - 1 - comma; j >= 0 && run.first - j <= MAX_WINDOW; j--) {
    if (tokens[j + 1].lineBefore) return undefined;
    const t = tokens[j];
    if ((knowledge.titleWords.has(t.fold) || (j === run.first - 1 && isPluralTitle(t.fold, knowledge))) && (t.upper || !CONNECTORS.has(t.fold))) {
      const role = titleEndingAt(tokens, j, knowledge);
      return { role, country: countryBetween(named, tokens[Math.min(j + 1, run.first)].start, tokens[run.first].start) };
    }
    if (t.text === ')' || t.text === '(') bracketed = t.text === ')';
    // Lower-case words in brackets ("(lower house)") and qualifiers of an organ ("of the ruling Nur Otan Party").
    if (t.isWord && (bracketed || knowledge.notPartyQualifiers.has(t.fold) || ((listItem || lowerRole) && !t.upper))) continue;
    // The dot of a title written short ("Prof. Dr. Ana Lima").
    const titleDot = t.text === '.' && !t.spaceBefore && j > 0 && knowledge.titleWords.has(tokens[j - 1].fold);
    if ((t.isWord && (t.upper || CONNECTORS.has(t.fold))) || BRACKETS_AND_DASHES.has(t.fold) || t.allCaps || titleDot || (listItem && QUOTES.has(t.text))) continue;
    // "with the" inside an institution's name: "President of the Institute of Friendship with the Peoples Ana Lima".
    if (t.fold === 'with' && tokens[j + 1]?.fold === 'the' && tokens[j - 1]?.upper) continue;
    // A title's list of portfolios: "Minister of Foreign Affairs, Foreign Employment and Tourism Ana Lima".
    if (t.text === ',' && j < run.first - 2 && portfolioComma(tokens, j)) continue;
    return undefined;
  }
  return undefined;
}

/** A comma between a portfolio and the next, capitalised words both (", Foreign Employment and Tourism"). */
function portfolioComma(tokens: readonly Token[], comma: number): boolean {
  const [before, after] = [tokens[comma - 1], tokens[comma + 1]];
  return before !== undefined && after !== undefined && before.isWord && before.upper && after.isWord && after.upper && !after.lineBefore;
}

const APPOSITIVE_ENDS = new Set([',', '.', ';']);
const MAX_ROLE_WORDS = 6;

/** A role of a few words, with a title among them, ending at token `last` ("deputy minister of that portfolio"). */
function roleEndsBefore(tokens: readonly Token[], last: number, knowledge: Knowledge): boolean {
  return titleWithin(tokens, last, knowledge) !== undefined;
}

/** The index of the title among the few words of a role that ends at token `last`, if there is one. */
function titleWithin(tokens: readonly Token[], last: number, knowledge: Knowledge): number | undefined {
  for (let k = last; k >= 0 && last - k < MAX_ROLE_WORDS; k--) {
    const t = tokens[k];
    if (!t.isWord || (k < last && tokens[k + 1].lineBefore)) return undefined;
    if (knowledge.titleWords.has(t.fold)) return k;
  }
  return undefined;
}

/** A name that ends an item of a list parted by semicolons: a semicolon follows it, or it ends the list's last item. */
function semicolonListItem(tokens: readonly Token[], run: Run): boolean {
  const after = tokens[run.last];
  if (after?.text === ';') return true;
  if (after !== undefined && after.text !== '.') return false;
  for (let k = run.first - 2; k >= 0 && run.first - k <= MAX_WINDOW; k--) {
    if (tokens[k].text === ';') return true;
    if (tokens[k].text === '.' || tokens[k + 1].lineBefore) return false;
  }
  return false;
}
const QUOTES = new Set(['"', '“', '”']);

/** The country of the first country or party named between two offsets ("President of China", "Cuban President"). */
function countryBetween(named: readonly LocalMention[], start: number, end: number): string | undefined {
  for (let i = firstStartingAt(named, start); i < named.length && named[i].start < end; i++) {
    if (named[i].end <= end && named[i].country) return named[i].country;
  }
  return undefined;
}

function contextBefore(tokens: readonly Token[], run: Run, knowledge: Knowledge): string | undefined {
  for (let first = Math.max(0, run.first - 4); first < run.first; first++) {
    const match = knowledge.contextsBefore.longestAt(tokens, first);
    if (match && match.last === run.first) return match.entries[0];
  }
  return undefined;
}

function titleEndingAt(tokens: readonly Token[], end: number, knowledge: Knowledge): string {
  return titlePhraseEndingAt(tokens, end, knowledge) ?? tokens[end].text;
}

/** The whole title the lexicon knows that ends at `end` ("General Secretary"), not a word of one ("State"). */
function titlePhraseEndingAt(tokens: readonly Token[], end: number, knowledge: Knowledge): string | undefined {
  for (let first = Math.max(0, end - 3); first <= end; first++) {
    const match = knowledge.titlePhrases.longestAt(tokens, first);
    if (match && match.last === end + 1) return tokens.slice(first, end + 1).map((t) => t.text).join(' ');
  }
  return undefined;
}

function titleOrVerbAfter(tokens: readonly Token[], run: Run, knowledge: Knowledge): string | undefined {
  const next = tokens[run.last];
  if (!next) return undefined;
  if (!next.spaceBefore && next.isWord && knowledge.titleWords.has(next.fold)) return 'glued-title';
  if (next.lineBefore) return undefined;
  if (knowledge.speechVerbs.has(next.fold) && !next.upper) return 'speech-verb';
  if (next.fold === 'as' && tokens.slice(run.last + 1, run.last + 3).some((t) => knowledge.titleWords.has(t.fold))) return 'as-title';
  // "to Ana Lima on her appointment as Minister of …", "on his re-election as": the office a message greets.
  if (next.fold === 'on' && ['his', 'her'].includes(tokens[run.last + 1]?.fold ?? '')) {
    const as = tokens.slice(run.last + 2, run.last + 6).findIndex((t) => t.fold === 'as');
    const after = as < 0 ? [] : tokens.slice(run.last + 3 + as, run.last + 8 + as);
    if (after.some((t) => knowledge.titleWords.has(t.fold))) return 'on-taking-office-as';
  }
  // "Samir Amin, who represents …": a relative clause that only a person takes.
  if (next.text === ',' && tokens[run.last + 1]?.fold === 'who' && !tokens[run.last + 1].upper) return 'who';
  // "Paul Mangwana (Secretary for Legal Affairs), Ana Lima (Deputy Speaker …)": a list of names with their roles.
  if (next.text === '(' && tokens.slice(run.last + 1, run.last + 4).some((t) => knowledge.titleWords.has(t.fold))) return 'bracketed-title';
  if (next.text === ',') {
    // ", an international affairs expert": a few words of the role before its title; past them, only the name of
    // what the role is in, and its possessive (", the South African Communist Party's Secretary for …").
    for (let k = run.last + 1; k < run.last + MAX_APPOSITIVE && k < tokens.length; k++) {
      const t = tokens[k];
      if (knowledge.titleWords.has(t.fold)) return 'appositive-title';
      const possessive = POSSESSIVE.test(t.text) && !t.spaceBefore && tokens[k - 1].upper;
      // ("vice-president of …": a title's parts joined by a hyphen.)
      const hyphen = t.text === '-' && !t.spaceBefore && tokens[k + 1] !== undefined && !tokens[k + 1].spaceBefore;
      if ((!t.isWord && !possessive && !hyphen) || (k >= run.last + 6 && !t.upper && !possessive)) break;
    }
  }
  return undefined;
}

const MAX_APPOSITIVE = 12;
const CREDIT_LABELS = new Set(['Photo', 'Picture', 'Pictures', 'Photos', 'Photograph']);

/** An agency's credit for a picture: "(Xinhua/Li Wenhao)", "(Photo: VNA/Thong Nhat)", "VNA/VNS Photo Tri Dung", "Ana Lima/AFP". */
function isPhotoCredit(tokens: readonly Token[], run: Run): boolean {
  if (tokens[run.first - 1]?.text === 'Photo' && tokens[run.first - 2]?.allCaps && !tokens[run.first - 1].lineBefore) return true;
  // "— Picture: Ana Lima.", "Photo: Ana Lima".
  if (tokens[run.first - 1]?.text === ':' && CREDIT_LABELS.has(tokens[run.first - 2]?.text ?? '')) return true;
  // The photographer before the agency: "Ana Lima/Pool via REUTERS", "Ana Lima/AFP".
  const after = tokens[run.last];
  const credited = tokens[run.last + 1];
  if (after?.text === '/' && !after.spaceBefore && credited !== undefined && !credited.spaceBefore && (credited.allCaps || (credited.fold === 'pool' && tokens[run.last + 2]?.fold === 'via'))) return true;
  const slash = tokens[run.first - 1];
  const agency = tokens[run.first - 2];
  if (slash?.text !== '/' || slash.spaceBefore || tokens[run.first].spaceBefore || !agency?.isWord || !agency.upper) return false;
  if (tokens[run.last]?.text !== ')') return false;
  for (let k = run.first - 3; k >= 0 && k >= run.first - 6; k--) if (tokens[k].text === '(') return true;
  return false;
}

/**
 * A name set off by a comma after a role that ends in a party, its acronym in brackets or not ("the secretary of
 * organization of the Communist Party of Peru (PCP), Ana Quispe Rojas, arrived"): the role may be too long or hold
 * too many lower-case words to be read back to its title.
 */
function afterARoleInAParty(tokens: readonly Token[], run: Run, named: readonly LocalMention[]): boolean {
  if (tokens[run.first - 1]?.text !== ',' || !APPOSITIVE_ENDS.has(tokens[run.last]?.text ?? '')) return false;
  let j = run.first - 2;
  if (tokens[j]?.text === ')') {
    const open = j - 2;
    if (tokens[open]?.text !== '(' || !tokens[j - 1].upper) return false;
    j = open - 1;
  }
  const end = tokens[j]?.end;
  if (end === undefined) return false;
  let party: LocalMention | undefined;
  for (let i = firstStartingAt(named, end - MAX_PARTY_LENGTH); i < named.length && named[i].start < end && !party; i++) {
    if (named[i].type === 'party' && named[i].end === end) party = named[i];
  }
  if (!party) return false;
  let k = j;
  while (k >= 0 && tokens[k].start >= party.start) k--;
  const of = tokens[k]?.fold === 'the' ? tokens[k - 1] : tokens[k];
  return of?.fold === 'of';
}

const MAX_PARTY_LENGTH = 120;

function vietnameseShape(words: Token[], knowledge: Knowledge): boolean {
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    knowledge.vietnameseSurnames.has(words[0].fold) &&
    words.every((w) => w.text.length <= 7 && !w.allCaps && VIETNAMESE_SYLLABLE.test(w.fold) && VIETNAMESE_FINAL.test(w.fold))
  );
}

// A syllable Vietnamese can spell, however a foreign page transcribes it ("Ho Shi Min"): letters of its alphabet (no
// f, j, w or z) ending in a vowel or a final c, ch, m, n, ng, nh, p or t; a headline's English words are not ("Looks
// To Future").
const VIETNAMESE_SYLLABLE = /^[a-eg-ik-vxy]+$/;
const VIETNAMESE_FINAL = /(?:[aeiouy]|ch|ng|nh|[cmnpt])$/;

// A given name in pinyin: one or two syllables written as one word ("Qibao", "Jianchao", "Yi").
const PINYIN_SYLLABLE = '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|uan|ian|iao|uai|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ue|ui|er|a|e|i|o|u|ü)(?:ng|n|r)?';
const PINYIN_GIVEN_NAME = new RegExp(`^(?:${PINYIN_SYLLABLE}){1,2}$`);

/** A Chinese name: a family name from the lexicon and a given name in pinyin ("Liu Qibao", "Wang Yi"). */
function chineseShape(words: Token[], knowledge: Knowledge): boolean {
  return (
    words.length === 2 &&
    knowledge.chineseSurnames.has(words[0].fold) &&
    !words[1].allCaps &&
    words[1].fold.length <= 8 &&
    PINYIN_GIVEN_NAME.test(words[1].fold)
  );
}

/**
 * A Cambodian name: a Khmer family name from the lexicon and one or two short given names written each as one word
 * ("Mam Sarin", "Men Sam An"), none of them a word of a title or an organ.
 */
function khmerShape(words: Token[], knowledge: Knowledge): boolean {
  return (
    words.length >= 2 &&
    words.length <= 3 &&
    knowledge.khmerSurnames.has(words[0].fold) &&
    words.slice(1).every((w) => /^\p{Lu}\p{Ll}{1,7}$/u.test(w.text) && !knowledge.titleWords.has(w.fold) && !knowledge.organWords.has(w.fold))
  );
}

/**
 * Names listed with a name already found ("Cyril Ramaphosa, Nicolás Maduro and Jeremy Corbyn"), also past the
 * first one's role ("Jogendra Sharma, member, Central Secretariat, CS Sujatha"), are people too, when they have a
 * name's shape: two to four words.
 */
function coordinated(tokens: readonly Token[], rejected: Run[], accepted: Accepted[], knowledge: Knowledge): Accepted[] {
  const byEnd = new Map(accepted.map((a) => [a.run.last, a]));
  const byStart = new Map(accepted.map((a) => [a.run.first, a]));
  const found: Accepted[] = [];
  const foundRuns = new Set<Run>();
  let added = true;
  while (added) {
    added = false;
    for (const run of rejected) {
      if (run.words.length < 2 || run.words.length > 4 || foundRuns.has(run)) continue;
      const neighbour =
        byEnd.get(listStep(tokens, run.first, -1)) ??
        byStart.get(listStep(tokens, run.last, 1)) ??
        byEnd.get(acrossARole(tokens, run.first, knowledge, (end) => byEnd.has(end)));
      if (!neighbour) continue;
      const entry = { run, key: personKey(tokens, run), rule: 'listed-with-a-name' };
      found.push(entry);
      foundRuns.add(run);
      byEnd.set(run.last, entry);
      byStart.set(run.first, entry);
      added = true;
    }
  }
  return found;
}

/** From a run's edge, past a list separator (",", "and", ", and"), to the neighbouring item's edge. */
function listStep(tokens: readonly Token[], from: number, direction: 1 | -1): number {
  let i = direction === 1 ? from : from - 1;
  let separators = 0;
  while (tokens[i] && (tokens[i].text === ',' || tokens[i].fold === 'and') && separators < 2) {
    if (tokens[i].lineBefore || (direction === -1 && tokens[i + 1]?.lineBefore)) return -1;
    i += direction;
    separators++;
  }
  if (separators === 0) return -1;
  return direction === 1 ? i : i + 1;
}

const MAX_ROLE = 14;

/**
 * Back from a run, past a separator and a role that follows the previous name ("…, member, Central Secretariat,"
 * or "…, a member of the Politburo, and"), to the comma that ends that name: its index, or -1.
 */
function acrossARole(tokens: readonly Token[], first: number, knowledge: Knowledge, endsAName: (end: number) => boolean): number {
  const separator = tokens[first - 1];
  if (!separator || (separator.text !== ',' && separator.fold !== 'and') || tokens[first].lineBefore) return -1;
  let role = false;
  for (let k = first - 2; k >= 0 && k >= first - MAX_ROLE; k--) {
    const t = tokens[k];
    if (tokens[k + 1].lineBefore) return -1;
    if (t.text === ',') {
      if (role && endsAName(k)) return k;
    } else if (t.isWord && (!t.upper || knowledge.titleWords.has(t.fold) || knowledge.institutionWords.has(t.fold))) {
      // A party's member names it: "A B Rao of the CPI, Ana Lima of the …".
      role ||= knowledge.titleWords.has(t.fold) || (t.fold === 'of' && tokens[k + 1].fold === 'the' && Boolean(tokens[k + 2]?.allCaps));
    } else if (role && endsAName(k + 1)) {
      return k + 1;
    } else if (!BRACKETS_AND_DASHES.has(t.fold) && !t.allCaps) return -1;
  }
  return -1;
}

/** A name's words as its short forms see them: a hyphenated word's parts one space apart. */
function compounds(tokens: readonly Token[], run: Run): string[] {
  return run.words.map((w, i) =>
    tokens
      .slice(w, run.words[i + 1] ?? run.last)
      .filter((t) => t.isWord)
      .map((t) => t.fold)
      .join(' '),
  );
}

// After a short form that is also an English word ("The said", "The's proposals"), what shows it is a name.
const AUXILIARIES = new Set(['also', 'then', 'has', 'had', 'was', 'is', 'will', 'would', 'who', 'and', 'further', 'later']);

function verbFollows(tokens: readonly Token[], i: number, knowledge: Knowledge): boolean {
  const next = tokens[i + 1];
  if (!next || next.lineBefore) return false;
  if (POSSESSIVE.test(next.text) && !next.spaceBefore) return true;
  if (next.upper || !next.isWord) return false;
  return knowledge.speechVerbs.has(next.fold) || AUXILIARIES.has(next.fold) || (/ed$/.test(next.fold) && !/eed$/.test(next.fold) && next.fold.length > 4);
}

const POSSESSIVE = /^['’][sS]$/;

/**
 * A name written once where nothing marks it (a headline, a caption, an interview's first line: "Solly Mapaila on the
 * party's tasks") is a person's when one part of it stands alone later as a person does: before a speech verb or a
 * possessive ("Mapaila said", "Mapaila's view"), or opening an interview's turn ("Mapaila: We …"). A part two such
 * names share confirms neither.
 */
function namedByAPartLater(tokens: readonly Token[], rejected: readonly Run[], accepted: readonly Accepted[], knowledge: Knowledge): Accepted[] {
  const byPart = new Map<string, Run | null>();
  for (const run of [...accepted.map((a) => a.run), ...rejected]) {
    if (run.words.length < 2 || run.words.length > 4 || run.words.every((w) => tokens[w].text.length === 1)) continue;
    const words = compounds(tokens, run);
    for (const part of shortForms(words, knowledge.vietnameseSurnames.has(words[0]))) {
      byPart.set(part, byPart.has(part) && byPart.get(part) !== run ? null : run);
    }
  }
  const found = new Map<Run, Accepted>();
  for (const run of rejected) {
    if (run.words.length !== 1 || !standsAsAPerson(tokens, run.first, knowledge)) continue;
    const named = byPart.get(personKey(tokens, run));
    if (named && !found.has(named) && !accepted.some((a) => a.run === named) && tokens[named.first].start < tokens[run.first].start) {
      found.set(named, { run: named, key: personKey(tokens, named), rule: `named-by-a-part-later:${tokens[run.first].text}` });
    }
  }
  return [...found.values()];
}

/**
 * A word alone where a person's name stands: before a speech verb, a possessive or ", who", or opening an interview's
 * turn (not before any verb: a headline's "Trade Grows" is followed by "Trade expanded").
 */
function standsAsAPerson(tokens: readonly Token[], i: number, knowledge: Knowledge): boolean {
  const next = tokens[i + 1];
  if (!next || next.lineBefore) return false;
  if (next.text === ':') return tokens[i].lineBefore;
  // "Mapaila, who is in Hanoi": a relative clause that only a person takes.
  if (next.text === ',') return tokens[i + 2]?.fold === 'who' && !tokens[i + 2].upper;
  return (POSSESSIVE.test(next.text) && !next.spaceBefore) || (knowledge.speechVerbs.has(next.fold) && !next.upper);
}

/**
 * Capitalised words that no name run takes because they are English words too ("The", "An") but that shorten a
 * Vietnamese name ("Nguyen Van The"): candidates for a later mention when a verb follows ("The said").
 */
function syllablesThatAreWords(tokens: readonly Token[], knowledge: Knowledge, taken: SpanIndex, inRuns: SpanIndex): Run[] {
  const runs: Run[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t.upper || t.allCaps || !knowledge.vietnameseSyllables.has(t.fold) || !knowledge.institutionWords.has(t.fold)) continue;
    if (inRuns.overlaps(t) || taken.overlaps(t) || !verbFollows(tokens, i, knowledge)) continue;
    runs.push({ first: i, last: i + 1, words: [i] });
  }
  return runs;
}

/**
 * A name of several words found on its own that shortens one longer name of the document ("Morales Ojeda" after
 * "Roberto Morales Ojeda", "Tengku Adnan" after "Tengku Adnan Tengku Mansor", "Phu Trong" after "Nguyen Phu Trong")
 * is that person; one that shortens two people's names ("Kim Jong" beside Kim Jong Un and Kim Jong Il), or that the
 * knowledge base knows, stays apart. One word is linked so only where the knowledge base took it for a person it
 * knows by one word; other words alone are linked by `recurrences`.
 */
function linkedToLongerNames(tokens: readonly Token[], accepted: Accepted[], knowledge: Knowledge): Accepted[] {
  const owners = new Map<string, Accepted | null>();
  for (const a of accepted) {
    if (a.run.words.length < 3) continue;
    const words = compounds(tokens, a.run);
    for (const part of shortForms(words, knowledge.vietnameseSurnames.has(words[0]))) {
      const previous = owners.get(part);
      owners.set(part, previous === undefined || previous?.key === a.key ? a : null);
    }
  }
  if (owners.size === 0) return accepted;
  return accepted.map((a) => {
    // A name the knowledge base knows is its own person ("Xi Jinping" beside a page's "Xi Jinping Jinping"), but a
    // person it knows by one word ("Chávez") is another whose longer name the document holds ("Ana Chávez Ruiz").
    const known = knowledge.peopleByKey.has(personKey(tokens, a.run));
    if (a.run.words.length < 2 ? !known : known) return a;
    const owner = owners.get(personKey(tokens, a.run));
    if (!owner || owner.key === a.key) return a;
    return { ...a, key: owner.key, country: a.country ?? owner.country, rule: `${a.rule}; part-of:${personKey(tokens, owner.run)}` };
  });
}

/**
 * A rejected run is a person after all when it repeats a name found elsewhere in the document, or names one part of
 * it (a part two people share links to neither), or when it is one word right after a title ("President Tokayev"): a
 * short form that linking looks for across the corpus.
 */
function recurrences(
  tokens: readonly Token[],
  rejected: Run[],
  accepted: Accepted[],
  knowledge: Knowledge,
  named: readonly LocalMention[],
): Accepted[] {
  const byKey = new Map<string, Accepted>();
  const byPart = new Map<string, Accepted | null>();
  const owners = new Map<string, string[]>();
  for (const a of accepted) {
    const words = compounds(tokens, a.run);
    byKey.set(personKey(tokens, a.run), a);
    const vietnamese = knowledge.vietnameseSurnames.has(words[0]);
    for (const part of shortForms(words, vietnamese)) {
      const previous = byPart.get(part);
      byPart.set(part, previous === undefined || previous?.key === a.key ? a : null);
      owners.set(part, [...new Set([...(owners.get(part) ?? []), personKey(tokens, a.run)])]);
    }
  }
  const found: Accepted[] = [];
  const unlinked: Run[] = [];
  for (const run of rejected) {
    const key = personKey(tokens, run);
    const whole = byKey.get(key);
    const part = byPart.get(key);
    if (whole) found.push({ run, key: whole.key, rule: 'recurrence', country: whole.country });
    else if (part) found.push({ run, key: part.key, rule: `part-of:${personKey(tokens, part.run)}`, country: part.country });
    // A family name two people of the document share ("Ortega" after Daniel Ortega and Laureano Ortega) names one
    // of them, linked to neither.
    else if (part === null && run.words.length === 1) found.push({ run, key, rule: `part-of-two-names:${owners.get(key)!.join(', ')}` });
    else if (run.words.length === 1 && part === undefined && !knowledge.institutionWords.has(tokens[run.first].fold)) unlinked.push(run);
  }
  // One word after a title or a phrase such as "led by", and its repetitions: its key says that linking should look for its full name.
  const shortForm = new Map<string, Accepted>();
  for (const run of unlinked) {
    // Right after a whole title: "State Guesthouse" and "State Duma" are no short forms.
    const title = run.first > 0 ? titlePhraseEndingAt(tokens, run.first - 1, knowledge) : undefined;
    const before = title ? titleBefore(tokens, run, knowledge, named) : undefined;
    const key = personKey(tokens, run);
    if (shortForm.has(key) || inTitleCaseLine(tokens, run.first)) continue;
    if (before) shortForm.set(key, { run, key: SHORT_FORM + key, rule: `short-form-after:${before.role}`, role: before.role, country: before.country });
    // Or after a phrase of the lexicon that ends in `by` ("the party led by Sisoulith", "hosted by", "signed by"),
    // whose agent is a person.
    const context = before || isPlace(tokens, run, knowledge) ? undefined : contextBefore(tokens, run, knowledge);
    if (context?.endsWith(' by')) shortForm.set(key, { run, key: SHORT_FORM + key, rule: `short-form-after:${context}` });
  }
  for (const [key, run] of standingAsAPerson(tokens, unlinked, knowledge)) {
    if (!shortForm.has(key)) shortForm.set(key, { run, key: SHORT_FORM + key, rule: 'stands-as-a-person' });
  }
  for (const run of unlinked) {
    const short = shortForm.get(personKey(tokens, run));
    if (!short) continue;
    found.push(short.run === run ? short : { run, key: short.key, rule: 'recurrence', country: short.country });
  }
  return found;
}

// Before a place's name: "in Beijing", "from Moscow", "to Havana" (not "according to Ana").
const PLACE_PREPOSITIONS = new Set(['in', 'from', 'at', 'to']);

/**
 * Words that stand alone as a person does: before a speech verb twice at least, once inside a sentence (`, Mapaila
 * said`; a common noun capitalised there opens its sentence, `Officials said`), and never after a preposition of
 * place (`in Beijing`): the family name of someone whose full name the document does not give (a page cut short, an
 * interview whose subject the headline names). Each with its first run. (A possessive is no such stance: it is a
 * city's or an agency's as often, `Beijing's stance`, `Xinhua's reporter`.)
 */
function standingAsAPerson(tokens: readonly Token[], unlinked: readonly Run[], knowledge: Knowledge): Map<string, Run> {
  const stances = new Map<string, { run: Run; count: number; inside: boolean; place: boolean }>();
  for (const run of unlinked) {
    const key = personKey(tokens, run);
    const stance = stances.get(key) ?? { run, count: 0, inside: false, place: false };
    stances.set(key, stance);
    const before = tokens[run.first - 1];
    if (before && !tokens[run.first].lineBefore && PLACE_PREPOSITIONS.has(before.fold) && tokens[run.first - 2]?.fold !== 'according') stance.place = true;
    const next = tokens[run.first + 1];
    if (!next || next.lineBefore || next.upper || !knowledge.speechVerbs.has(next.fold)) continue;
    stance.count++;
    if (before && !tokens[run.first].lineBefore && !SENTENCE_OPENERS.has(before.text)) stance.inside = true;
  }
  const found = new Map<string, Run>();
  for (const [key, stance] of stances) if (stance.count >= 2 && stance.inside && !stance.place) found.set(key, stance.run);
  return found;
}
