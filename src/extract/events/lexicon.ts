import type { EventType } from '../../types.js';
import { readData } from '../knowledge/files.js';

interface EventKnowledgeFile {
  triggers: Record<EventType, string[]>;
  modifiers: string[];
  gated: Record<string, { before?: string[]; object?: boolean; objectCountry?: boolean }>;
  gatedNegative: Record<string, string[]>;
  welcomeVerbs: string[];
  welcomeObjects: string[];
  exchangeHeads: string[];
  exchangeVerbs: string[];
  planned: string[];
  plannedExceptions: string[];
  generic: string[];
  numbers: Record<string, number | null>;
  countQualifiers: string[];
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
  titleVocabulary: string[];
  requests: string[];
  reportingVerbs: string[];
}

/** The event knowledge of `events.json`, compiled into the patterns the rules use. */
export interface EventLexicon {
  /** Every trigger phrase, optionally after modifiers: group 1 is the head phrase. */
  trigger: RegExp;
  /** Exchanges of delegations, visits or envoys, active or passive. */
  exchange: RegExp;
  typeOf: Map<string, EventType>;
  gated: Map<string, { before?: RegExp; object?: boolean; objectCountry?: boolean }>;
  gatedNegative: Map<string, RegExp>;
  welcomeVerbs: Set<string>;
  welcomeObject: RegExp;
  /** A plan, wish or task cue at the end of the words before a trigger. */
  planned: RegExp;
  plannedException: RegExp;
  generic: RegExp;
  numbers: Map<string, number | null>;
  /** A stated number of acts at the end of the words before a trigger (group 1), or inside it. */
  countBefore: RegExp;
  countInside: RegExp;
  roleCue: { role: 'host' | 'visitor' | 'recipient' | 'sender'; pattern: RegExp }[];
  receiving: RegExp;
  listSeparator: RegExp;
  titleWord: RegExp;
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
  /** A speech verb right after a mention: the source of the report (`the Commission said`), not an actor. */
  speaker: RegExp;
  /** Text that is only a person's title: capitalized words, title words, connectors, glosses in parentheses. */
  isTitleOnly: (text: string) => boolean;
  /** A request before a trigger (`requested that the two sides hold seminars`): what follows is asked for, not done. */
  requested: RegExp;
  /** `wrote`: a message verb that reports the message another trigger of the sentence names. */
  reportingVerbs: Set<string>;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const alternation = (phrases: readonly string[]) =>
  [...phrases]
    .filter((p) => !p.startsWith('_'))
    .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
    .map(escape)
    .join('|');
const WORD_BEFORE = '(?<![\\p{L}\\p{N}_-])';
const WORD_AFTER = '(?![\\p{L}\\p{N}_-])';
const words = (phrases: readonly string[]) => `${WORD_BEFORE}(?:${alternation(phrases)})${WORD_AFTER}`;
const lower = (text: string) => text.toLowerCase().replace(/\s+/g, ' ');

/** Every word capitalized or a title word (`general secretary of the`), between commas, dashes and parentheses. */
function titleOnly(vocabulary: Set<string>): (text: string) => boolean {
  return (text) => {
    if (/[;:!?"“”]/.test(text)) return false;
    const words = text.split(/[\s,()\-–—]+/).filter(Boolean);
    return words.every((word) => /^\p{Lu}/u.test(word) || vocabulary.has(word.toLowerCase().replace(/['’]s$/, '')));
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
  const gated = new Map<string, { before?: RegExp; object?: boolean; objectCountry?: boolean }>();
  for (const [phrase, gate] of Object.entries(file.gated)) {
    if (phrase.startsWith('_')) continue;
    gated.set(lower(phrase), { before: gate.before ? new RegExp(`${words(gate.before)}[^,;]{0,40}$`, 'iu') : undefined, object: gate.object, objectCountry: gate.objectCountry });
  }
  const gatedNegative = new Map<string, RegExp>();
  for (const [phrase, next] of Object.entries(file.gatedNegative)) {
    if (!phrase.startsWith('_')) gatedNegative.set(lower(phrase), new RegExp(`^\\s*(?:${alternation(next)})${WORD_AFTER}`, 'iu'));
  }
  const roleCue = (['host', 'visitor', 'recipient', 'sender'] as const).map((role) => ({ role, pattern: new RegExp(`${words(file.roles[role])}\\s*$`, 'iu') }));
  const titleWord = `(?:${alternation(file.titleWords)})`;
  return {
    trigger: new RegExp(`${WORD_BEFORE}(?:${modifier}\\s+){0,3}(${alternation(Object.values(file.triggers).flat())})${WORD_AFTER}`, 'giu'),
    exchange: new RegExp(
      `${WORD_BEFORE}(?:(?:${alternation(file.exchangeVerbs)})\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,4}?(?:${alternation(file.exchangeHeads)})` +
        `|(?:${alternation(file.exchangeHeads)})(?:\\s+of\\s+[^,;.]{0,60}?)?\\s+(?:were|was|have\\s+been|had\\s+been|are)\\s+exchanged)${WORD_AFTER}`,
      'giu',
    ),
    typeOf,
    gated,
    gatedNegative,
    welcomeVerbs: new Set(file.welcomeVerbs.map(lower)),
    welcomeObject: new RegExp(`^\\s+(?:[\\p{L}\\p{N}-]+\\s+){0,3}?${words(file.welcomeObjects)}`, 'iu'),
    planned: new RegExp(`${words(file.planned.filter((p) => p !== 'to'))}(?:\\s+[^\\s,;:]+){0,5}\\s*$|${WORD_BEFORE}to\\s+(?:(?:a|an|the|${modifier})\\s+)*$`, 'iu'),
    plannedException: new RegExp(`${words(file.plannedExceptions)}\\s*$`, 'iu'),
    generic: new RegExp(`${words(file.generic)}`, 'iu'),
    numbers: new Map(Object.entries(file.numbers).map(([word, value]) => [lower(word), value])),
    countBefore: new RegExp(`${WORD_BEFORE}(?:(?:${alternation(file.countQualifiers)})\\s+)?(${number})\\s+(?:[\\p{Ll}-]+\\s+){0,3}$`, 'iu'),
    countInside: new RegExp(`${WORD_BEFORE}(${number})(?!\\s*(?:st|nd|rd|th)${WORD_AFTER})${WORD_AFTER}`, 'iu'),
    roleCue,
    receiving: new RegExp(words(file.roles.receiving), 'iu'),
    listSeparator: new RegExp(`^\\s*(?:${alternation(file.listSeparators)})?\\s*(?:(?:the|a|an)\\s+)?$`, 'iu'),
    titleWord: new RegExp(`${WORD_BEFORE}${titleWord}${WORD_AFTER}`, 'iu'),
    pluralOnly: new Set(file.pluralOnly.map(lower)),
    clauseBreak: new RegExp(`;|${words(file.clauseBreaks)}`, 'iu'),
    itemCue: new RegExp(words(file.itemCues), 'iu'),
    purposeCue: new RegExp(`${words(file.purposeCues)}\\s+(?:(?:a|an|the|its|\\p{Lu}[\\p{L}-]*|\\d+(?:st|nd|rd|th))\\s+)*$`, 'u'),
    organName: new RegExp(
      `(?:${words(file.organNames)}|${words(file.occasionOrgans)}\\s+(?:[\\p{L}\\d-]+\\s+){0,3}?(?:Congress|Plenum|Conference|Session))\\s+(?:of\\s+)?(?:the\\s+)?$`,
      'u',
    ),
    negated: new RegExp(`${words(file.negations)}(?:\\s+[^\\s,;:]+){0,4}\\s*$`, 'iu'),
    isTitleOnly: titleOnly(new Set(file.titleVocabulary.map(lower))),
    requested: new RegExp(`${words(file.requests)}\\s+(?:that|to|for)\\b`, 'iu'),
    reportingVerbs: new Set(file.reportingVerbs.map(lower)),
    speaker: new RegExp(`^(?:\\s+(?:[\\p{Lu}][\\p{L}'’-]*|for|of|and|the)){0,6}\\s+${words(file.speechVerbs)}`, 'u'),
    titleTail: /(?:(?:\b(?:the|a|an)\s+)?(?:[\p{Lu}][\p{L}'’.-]*|[\p{Lu}][\p{L}'’.-]*,)(?:\s+(?:(?:of|and|for|the|de)\s+)*)?)+$/u,
  };
}
