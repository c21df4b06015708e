import type { EventType } from '../../types.js';
import { readData } from '../knowledge/files.js';
import { LETTER, LOWER, re, STARTS_CAPITALIZED, UPPER } from './letters.js';

interface EventKnowledgeFile {
  triggers: Record<EventType, string[]>;
  modifiers: string[];
  gated: Record<string, { before?: string[]; object?: boolean; objectCountry?: boolean; partner?: boolean; opening?: boolean; urging?: boolean }>;
  gatedNegative: Record<string, string[]>;
  welcomeVerbs: string[];
  welcomeObjects: string[];
  exchangeHeads: string[];
  exchangeVerbs: string[];
  /** Words that, between `exchanged` and `visits`, tell what was exchanged is something else (`exchanged views on visits`). */
  exchangeStops: string[];
  planned: string[];
  plannedExceptions: string[];
  plannedScope: string[];
  plannedScopeBreaks: string[];
  plannedScopeVerbs: string[];
  spokenMessages: { heads: string[]; carriers: string[]; handedOverHeads: string[]; handedOver: string[] };
  singleOccasions: { heads: string[] };
  siteWords: string[];
  generic: string[];
  numbers: Record<string, number | null>;
  countQualifiers: string[];
  negationsAfter: string[];
  commemorations: string[];
  reportDays: { weekdays: string[]; weekdaysAfter: string[]; sameDay: string[]; otherDay: string[] };
  attendanceVerbs: { verbs: string[] };
  roles: Record<'host' | 'visitor' | 'recipient' | 'sender' | 'receiving', string[]>;
  listSeparators: string[];
  titleWords: string[];
  pluralOnly: string[];
  clauseBreaks: string[];
  itemCues: string[];
  purposeCues: string[];
  organNames: string[];
  occasionOrgans: string[];
  negations: string[];
  speechVerbs: string[];
  appraisalVerbs: string[];
  titleVocabulary: string[];
  requests: string[];
  reportingVerbs: string[];
  statementVerbs: string[];
  honorifics: string[];
  titleParticiples: string[];
  messageContentCues: string[];
  weakTriggers: Record<string, EventType[] | string>;
  historicalFigures: Record<string, number | string>;
  genericParties: { names: string[] };
  organTriggers: string[];
  ownOrgans: string[];
  ownSessions: string[];
}

/** The event knowledge of `events.json`, compiled into the patterns the rules use. */
export interface EventLexicon {
  /** Every trigger phrase of a stretch of text, longest first, with the modifiers before it. */
  triggersIn: (text: string, from: number, to: number) => PhraseMatch[];
  /** Exchanges of delegations, visits or envoys, active or passive. */
  exchange: RegExp;
  typeOf: Map<string, EventType>;
  gated: Map<string, { before?: RegExp; object?: boolean; objectCountry?: boolean; partner?: boolean; opening?: boolean; urging?: boolean }>;
  gatedNegative: Map<string, RegExp>;
  /** `arrived in`, `discussed`: triggers that give way to another act of the types listed in their sentence. */
  weakTriggers: Map<string, Set<EventType>>;
  /** Leaders who died, with the year: they take part in no later or undated event. */
  historicalFigures: Map<string, number>;
  /** `the Communist Party`: a party name that names no party by itself. */
  genericParty: Set<string>;
  /** `the Chinese People's Political Consultative Conference`, `a press conference`: an organ or a meeting with the press whose name ends in a trigger. */
  organTrigger: RegExp;
  /**
   * `the meeting of the 13th Central Committee`, `the preparatory meeting for the 2nd Congress`: a session of a party's
   * own organ or one held for its numbered congress, no contact between actors.
   */
  ownOrganAfter: RegExp;
  /** `sent a congratulatory message to the 11th Congress of the LPRP`: a message's words, then `to the`, before a gathering. */
  addressedTo: RegExp;
  /** `The message … hailed Vietnam as …`: a word after a message that opens what it says. */
  messageContent: RegExp;
  welcomeVerbs: Set<string>;
  welcomeObject: RegExp;
  /** A plan, wish or task cue at the end of the words before a trigger. */
  planned: RegExp;
  plannedException: RegExp;
  /**
   * A future cue whose verb phrase runs on to the trigger with no clause break: `will lead a delegation to visit A
   * and attend B`, `will attend a ceremony, hold talks with A, as well as witness B`.
   */
  plannedScope: RegExp;
  /**
   * `is scheduled to hold talks with A, General Secretary of the CPV, and B, and meet C`: a bare verb after `, and`
   * goes on with the plan however many commas its list and titles hold.
   */
  plannedListScope: RegExp;
  /** The bare verbs a plan goes on with (`meet`, `visit`, `hold`), at the start of a trigger. */
  plannedVerbFirst: RegExp;
  /** `congratulated`, `condolences`: message heads also said in person, at talks the text reports. */
  spokenMessage: Set<string>;
  /** `message`, `sent`: a word that tells a message was carried, not said. */
  messageCarrier: RegExp;
  /** `extended his warm congratulations`: a verb of handing over before these heads makes them a message sent. */
  handedOverHead: Set<string>;
  handedOver: RegExp;
  /** `welcomed by`, `banquet`: a meeting of one gathering, however many hosts it lists. */
  singleOccasion: Set<string>;
  /** `visited the Agent Orange victims' centre`: the object of a visit is a place, a stop on a trip. */
  siteWord: RegExp;
  generic: RegExp;
  numbers: Map<string, number | null>;
  /** A stated number of acts at the end of the words before a trigger (group 1), or inside it. */
  countBefore: RegExp;
  countInside: RegExp;
  roleCue: { role: 'host' | 'visitor' | 'recipient' | 'sender'; pattern: RegExp }[];
  receiving: RegExp;
  listSeparator: RegExp;
  titleWord: RegExp;
  /** Every title word of a text, for `matchAll`. */
  titleWords: RegExp;
  /** Capitalized words, connectors and title words that end a stretch of text (a person's title). */
  titleTail: RegExp;
  /** Heads that are plural in form but name one act (`talks`). */
  pluralOnly: Set<string>;
  /** Words that open another clause: a mention beyond one does not take part in the trigger's event. */
  clauseBreak: RegExp;
  /** `such as`: the triggers after it spell out the one before it. */
  itemCue: RegExp;
  /** `to attend`: the trigger after it is what a visit was for. */
  purposeCue: RegExp;
  /** `Congress of`: a party named after it names an organ or an occasion, not an actor. */
  organName: RegExp;
  /** A negation in the words before a trigger: `no delegations attended`. */
  negated: RegExp;
  /** A negation in the words after a trigger: `the visit to X was cancelled`, `their visit is no longer taking place`. */
  negatedAfter: RegExp;
  /** `the 45th anniversary of the signing of`: the act a commemoration recalls is no contact of the day. */
  commemorated: RegExp;
  /** The words that name the day of a sentence's act beside the report's date: see `report-day.ts`. */
  reportDay: ReportDayWords;
  /**
   * The words between two acts of one list, at the end of the words after the first: a comma or `and`, then an
   * article with a word (`and an offical visit`), a name (`and Related Summits`) or a verb of attendance (`and
   * attended the Forum`).
   */
  listedAct: RegExp;
  /** A speech verb right after a mention: the source of the report (`the Commission said`), not an actor. */
  speaker: RegExp;
  /** `hailed the seminar as`, `praised the visit as`: an act told already, judged. */
  appraised: RegExp;
  /** Text that is only a person's title: capitalized words, title words, connectors, glosses in parentheses. */
  isTitleOnly: (text: string) => boolean;
  /** A request before a trigger (`requested that the two sides hold seminars`): what follows is asked for, not done. */
  requested: RegExp;
  /** `wrote`: a message verb that reports the message another trigger of the sentence names. */
  reportingVerbs: Set<string>;
  /** `praised`, `said`, after a word at most: the subject's own verb before a meeting named after it (`during talks with`). */
  statementAfterSubject: RegExp;
  /** The words before a name that say nothing of its role: determiners, honorifics (`from the respected X`). */
  wordsBeforeName: RegExp;
  /** `and received, from B, …`: a verb after `and` in a list, which ends it (not `and retired General X`). */
  verbAfterAnd: RegExp;
}

/** Weekdays by name (group 1; Sunday is 0, as `Date.getUTCDay` counts), and words for the report's day or another. */
export interface ReportDayWords {
  weekday: RegExp;
  /** `next`, `until`: words before a weekday that make it no day of an act told. */
  notOfAct: RegExp;
  weekdays: string[];
  sameDay: RegExp;
  otherDay: RegExp;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .filter((p) => !p.startsWith('_'))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
const WORD_BEFORE = `(?<![${LETTER}0-9_-])`;
const WORD_AFTER = `(?![${LETTER}0-9_-])`;
const words = (phrases: readonly string[]) => `${WORD_BEFORE}(?:${alternation(phrases)})${WORD_AFTER}`;
const lower = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** A trigger phrase in a text: `start` takes in the modifiers before the head (`official visit`). */
export interface PhraseMatch {
  start: number;
  end: number;
  headStart: number;
  /** The head phrase, lower-cased, as the lexicon has it. */
  head: string;
}

/**
 * The words that begin in [from, to), lower-cased, into the arrays given; returns how many. A word is what
 * `[${LETTER}0-9]+(?:['’-][${LETTER}0-9]+)*` matches (code units, as that expression reads them), scanned by hand.
 */
export function wordsOf(text: string, from: number, to: number, starts: number[], ends: number[], lowers: string[]): number {
  let count = 0;
  for (let at = from; at < to; ) {
    if (!isWordUnit(text.charCodeAt(at))) {
      at++;
      continue;
    }
    const start = at;
    let plain = true;
    for (;;) {
      const code = text.charCodeAt(at);
      if (isWordUnit(code)) {
        if (code < 48 || (code > 57 && code < 97) || code > 122) plain = false;
        at++;
      } else if ((code === 39 || code === 0x2019 || code === 45) && isWordUnit(text.charCodeAt(at + 1))) {
        if (code === 0x2019) plain = false;
        at++;
      } else break;
    }
    const word = text.slice(start, at);
    starts[count] = start;
    ends[count] = at;
    // Digits, small ASCII letters and ASCII joiners are their own lower case: most words ask no toLowerCase.
    lowers[count] = plain ? word : word.toLowerCase();
    count++;
  }
  return count;
}

const isWordUnit = (code: number): boolean =>
  (code >= 48 && code <= 57) || ((code | 32) >= 97 && (code | 32) <= 122) || (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
const LONGEST_PHRASE = 6;
const IS_PHRASE = 1;
const BEGINS_PHRASE = 2;

/**
 * Trigger phrases by their words, not by one large regular expression: a case-insensitive alternation of hundreds
 * of phrases costs a tenth of a second to compile and scans every position of every sentence.
 */
function phraseFinder(phrases: Map<string, EventType>, modifiers: Set<string>): (text: string, from: number, to: number) => PhraseMatch[] {
  // A phrase is extended only while its words begin some trigger: most words begin none, and are looked up once,
  // in one table that tells both whether they are a trigger and whether they begin a longer one.
  const lookup = new Map<string, number>();
  for (const phrase of phrases.keys()) {
    lookup.set(phrase, (lookup.get(phrase) ?? 0) | IS_PHRASE);
    const parts = phrase.split(' ');
    for (let n = 1; n < parts.length; n++) {
      const beginning = parts.slice(0, n).join(' ');
      lookup.set(beginning, (lookup.get(beginning) ?? 0) | BEGINS_PHRASE);
    }
  }
  return (text, from, to) => {
    // The words of the stretch as parallel arrays: an object and a match per word cost more than the lookups. Made
    // anew for each stretch: kept, the words (slices of the text) would keep a huge text alive to the end of the run.
    const starts: number[] = [];
    const ends: number[] = [];
    const lowers: string[] = [];
    const count = wordsOf(text, from, to, starts, ends, lowers);
    const found: PhraseMatch[] = [];
    for (let i = 0; i < count; ) {
      let longest = 0;
      let head = '';
      let phrase = '';
      for (let n = 1; n <= LONGEST_PHRASE && i + n <= count; n++) {
        phrase = n === 1 ? lowers[i] : `${phrase} ${lowers[i + n - 1]}`;
        const kind = lookup.get(phrase) ?? 0;
        if (kind & IS_PHRASE) {
          longest = n;
          head = phrase;
        }
        if (!(kind & BEGINS_PHRASE)) break;
      }
      if (longest === 0) {
        i++;
        continue;
      }
      let first = i;
      while (first > 0 && i - first < 3 && modifiers.has(lowers[first - 1]) && !found.some((f) => f.end > starts[first - 1])) first--;
      found.push({ start: starts[first], end: ends[i + longest - 1], headStart: starts[i], head });
      i += longest;
    }
    return found;
  };
}

/** Every word capitalized or a title word (`general secretary of the`), between commas, dashes and parentheses. */
function titleOnly(vocabulary: Set<string>): (text: string) => boolean {
  return (text) => {
    if (/[;:!?"“”]/.test(text)) return false;
    const words = text.split(/[\s,()\-–—]+/).filter(Boolean);
    return words.every((word) => STARTS_CAPITALIZED.test(word) || vocabulary.has(word.toLowerCase().replace(/['’]s$/, '')));
  };
}

let compiled: EventLexicon | undefined;

export function eventLexicon(): EventLexicon {
  compiled ??= compile(JSON.parse(readData('events.json')) as EventKnowledgeFile);
  return compiled;
}

function compile(file: EventKnowledgeFile): EventLexicon {
  const typeOf = new Map<string, EventType>();
  for (const [type, phrases] of Object.entries(file.triggers) as [EventType, string[]][]) for (const phrase of phrases) typeOf.set(lower(phrase), type);
  const numberWords = Object.keys(file.numbers);
  const number = `(?:\\d{1,3}(?:,\\d{3})*|\\d+|${alternation(numberWords)})`;
  const modifier = `(?:${alternation(file.modifiers)})`;
  const gated = new Map<string, { before?: RegExp; object?: boolean; objectCountry?: boolean; partner?: boolean; opening?: boolean; urging?: boolean }>();
  for (const [phrase, gate] of Object.entries(file.gated)) {
    if (phrase.startsWith('_')) continue;
    gated.set(lower(phrase), { before: gate.before ? new RegExp(`${words(gate.before)}(?:[^,;]{0,40}|[^,;]{0,80}['’]s\\s+(?:[a-z]+\\s+)?)$`, 'i') : undefined, object: gate.object, objectCountry: gate.objectCountry, partner: gate.partner, opening: gate.opening, urging: gate.urging });
  }
  const entries = <T>(record: Record<string, T | string>) => Object.entries(record).filter((e): e is [string, T] => !e[0].startsWith('_'));
  const gatedNegative = new Map<string, RegExp>();
  // (`the needs` stands for `the needs`, `the basic needs`, `the dual goal`: a determiner's noun may take words before it.)
  const qualified = (next: string[]) => alternation(next).replace(/\bthe\\s\+/g, 'the\\s+(?:[a-z-]+\\s+){0,2}?');
  for (const [phrase, next] of Object.entries(file.gatedNegative)) {
    if (!phrase.startsWith('_')) gatedNegative.set(lower(phrase), new RegExp(`^\\s*(?:${qualified(next)})${WORD_AFTER}`, 'i'));
  }
  const roleCue = (['host', 'visitor', 'recipient', 'sender'] as const).map((role) => ({ role, pattern: new RegExp(`${words(file.roles[role])}[\\s:]*$`, 'i') }));
  const titleWord = `(?:${alternation(file.titleWords)})`;
  return {
    triggersIn: phraseFinder(typeOf, new Set(file.modifiers.map(lower))),
    exchange: new RegExp(
      `${WORD_BEFORE}(?:(?:${alternation(file.exchangeVerbs)})\\s+(?:(?!(?:${alternation(file.exchangeStops)})\\s)[${LETTER}0-9-]+\\s+){0,4}?(?:${alternation(file.exchangeHeads)})` +
        `|(?:${alternation(file.exchangeHeads)})(?:\\s+of\\s+[^,;.]{0,60}?)?\\s+(?:were|was|have\\s+been|had\\s+been|are)\\s+exchanged)${WORD_AFTER}`,
      'giu',
    ),
    typeOf,
    gated,
    gatedNegative,
    weakTriggers: new Map(entries(file.weakTriggers).map(([phrase, types]) => [lower(phrase), new Set(types)])),
    historicalFigures: new Map(entries(file.historicalFigures)),
    genericParty: new Set(file.genericParties.names.map(lower)),
    organTrigger: new RegExp(`${WORD_BEFORE}(?:${alternation(file.organTriggers)})$`),
    addressedTo: new RegExp(`${words(file.triggers.message)}[^,;.:]{0,40}\\sto\\s+(?:the|its|their|this)\\s+(?:[${LETTER}\\d'’-]+\\s+){0,4}$`, 'i'),
    messageContent: new RegExp(words(file.messageContentCues.filter((cue) => !cue.startsWith('_')))),
    ownOrganAfter: new RegExp(
      `^\\s+of\\s+(?:the\\s+|its\\s+)?(?:[${UPPER}\\d][${LETTER}\\d-]*\\s+){0,2}?(?:${alternation(file.ownOrgans)})(?![${LETTER}'’])|^\\s+(?:of|for)\\s+(?:the\\s+|its\\s+)?\\d+\\s*(?:st|nd|rd|th)\\s+(?:${alternation(file.ownSessions)})(?![${LETTER}'’])`,
    ),
    welcomeVerbs: new Set(file.welcomeVerbs.map(lower)),
    welcomeObject: new RegExp(`^\\s+(?:[${LETTER}0-9-]+\\s+){0,3}?${words(file.welcomeObjects)}`, 'i'),
    planned: new RegExp(`${words(file.planned.filter((p) => p !== 'to'))}(?:\\s+[^\\s,;:]+){0,5}\\s*$|${WORD_BEFORE}to\\s+(?:(?:a|an|the|${modifier})\\s+)*$`, 'i'),
    plannedException: new RegExp(`${words(file.plannedExceptions)}\\s*$`, 'i'),
    plannedScope: new RegExp(
      `${words(file.plannedScope)}(?:(?!${words(file.plannedScopeBreaks)})[^,;:.!?()]|as\\s+well\\s+as|,\\s*(?:and\\s+|as\\s+well\\s+as\\s+)?(?=${words(file.plannedScopeVerbs)}))*$`,
      'i',
    ),
    plannedListScope: new RegExp(`${words(file.plannedScope)}(?:(?!${words(file.plannedScopeBreaks)})[^;:.!?()])*,\\s*and\\s+$`, 'i'),
    plannedVerbFirst: new RegExp(`^${words(file.plannedScopeVerbs)}`, 'i'),
    spokenMessage: new Set(file.spokenMessages.heads.map(lower)),
    messageCarrier: new RegExp(words(file.spokenMessages.carriers), 'i'),
    handedOverHead: new Set(file.spokenMessages.handedOverHeads.map(lower)),
    handedOver: new RegExp(`${words(file.spokenMessages.handedOver)}\\s+(?:[^\\s,;.]+\\s+){0,5}$`, 'i'),
    singleOccasion: new Set(file.singleOccasions.heads.map(lower)),
    siteWord: new RegExp(words(file.siteWords), 'i'),
    generic: new RegExp(`${words(file.generic)}`, 'i'),
    numbers: new Map(Object.entries(file.numbers).map(([word, value]) => [lower(word), value])),
    countBefore: new RegExp(`${WORD_BEFORE}(?:(?:${alternation(file.countQualifiers)})\\s+)?(${number})\\s+(?:(?!(?:to|of|the|and|with|for|in|on|by|at|from|were|was)\\s)[${LOWER}-]+\\s+){0,2}$`, 'i'),
    countInside: new RegExp(`${WORD_BEFORE}(${number})(?!\\s*(?:st|nd|rd|th)${WORD_AFTER})${WORD_AFTER}`, 'i'),
    roleCue,
    receiving: new RegExp(words(file.roles.receiving), 'i'),
    listSeparator: new RegExp(`^\\s*,?\\s*(?:${alternation(file.listSeparators)})?\\s*,?\\s*(?:(?:the|a|an)\\s+)?$`, 'i'),
    titleWord: new RegExp(`${WORD_BEFORE}${titleWord}${WORD_AFTER}`, 'i'),
    titleWords: new RegExp(`${WORD_BEFORE}${titleWord}${WORD_AFTER}`, 'gi'),
    pluralOnly: new Set(file.pluralOnly.map(lower)),
    clauseBreak: new RegExp(`;|${words(file.clauseBreaks)}`, 'i'),
    itemCue: new RegExp(words(file.itemCues), 'i'),
    // (`to attend the second DPRK-USA Summit`: an ordinal, in figures or in words, counts the gathering.)
    purposeCue: new RegExp(`${words(file.purposeCues)}\\s+(?:(?:a|an|the|its|[${UPPER}][${LETTER}-]*|\\d+(?:st|nd|rd|th)|(?:[${LOWER}]+-)?(?:first|second|third|fifth|eighth|ninth|twelfth|[${LOWER}]*(?:four|six|seven|ten|teen)th|[${LOWER}]+ieth))\\s+)*$`),
    organName: new RegExp(
      `(?:${words(file.organNames)}|${words(file.occasionOrgans)}\\s+(?:[${LETTER}\\d-]+\\s+){0,3}?(?:Congress|Plenum|Conference|Session))\\s+(?:of\\s+)?(?:the\\s+)?$`
    ),
    negated: new RegExp(`${words(file.negations)}(?:\\s+[^\\s,;:]+){0,4}\\s*$`, 'i'),
    negatedAfter: new RegExp(`^(?:\\s+[^\\s,;:.]+){0,10}?\\s+${words(file.negationsAfter)}`, 'i'),
    commemorated: new RegExp(`${words(file.commemorations)}\\s+(?:the\\s+)?$`, 'i'),
    listedAct: new RegExp(
      `(?:,|${WORD_BEFORE}and)\\s*(?:${words(file.attendanceVerbs.verbs)}\\s+)?(?:(?:a|an|the)\\s+(?:[${LOWER}\\d-]+\\s+)?)?(?:[${UPPER}][${LETTER}-]*\\s+){0,3}$`,
    ),
    reportDay: {
      weekday: new RegExp(`${WORD_BEFORE}(${alternation(file.reportDays.weekdays)})${WORD_AFTER}`, 'g'),
      notOfAct: new RegExp(`${words(file.reportDays.weekdaysAfter)}\\s+$`, 'i'),
      weekdays: file.reportDays.weekdays,
      sameDay: new RegExp(words(file.reportDays.sameDay), 'i'),
      otherDay: new RegExp(words(file.reportDays.otherDay), 'i'),
    },
    isTitleOnly: titleOnly(new Set(file.titleVocabulary.map(lower))),
    requested: new RegExp(`${words(file.requests)}(?:\\s+[^\\s,;]+){0,5}?\\s+(?:that|to|for)\\b`, 'i'),
    reportingVerbs: new Set(file.reportingVerbs.map(lower)),
    statementAfterSubject: new RegExp(`^\\s*(?:[a-z]+\\s+)?${words(file.statementVerbs)}`),
    wordsBeforeName: new RegExp(`(?:\\b(?:the|a|an|its|his|her|their|other|all|${alternation(file.honorifics)})\\s+)+$`),
    verbAfterAnd: new RegExp(`\\band\\s+(?:also\\s+)?(?!(?:${alternation(file.titleParticiples)})\\b)[a-z]{3,}ed\\b`),
    appraised: new RegExp(`${words(file.appraisalVerbs)}\\s+the\\s+(?:[${LETTER}-]+\\s+){0,3}$`, 'i'),
    speaker: new RegExp(`^(?:\\s+(?:[${UPPER}][${LETTER}'’-]*|for|of|and|the)){0,6}\\s+${words(file.speechVerbs)}`),
    titleTail: re()`(?:(?:\b(?:the|a|an)\s+)?(?:[${UPPER}][${LETTER}'’.-]*|[${UPPER}][${LETTER}'’.-]*,)(?:\s+(?:(?:of|and|for|the|de)\s+)*)?)+$`,
  };
}
