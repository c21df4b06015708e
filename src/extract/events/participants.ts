/** Who takes part in an act, and in which role: the mentions a trigger governs, shared along coordinations and frames. */

import type { EventRole, EventType, LocalMention, Span } from '../../types.js';
import type { Candidate, Draft, Trigger } from './drafts.js';
import { LETTER, LOWER, re, UPPER } from './letters.js';
import type { EventLexicon } from './lexicon.js';
import { ACTORS, CONVEY_BEFORE, frameCues, GROUP_LABEL, LETTER_CHAR, LIST_BULLET, ON_THE_OCCASION, PASSIVE_BEFORE, TIME_CLAUSE_BEFORE, VERB_HEAD } from './patterns.js';

/** `the Vietnamese delegation`: an envoy named only by its country's adjective, which then takes part for it. */
const UNNAMED_ENVOY = /^\s+(?:(?:party|high-level|high-ranking|parliamentary|official|working)\s+)?(?:delegation|delegations|representation|side)\b/i;
/** `the Vietnamese guest met …`, `Vietnamese officials held talks`: a person no name follows, the subject of the act. */
const UNNAMED_PERSON = /^\s+(?:official|officials|guest|guests|leader|delegates|envoy)\b(?![\s,]+[A-Z])/;
/** `the Lao delegation led by A`, `A led the Lao delegation`: the envoy has a named leader, who takes part for it. */
const LED_ENVOY_AFTER = /^\s+(?:(?:party|high-level|high-ranking|parliamentary|official|working)\s+)?(?:delegation|delegations)\s+(?:led|headed)\s+by\b/i;
const LED_ENVOY_BEFORE = /\b(?:led|leads|leading|headed|heads|heading)\s+(?:(?:the|a|an|his|her)\s+)?(?:(?:high-level|high-ranking)\s+)?$/i;
const OCCASION_PLACE = /\bon\s+(?:the|its|his|her|their)\s+(?:success|successful|occasion|victory|results?|outcomes?)\b[^,;.]*\bin\s+(?:the\s+)?$/i;
const PLACE_WORDS = 'Monument|Mausoleum|Memorial|Museum|Statue|Square|Street|Avenue|Boulevard|School|University|Academy|Institute|Prize|Award|Medal|Relic Site|Guest House|Palace';
/** A name followed by a place word (`Ho Chi Minh| Monument`), or a mention that ends with one or is one. */
const PLACE_NAME_AFTER = new RegExp(`^\\s+(?:${PLACE_WORDS})(?![A-Za-z])`);
const PLACE_NAME = new RegExp(`(?:^|\\s)(?:${PLACE_WORDS})$`);
const PLACE_NAME_BEFORE = new RegExp(`\\b(?:${PLACE_WORDS})\\s+(?:of|to)\\s+(?:the\\s+)?(?:(?:President|Uncle|General|Comrade|Chairman)\\s+)?$`);
const SAID_IN_MESSAGE = /\b(?:said|says|stated|wrote)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[A-Za-z-]+\s+)?$/;
/** `C.C.` (the Central Committee): initials are no one's name. */
const INITIALS = /^(?:[A-Z]\.?){1,4}$/;
const RELATION_BETWEEN = re()`\b(?:relations|relationship|ties|friendship|solidarity)\s+between\s+(?:the\s+)?(?:[${UPPER}][^,;.()]{0,50}\s+and\s+(?:the\s+)?)?$`;
/** `In China, Kim met …`: a country the sentence opens with, set off by a comma. */
const FRONTED_PLACE = /(?:^|[.!?]\s+|\n)\s*In\s+(?:the\s+)?$/;
const SCENE_PLACE = /\b(?:stay|while|whilst|sojourn|time)\s+in\s+(?:the\s+)?$/i;
const UNRECOGNIZED_NAME_AFTER = re()`^(?:\s*\([^()]{1,20}\))?((?:\s+[${UPPER}][${LETTER}'’.-]*){2,6})(?=[\s,;.]|$)`;
const SEAT_BEFORE = /\b(?:at|in)\s+(?:the\s+)?(?:building|headquarters|head\s+office|offices?|seat|premises)\s+of\s+(?:the\s+)?$/;
const SEAT_AFTER = /^(?:\s+[A-Z][\w-]*){0,3}\s+(?:building|headquarters|head\s+office|offices?)\b/;
const ON_A_VISIT = /\bon\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+){0,2}$/;
const HELD_BEFORE_DATE = /\b(?:(?:was|were)\s+(?:held|convened|organi[sz]ed)|took\s+place)\b[^,;.]{0,50}$/;
// `the message that President X sent to Y`: a clause opened by a name and closed by a verb of sending.
const SENDING_VERB = String.raw`(?:sent|wrote|addressed|delivered|conveyed)\b`;
const SENDING_CLAUSE = new RegExp(String.raw`^\s*(?:that|which)\s+[A-Z][^,;.]{0,80}?\b${SENDING_VERB}`);
const SENDING_AFTER = new RegExp(String.raw`^\s+${SENDING_VERB}`);
const INVITED_BY_ORGAN = /\binvitation\s+of\s+(?:the\s+)?(?:[a-z-]+\s+){1,4}of\s*$/;
const MESSENGER_BEFORE = /\b(?:asked|requested|urged)\s+(?:[A-Za-z]+\s+){0,3}$/;
const POSSESSED_ACT = re()`\b(?:during|on|in|at|of|for|after|before)\s+(?:the\s+)?(?:[${LETTER}-]+\s+){0,3}?[${LETTER}]+['’]s\s+(?:[${LOWER}-]+\s+){0,3}$`;
const INVITER_BEFORE = /\binvitation\s+of\b[^;.]*$/;
const NAME_WORDS_BEFORE = re()`(?:(?:\d+(?:st|nd|rd|th)|[${UPPER}][${LETTER}'’-]*|inter-party|online|"[^"]{1,80}"|“[^”]{1,80}”)\s+)+$`;
const NAME_OF_AFTER = re()`^\s+of\s+(?:the\s+)?(?:[${UPPER}][${LETTER}'’-]*)(?:\s+(?:and\s+|of\s+|the\s+)*[${UPPER}][${LETTER}'’-]*)*`;
const AS_TITLE_OF = re()`\bas\s+(?:the\s+)?(?:[${UPPER}][${LETTER}-]*\s+)+of\s+(?:the\s+)?$`;
const COMPOUND_BEFORE = re()`[${LETTER}]\s?[-–]\s?$`;
const COMPOUND_AFTER = re()`^\s?[-–]\s?[${UPPER}]`;
const ORGANIZATION_NAME_AFTER = re()`^\s[${UPPER}][${LOWER}]+\s(?:[${UPPER}][${LOWER}]+|of|for)\b`;
const VENUE_WORDS = re()`\b(?:in|at)\s+(?:(?!(?:between|with|of|by|for|and)\s)[${LETTER}-]+,?\s+){0,3}?(?:the\s+)?$`;
const UNRECOGNIZED_NAME_PAREN = re()`[${UPPER}][${LETTER}'’"”]*\s*\($`;
const RELATIVE_WHO = re()`^\s*,?\s*who\s+(?:[${LETTER}'’-]+\s+){0,8}$`;
const SUBJECT_AFTER_COMMA = re()`^,\s*(?:[${UPPER}][${LETTER}'’.-]*\s+|of\s+|the\s+|and\s+)*$`;
const WORD_REST = re()`^[-${LETTER}]+`;
const TRAILING_FRAME = /\b(?:during|in|at)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}$/;
const SUITE_BEFORE = re()`[${UPPER}][${LETTER}'’-]*\s+(?:and\s+(?:his|her)\s+(?:spouse|wife|husband)\s+)?(?:along\s+with|together\s+with|accompanied\s+by)\s+(?:a|an)\s+(?:[${LOWER}-]+\s+){0,3}(?:delegation\s+of\s+(?:[${LOWER}-]+\s+){0,2})?$`;
const ENVOY_OF = /\b(?:envoys?|representatives?)\s+of\s+/g;
const CORRESPONDENT_BEFORE = /\b(?:to|from|and(?=\s+other\b))\s+(?:(?:the|their|his|her|its|other|all)\s+)*(?:[a-z-]+\s+)?$/;
const UNNAMED_LEADERS_AFTER = re()`^\s+(?:(?:Party|State|and|top|senior|high-ranking|government)\s+)*(?:leaders?|counterparts?|hosts|government|officials)\b(?![\s,]+[${UPPER}])`;
const UNNAMED_SIDE_OF = re()`\b(to|from)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:leaders?|counterparts?|people|peoples|government|governments|officials|hosts)(?:\s+(?:and\s+)?[${LETTER}-]+){0,4}\s+of\s*$`;
const HOSTING_VISIT = /^[^,;]{0,60}?\b(?:welcomed|welcomes|welcoming|hailed|hails|praised|praises|appreciated|appreciates|lauded|spoke\s+highly\s+of|hosted|hosts|received|receives|thanked|thanks)\s+(?:[^,;]{0,40}\s)?(?:the|a|an|this|his|her|their|[A-Z][^,;]{0,40}['’]s?)\s+(?:[a-z-]+\s+){0,3}$/;
const FRONTED_ACT = /^\s*(?:[^,]{0,30},\s*)?(?:(?:when|while|upon|on|in|during|at|after|before)\s+)?(?:(?:his|her|their|the|a|an)\s+)?(?:[a-z-]+\s+)?$/i;
// (`, to China` after a title set off by commas goes on with the sentence, not with the title.)
const TITLE_LINKS = /(?<!,\s*)\b(?:at|to)\b|\b(?:heads|leads|chairs|serves\s+as)\b/g;
const RELATIVE_TITLE = /^\s*,?\s*who\s+(?:is\s+|was\s+)?(?:also\s+)?(?:heads|leads|chairs|serves\s+as|(?:a|an|the)\s)/;
const GROUP_BEFORE_ITEMS = /^[^;]*?\b(from|by|to)\b[^;]*\b(?:such\s+as|including|namely|notably)[\s:]*$/i;

export function isUnnamedEnvoy(text: string, m: LocalMention): boolean {
  const after = text.slice(m.end, m.end + 60);
  // (`held talks with Vietnamese officials`: officials named only as the object are no side the text names.)
  const subject = UNNAMED_PERSON.test(after) && !/\b(?:with|by|to|from|of|for|and)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, m.start - 12), m.start));
  // (`Xi and his spouse along with a delegation of high-ranking Chinese officials`: the named leader's suite.)
  return (UNNAMED_ENVOY.test(after) || subject) && !LED_ENVOY_AFTER.test(after) && !LED_ENVOY_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && !SUITE_BEFORE.test(text.slice(Math.max(0, m.start - 90), m.start));
}

/**
 * `sent congratulations to their Lao counterparts`, `greetings from other Vietnamese leaders`: the country of those a
 * message went to or came from, where they are not named.
 */
export function isUnnamedCorrespondent(text: string, m: LocalMention, triggers: readonly Trigger[]): boolean {
  return triggers.some((t) => t.type === 'message') && CORRESPONDENT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && UNNAMED_LEADERS_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * `Liu, special envoy of General Secretary Xi Jinping, visited Laos`, `representative of its President Hun Sen`: the
 * one an envoy stands for is not there.
 */
export function isPrincipal(text: string, m: LocalMention, mentions: readonly Candidate[], lexicon: EventLexicon): boolean {
  if (m.type !== 'person') return false;
  const before = text.slice(Math.max(0, m.start - 140), m.start);
  const cue = [...before.matchAll(ENVOY_OF)].pop();
  if (!cue) return false;
  const from = m.start - before.length + cue.index + cue[0].length;
  // Between the cue and the name only the words of a title and its organ: no verb of the envoy's own act.
  if (!lexicon.isTitleOnly(text.slice(from, m.start).replace(/\([^()]{1,20}\)/g, ' '))) return false;
  return !mentions.some(({ mention: other }) => other.type === 'person' && other.start >= from && other.end <= m.start);
}

/**
 * A leader who had died by the event's year (else the year the text last named) takes no part in it: he is praised,
 * quoted or remembered; nor does
 * `the Communist Party` that names no party by itself.
 */
export function takesPart(m: LocalMention, year: number | null, lexicon: EventLexicon): boolean {
  if (m.type === 'party') return !lexicon.genericParty.has(m.text.toLowerCase().replace(/\s+/g, ' '));
  if (m.type !== 'person') return true;
  if (INITIALS.test(m.text) || lexicon.isTitleOnly(m.text.toLowerCase())) return false;
  // A knowledge-base id, or a name the recognizer keyed by its shape (`short:souphanouvong`).
  const died = lexicon.historicalFigures.get(m.key.slice(m.key.indexOf(':') + 1));
  return died === undefined || (year !== null && year <= died);
}

/**
 * `… of the Central Committee of the Communist Party of Cuba (PCC) Jose Ramon Balaguer`: a party inside a title
 * before a name the recognizer did not take (capitalized words that are no title words) qualifies that person.
 */
export function inTitleOfUnrecognized(text: string, sentence: Span, m: LocalMention, lexicon: EventLexicon): boolean {
  if (m.type === 'person') return false;
  const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
  if (!/(?:^|\s)of\s+(?:the\s+)?$/.test(before) || !lexicon.titleWord.test(before)) return false;
  const name = UNRECOGNIZED_NAME_AFTER.exec(text.slice(m.end, Math.min(sentence.end, m.end + 80)));
  if (!name) return false;
  const words = name[1].trim().split(/\s+/);
  // `(CPC) Central Committee`: organ words are the title going on; a name has at least two words of its own.
  const own = words.filter((w) => !lexicon.isTitleOnly(w.toLowerCase()));
  return own.length >= 2 && own.length === words.length - words.findIndex((w) => !lexicon.isTitleOnly(w.toLowerCase())) && words.length - own.length <= 3 && !lexicon.isTitleOnly(words[words.length - 1].toLowerCase());
}

/** A named conference or meeting takes in its name: `the 19th International Meeting of Communist and Workers' Parties`. */
export function nameOf(text: string, sentence: Span, trigger: Trigger, headStart: number, mentions: Candidate[]): void {
  const before = text.slice(sentence.start, headStart);
  const left = NAME_WORDS_BEFORE.exec(before);
  if (left) {
    let start = sentence.start + left.index;
    // A sentence's first word and the mentions before a name are not part of it.
    for (const { mention } of mentions) if (mention.start < headStart && mention.end > start) start = Math.max(start, mention.end);
    const skipped = /^[\s,]*(?:(?:The|In|On|At|A|An)\s+)?/.exec(text.slice(start, headStart))![0].length;
    trigger.start = Math.min(trigger.start, start + skipped);
  }
  const right = NAME_OF_AFTER.exec(text.slice(trigger.end, sentence.end));
  if (right) {
    const end = trigger.end + right[0].length;
    if (!mentions.some(({ mention }) => mention.start < end && mention.end > trigger.end)) trigger.end = end;
  }
}

/**
 * `visited Ho Chi Minh Mausoleum`, `visited a rehabilitation centre for victims and a village`: a visit whose object
 * names a place and no party or country is a stop on a trip, not a visit of one actor to another.
 */
/**
 * `President A and General Secretary B met in Beijing`: two sides joined before the verb meet each other (one who
 * receives needs a guest named).
 */
export function coordinatedSubjects(text: string, sentence: Span, trigger: Trigger, mentions: Candidate[], lexicon: EventLexicon): boolean {
  const before = mentions.filter(({ mention }) => mention.end <= trigger.start && mention.start >= sentence.start && ACTORS.has(mention.type));
  const [first, second] = before.slice(-2);
  if (!first || !second || !/^\s+(?:(?:also|have|has|had|then|later|first)\s+)?$/.test(text.slice(second.mention.end, trigger.start))) return false;
  const joined = /^\s*,?\s*and\s+(.*)$/s.exec(text.slice(first.mention.end, second.mention.start));
  return joined !== null && lexicon.isTitleOnly(joined[1]);
}

/**
 * The trigger nearest a mention: none across a semicolon or a clause of its own (`…, thereby`, `the two sides
 * agreed`); a mention after a trigger goes with it rather than with a later noun it is listed before (`X (July
 * 2021) and the official visit`).
 */
export function nearest(drafts: Draft[], mention: Span, text: string, lexicon: EventLexicon, onlyBefore = false): Draft | undefined {
  let best: Draft | undefined;
  let bestCost = Infinity;
  drafts.forEach((draft, i) => {
    const t = draft.trigger;
    const after = t.end <= mention.start;
    if (onlyBefore && !after) return;
    const [from, to] = after ? [t.end, mention.start] : [mention.end, t.start];
    // `The LPRP Central Committee said in a message`: the speaker of a message is its sender.
    const raw = text.slice(from, to);
    const gap = SAID_IN_MESSAGE.test(raw.slice(-40)) ? raw.replace(SAID_IN_MESSAGE, '') : raw;
    // (The length first: a clause break is looked for across the gap, which can be as long as the sentence.)
    if (gap.length > 400 || lexicon.clauseBreak.test(gap)) return;
    const listedBefore = !after && i > 0 && /(?:\band\b|\bas well as\b|,)/.test(gap);
    // `on a visit to Vietnam met X`: the preposition of a visit governs its host, however near the next verb.
    const governed = after && t.type === 'visit' && /^\s+to\s+(?:the\s+)?$/.test(gap);
    // `received Y during the Party Chief's visit`: a visit whose possessor is named is that one's, not the names' before.
    // (Most gaps hold no apostrophe: looked for first, in the few words a possessive can stand in before the trigger.)
    const possessed = !after && t.type === 'visit' && (gap.includes("'") || gap.includes('’')) && POSSESSED_ACT.test(gap.slice(-80));
    const cost = governed ? -1 : gap.length + (after ? 0 : 0.5) + (listedBefore || possessed ? 500 : 0);
    if (cost < bestCost) {
      best = draft;
      bestCost = cost;
    }
  });
  return best;
}

/** `A meeting to deepen ties between X and Y was held in Vientiane on May 5`: the day the subject was held. */
export function heldSubject(drafts: Draft[], date: LocalMention, text: string): Draft | undefined {
  const verb = HELD_BEFORE_DATE.exec(text.slice(Math.max(0, date.start - 80), date.start));
  if (!verb) return undefined;
  const at = Math.max(0, date.start - 80) + verb.index;
  return [...drafts].reverse().find((d) => d.trigger.end <= at && !/[;.]/.test(text.slice(d.trigger.end, at)));
}

/**
 * The person a party or country only qualifies (`President of Cuba Miguel Díaz-Canel`, `Zyuganov, Chairman of the
 * CPRF`, `Laos' Prime Minister X`) does not take part by itself; one whose person is not named does (`the LDP
 * President`).
 */
export function qualifiedPerson(text: string, sentence: Span, m: LocalMention, mentions: Candidate[], lexicon: EventLexicon): Candidate | undefined {
  if (m.type === 'person') return undefined;
  // `Ambassador of Vietnam to Cambodia X`, `director of the department at the WPK`, `X, who heads the CPV
  // Commission`: the prepositions and verbs of a title go on with it.
  const titleOnly = (between: string) => lexicon.isTitleOnly(between.replace(TITLE_LINKS, 'of'));
  const next = mentions.find(({ mention }) => mention.start >= m.end && mention.type === 'person');
  const before = text.slice(Math.max(sentence.start, m.start - 80), m.start);
  // `Deputy Secretary General of South Africa’s African National Congress (ANC) X`: the country's possessive too.
  const titledBefore = /(?:^|\s)(?:of|at|in|to)\s+(?:the\s+)?(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+)?(?:ruling\s+|governing\s+)?$/.test(before) && titlePhraseBefore(before, lexicon);
  if (next && next.mention.start < sentence.end) {
    const between = text.slice(m.end, next.mention.start);
    // `China's Xi Jinping`: a possessive right before a name says whose he is.
    if (/^['’]s?\s+$/.test(between)) return next;
    // `Cuba's President X`, `President of Cuba X`; not `a visit to Cuba of the President X`, nor `the CPC (CPC) and
    // its General Secretary X`, where `and` joins the party and its leader as two sides.
    const joined = !titledBefore && /^\s*(?:\([^()]{1,20}\)\s*)?,?\s*and\s/.test(between) && /\b(?:to|congratulated|congratulates|congratulating)\s+(?:the\s+)?(?:(?:Central\s+Committee|leadership)\s+of\s+(?:the\s+)?)?$/i.test(before);
    if (between.length <= 140 && !joined && (titledBefore || !/^\s*(?:of|to|in|by)\b/.test(between)) && titleOnly(between) && (lexicon.titleWord.test(between) || titledBefore)) return next;
  }
  const previous = [...mentions].reverse().find(({ mention }) => mention.end <= m.start && mention.type === 'person' && mention.start >= sentence.start && !INITIALS.test(mention.text));
  // `Kim, member of the Political Bureau and head of the International Department of the C.C., Workers' Party of
  // Korea, met …`: an affiliation closing a title set off by commas.
  const affiliation = (between: string) =>
    /^\s*,/.test(between) && lexicon.titleWord.test(between) && !/\band\s+(?:the\s+)?$/.test(between) && /^\s*(?:\([^()]{1,20}\)\s*)?[,)]/.test(text.slice(m.end, m.end + 30));
  if (previous && (titledBefore || RELATIVE_TITLE.test(text.slice(previous.mention.end, m.start)) || affiliation(text.slice(previous.mention.end, m.start)))) {
    const between = text.slice(previous.mention.end, m.start);
    // `Zyuganov, Chairman of the CPRF`, `Trong for his re-election as General Secretary of the CPV`
    // `General Secretary Trong of the Central Committee of the CPV`: the organ of his title after the name.
    const trailingTitle = /^\s+of\s+(?:the\s+)?[A-Z]/.test(between) && titleOnly(between) && lexicon.titleWord.test(text.slice(Math.max(sentence.start, previous.mention.start - 30), previous.mention.start));
    if (between.length <= 250 && (trailingTitle || (/^\s*,/.test(between) || RELATIVE_TITLE.test(between) ? titleOnly(between) : AS_TITLE_OF.test(between)))) return previous;
  }
  return undefined;
}

/** The words before a name are a title's (`the Ambassador of`, `director of the department at`) from its last title word on. */
function titlePhraseBefore(before: string, lexicon: EventLexicon): boolean {
  // (Matched in place, not by matchAll: only the last match's index is wanted, and matchAll copies the pattern.)
  const words = lexicon.titleWords;
  let last = -1;
  words.lastIndex = 0;
  for (let found = words.exec(before); found; found = words.exec(before)) {
    last = found.index;
    if (found[0] === '') words.lastIndex++;
  }
  return last >= 0 && lexicon.isTitleOnly(before.slice(last).replace(TITLE_LINKS, 'of'));
}

const PARTNERS_IN = /\b(?:parties|leaders|officials|organizations|organisations|representatives)\s+in\s+(?:the\s+)?$/;

/**
 * Mentions that name no actor: a country in a compound (`Vietnam-Laos Friendship Year`), a possessive before
 * another noun (`Vietnam's guidelines`), a party after an organ or occasion (`after the 19th Congress of the CPC`),
 * the source of the report (`the CPV Commission for External Relations said`), the venue of a conference or a
 * meeting (`in India`, `at the LPRP headquarters`).
 */
export function isModifier(text: string, m: LocalMention, triggers: readonly Trigger[], lexicon: EventLexicon): boolean {
  if (m.type === 'country' && (COMPOUND_AFTER.test(text.slice(m.end, m.end + 4)) || COMPOUND_BEFORE.test(text.slice(Math.max(0, m.start - 4), m.start)))) return true;
  // `the JCP-CPV solidarity`: parties joined by a hyphen name a relation, unless they name an act (`the JCP-CPV
  // theoretical meeting`); spaced dashes may part a party's own name.
  if (m.type === 'party' && (/^[-–][A-Z]/.test(text.slice(m.end, m.end + 2)) || /[A-Za-z][-–]$/.test(text.slice(Math.max(0, m.start - 2), m.start)))) {
    if (!triggers.some((t) => t.start >= m.end && t.start - m.end <= 40 && !/[,;]/.test(text.slice(m.end, t.start)))) return true;
  }
  // `the South African Communist Party (SACP)’s Secretary`: a possessive after the name's gloss is still one.
  const after = text.slice(m.end, m.end + 60).replace(/^\s*\([^()]{1,20}\)(?=['’])/, '');
  // `visited the CPC's headquarters`: the party whose seat is visited is the host, not a possessive by the way.
  const seatVisited = /^['’]s?\s+(?:headquarters|head\s+office|offices?)\b/.test(after) && /\b(?:visited|visiting|visit|visits|toured)\s+(?:the\s+)?$/.test(text.slice(Math.max(0, m.start - 20), m.start));
  if (/^['’]s?\s/.test(after) && !seatVisited && !triggers.some((t) => t.start >= m.end && t.start - m.end <= 40 && !/[,;]/.test(text.slice(m.end, t.start)))) return true;
  const before = text.slice(Math.max(0, m.start - 40), m.start);
  if (lexicon.organName.test(before) && !triggers.some((t) => t.end <= m.start && t.end >= m.start - 40)) return true;
  // `Cuban communist party (PCC) reported`: the source of the report, glossed or not.
  const speech = text.slice(m.end, m.end + 100).replace(/^\s*\([^()]{1,30}\)/, '');
  if (lexicon.speaker.test(speech) && !/^[^.;]*?\b(?:said|says|stated)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[A-Za-z-]+\s+)?(?:message|letter|cable|telegram)/.test(speech)) return true;
  // `the 20th CPC Central Committee`, `the 13th CPV Congress`: a party's organ of one term, not the party acting.
  if (m.type === 'party' && /\b\d+(?:st|nd|rd|th)\s+$/.test(before)) return true;
  // `relations between Cuba and Vietnam`, `the ties between the two countries`: the sides of a relation, not of an act.
  const preceding = text.slice(Math.max(0, m.start - 90), m.start);
  if (preceding.includes('between') && RELATION_BETWEEN.test(preceding)) return true;
  // `congratulated X on the successful organisation of the Senate election in Cambodia`: the place of the occasion.
  if (m.type === 'country' && OCCASION_PLACE.test(preceding)) return true;
  // `United Left Movement Party (MIU) of the Dominican Republic`: the country of a party.
  if (m.type === 'country' && /Party\s*(?:\([^()]{1,20}\)\s*)?of\s+(?:the\s+)?$/.test(before)) return true;
  // `Vietnam Fatherland Front`, `Vietnam News Agency`: a country opening an organization's name.
  if (m.type === 'country' && ORGANIZATION_NAME_AFTER.test(after) && !lexicon.titleWord.test(after.slice(0, 30))) return true;
  // `During their stay in India, the delegation met …`: the country the scene is set in, where no visit is told.
  if (m.type === 'country' && SCENE_PLACE.test(before) && !triggers.some((t) => t.type === 'visit')) return true;
  // `In China, Kim met with X`: the country a sentence opens in is the scene of its acts, where no visit is told.
  if (m.type === 'country' && FRONTED_PLACE.test(before) && /^\s*,/.test(after) && !triggers.some((t) => t.type === 'visit')) return true;
  // `the President Ho Chi Minh Monument`, `the Monument of President Ho Chi Minh`: a name inside a place's name.
  if (PLACE_NAME_AFTER.test(text.slice(m.end, m.end + 20)) || PLACE_NAME.test(text.slice(m.start, m.end)) || PLACE_NAME_BEFORE.test(before)) return true;
  // `met X at the building of the CPV Central Committee`: the seat of a meeting is no side of it (a visit to a
  // party's seat is a visit to that party).
  if (m.type === 'party' && (SEAT_BEFORE.test(before) || (/\b(?:at|in)\s+(?:the\s+)?$/.test(before) && SEAT_AFTER.test(after)))) {
    const act = [...triggers].reverse().find((t) => t.end <= m.start) ?? triggers.find((t) => t.start >= m.end);
    if (act && act.type !== 'visit') return true;
  }
  const venue = [...triggers].reverse().find((t) => t.end <= m.start && m.start - t.end <= 120);
  // `leaders of political parties in Russia`: the country of the partners, not the scene.
  return venue !== undefined && venue.type !== 'visit' && venue.type !== 'message' && m.type !== 'person' && VENUE_WORDS.test(before) && !PARTNERS_IN.test(before);
}

/**
 * `Communist Party of China (CPC)`, `New Left Party (Poland)`: a name in parentheses right after another glosses
 * it; the actor is the name before.
 */
export function isGloss(text: string, m: LocalMention, previous: LocalMention | undefined): boolean {
  if (text[m.end] !== ')' || text[m.start - 1] !== '(') return false;
  if (previous !== undefined && ACTORS.has(previous.type) && /^\s*\($/.test(text.slice(previous.end, m.start))) return true;
  // `"New Left" Party (Poland)`: the country of a name the recognizer did not take.
  return m.type === 'country' && UNRECOGNIZED_NAME_PAREN.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * `the Nur Otan Party of Kazakhstan`, `Sultan Hassanal Bolkiah of Brunei`: a country named after a party or a person
 * only says whose party or leader it is.
 */
export function qualifiesActor(text: string, m: LocalMention, previous: LocalMention | undefined): boolean {
  return m.type === 'country' && (previous?.type === 'party' || previous?.type === 'person') && /^\s+(?:of|from)\s+(?:the\s+)?$/.test(text.slice(previous.end, m.start));
}

/**
 * `X received Y, who paid a state visit to Vietnam`: Y is the subject of the relative clause's event and the object
 * of the event before it.
 */
export function shareRelativeSubjects(text: string, drafts: Draft[], actors: Candidate[], lexicon: EventLexicon): void {
  for (const [index, actor] of actors.entries()) {
    const m = actor.mention;
    const next = drafts.find((d) => d.trigger.start >= m.end);
    if (!next || !RELATIVE_WHO.test(text.slice(m.end, next.trigger.start)) || lexicon.clauseBreak.test(text.slice(m.end, next.trigger.start))) continue;
    const previous = nearest(drafts.filter((d) => d.trigger.end <= m.start), m, text, lexicon, true);
    // `delegates of the ANC and SWAPO, who were attending …`: the clause is said of the whole list it closes.
    // (Only a list joined by `and`: `At the talks with the LPRP, X, who …` names one.)
    const subjects = [actor];
    if (index > 0 && /\b(?:and|as\s+well\s+as)\b/.test(gapBetween(text, actors[index - 1].mention.end, m.start, lexicon))) {
      for (let i = index - 1; i >= 0 && lexicon.listSeparator.test(gapBetween(text, actors[i].mention.end, subjects[0].mention.start, lexicon)); i--) subjects.unshift(actors[i]);
    }
    for (const draft of [previous, next]) {
      if (!draft) continue;
      for (const subject of subjects) if (!draft.members.some((x) => x.candidate === subject)) draft.members.push({ candidate: subject, role: 'participant' });
      draft.members.sort((a, b) => a.candidate.mention.start - b.candidate.mention.start);
    }
    next.relative = true;
    if (previous) previous.rule += '+relative-clause';
    // `Phuc, who is paying a visit to Cuba, was received by X`: the main verb after the clause has the same subject.
    const clauseEnd = text.indexOf(',', next.trigger.end);
    const main = drafts.find((d) => d.trigger.start > clauseEnd && clauseEnd !== -1 && d !== next);
    if (!previous && main && !/[;.]/.test(text.slice(next.trigger.end, main.trigger.start)) && !main.members.some((x) => x.candidate === actor)) {
      main.members.unshift({ candidate: actor, role: 'participant' });
      main.rule += '+relative-subject';
    }
  }
}

/**
 * `X received A and welcomed B`, `X held talks with A as well as meetings with B`, `X held talks with A; met B`: an act
 * after `and` (or a verb after a semicolon) with no subject of its own shares the subject before it.
 */
export function shareCoordinatedSubjects(text: string, drafts: Draft[]): void {
  drafts.forEach((draft, i) => {
    const previous = drafts.slice(0, i).reverse().find((d) => !d.relative);
    if (!previous) return;
    const lastBefore = [...previous.members].reverse().find((m) => m.candidate.mention.end <= draft.trigger.start);
    const from = Math.max(previous.trigger.end, lastBefore?.candidate.mention.end ?? 0);
    // (`X held talks with A; met with B; received C`: a series of verb phrases parted by semicolons.)
    const series = /^[^;]*;\s*(?:and\s+)?(?:also\s+)?$/.test(text.slice(from, draft.trigger.start)) && VERB_HEAD.test(text.slice(draft.trigger.start, draft.trigger.end));
    if ((!series && !/^[^;]*?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?$/.test(text.slice(from, draft.trigger.start))) || /^(?:the|a|an)\b/i.test(text.slice(draft.trigger.start))) return;
    const subjects = previous.members.filter((m) => m.candidate.mention.end <= previous.trigger.start);
    if (subjects.length === 0 || draft.members.some((m) => m.candidate.mention.end <= draft.trigger.start)) return;
    draft.members = [...subjects.map((m) => ({ ...m })), ...draft.members];
    draft.rule += '+shared-subject';
  });
}

/** `phone calls between A and B`: the sides are those after `between`; names before it set the scene. */
export function keepSidesOfBetween(text: string, draft: Draft): void {
  const { trigger } = draft;
  if (trigger.type === 'visit' || trigger.type === 'message' || trigger.type === 'conference') return;
  const firstAfter = draft.members.find((m) => m.candidate.mention.start >= trigger.end);
  if (!firstAfter || !/^\s*between\b/i.test(text.slice(trigger.end, firstAfter.candidate.mention.start))) return;
  draft.members = draft.members.filter((m) => m.candidate.mention.start >= trigger.end);
}

/** `the visit of X to Vietnam to attend a high-level meeting`: X takes part in what the visit was for. */
export function shareWithPurpose(text: string, sentence: Span, drafts: Draft[], lexicon: EventLexicon): void {
  drafts.forEach((draft, i) => {
    const visit = drafts.slice(0, i).reverse().find((d) => d.trigger.type === 'visit');
    const purpose = visit && lexicon.purposeCue.test(text.slice(Math.max(sentence.start, draft.trigger.start - 60), draft.trigger.start));
    // `paid an official visit to Vietnam, where they were warmly welcomed by X`
    const there = visit && /,\s*where\b[^,;]*$/.test(text.slice(visit.trigger.end, draft.trigger.start));
    if (!visit || draft.trigger.type === 'visit' || !(purpose || there)) return;
    const between = draft.members.filter((m) => m.candidate.mention.end <= draft.trigger.start && m.candidate.mention.start >= visit.trigger.end);
    visit.members.push(...between);
    // The visitors, not the country visited, take part in what the visit was for.
    draft.members = [...visit.members.filter((m) => m.candidate.mention.type !== 'country').map((m) => ({ ...m })), ...draft.members.filter((m) => !between.includes(m))];
    draft.rule += '+purpose-of-visit';
  });
}
const FRAME = re('i')`\b(?:${frameCues([ON_THE_OCCASION])})\s+(?:a|an|the|his|her|their|its)\s+(?:[${LETTER}-]+\s+){0,3}$`;
/** `X paid a courtesy call on Y, marking the start of his working visit`: a participle that opens the journey. */
const JOURNEY_BEGUN = re('i')`,\s*(?:marking\s+the\s+(?:beginning|start|outset)\s+of|beginning|starting|commencing|kicking\s+off)\s+(?:a|an|the|his|her|their|its)\s+(?:[${LETTER}-]+\s+){0,3}$`;

/**
 * `X held working meetings … at the beginning of a visit`, `X was received by Y … within the framework of his
 * working visit`: a visit that frames the act before it was made by that act's subjects.
 */
export function shareWithFrame(text: string, drafts: Draft[]): void {
  drafts.forEach((visit, i) => {
    // Only a visit that names no one of its own: `during a visit to Hanoi by X` has its visitor.
    if (visit.trigger.type !== 'visit' || i === 0 || visit.members.some((m) => m.candidate.mention.type !== 'country')) return;
    const act = drafts[i - 1];
    const gap = text.slice(act.trigger.end, visit.trigger.start);
    const framing = gap.replace(/\b(?:latter|former)['’]s\s/, '');
    if (!(FRAME.test(framing) || JOURNEY_BEGUN.test(framing)) || /[;.]/.test(gap)) return;
    const all = act.members.filter((m) => m.candidate.mention.end <= act.trigger.start && !visit.members.some((v) => v.candidate === m.candidate));
    // `A and B met as part of the latter's trip`: the one the possessive picks made the journey.
    const pick = /\b(latter|former)['’]s\s+(?:[a-z-]+\s+){0,3}$/.exec(gap)?.[1];
    const subjects = pick === 'latter' ? all.slice(-1) : pick === 'former' ? all.slice(0, 1) : all;
    if (subjects.length === 0) return;
    visit.members = [...subjects.map((m) => ({ ...m })), ...visit.members];
    visit.rule += '+frame-of-act';
  });
}

/**
 * `Meeting with X, Y said …`, `In his talks with X, Y …`: a meeting or call told in a phrase that opens the sentence
 * is held by the subject after it, even one that only speaks.
 */
export function shareFrontedSubject(text: string, sentence: Span, drafts: Draft[], named: Candidate[], lexicon: EventLexicon): void {
  const act = drafts[0];
  if (!act || (act.trigger.type !== 'meeting' && act.trigger.type !== 'call')) return;
  if (!FRONTED_ACT.test(text.slice(sentence.start, act.trigger.start))) return;
  // (`During the visit, Chen met with A, …`: a name before the act is its subject; the act is not fronted.)
  if (named.some(({ mention }) => mention.start >= sentence.start && mention.end <= act.trigger.start)) return;
  const comma = text.indexOf(',', act.trigger.end);
  if (comma < 0 || comma >= sentence.end || drafts.some((d) => d !== act && d.trigger.start < comma)) return;
  const subject = named.find(({ mention }) => mention.start > comma && mention.type === 'person');
  if (!subject || !lexicon.isTitleOnly(text.slice(comma + 1, subject.mention.start))) return;
  // (The subject may have been taken as one more partner after the act: it is the one who met them.)
  act.members = [{ candidate: subject, role: 'participant' }, ...act.members.filter((m) => m.candidate !== subject)];
  act.rule += '+fronted-subject';
}

/**
 * `X made the remarks while meeting with Y`, `X said this when meeting Y`: a meeting or call told in a clause of time
 * after the main verb is held by the sentence's subject, even one that only speaks.
 */
export function shareMainSubject(text: string, sentence: Span, drafts: Draft[], named: Candidate[], lexicon: EventLexicon): void {
  for (const act of drafts) {
    if (act.trigger.type !== 'meeting' && act.trigger.type !== 'call') continue;
    const before = text.slice(Math.max(sentence.start, act.trigger.start - 40), act.trigger.start);
    // `X praised Vietnam during talks with Y`, `X said in a meeting with Y that …`: a meeting a phrase after the main
    // verb names, with its partner after it, is held by the subject; what the verb acts on is no side of it.
    const framed = TRAILING_FRAME.test(before) && /^\s+(?:with|hosted\s+by)\b/.test(text.slice(act.trigger.end, act.trigger.end + 12));
    if (!framed && (act.members.some((m) => m.candidate.mention.end <= act.trigger.start) || !TIME_CLAUSE_BEFORE.test(before.slice(-30)))) continue;
    const subject = named.find(({ mention }) => mention.start >= sentence.start && ACTORS.has(mention.type));
    if (!subject || subject.mention.type !== 'person' || subject.mention.end > act.trigger.start) continue;
    const between = text.slice(subject.mention.end, act.trigger.start);
    if (/[;:]/.test(between) || drafts.some((d) => d !== act && d.trigger.start >= subject.mention.end && d.trigger.end <= act.trigger.start)) continue;
    if (framed && !lexicon.statementAfterSubject.test(between)) continue;
    const objects = framed ? act.members.filter((m) => m.candidate.mention.start >= subject.mention.end && m.candidate.mention.end <= act.trigger.start) : [];
    act.members = [{ candidate: subject, role: 'participant' }, ...act.members.filter((m) => m.candidate !== subject && !objects.includes(m))];
    act.rule += '+main-subject';
  }
}

/** `A, on a visit to Vietnam, met B`: the visit set off before the verb tells who acts; the visitors act too. */
export function shareVisitorsWithAct(text: string, drafts: Draft[]): void {
  drafts.forEach((visit, i) => {
    const act = drafts[i + 1];
    if (visit.trigger.type !== 'visit' || !act || act.trigger.type === 'visit') return;
    if (!ON_A_VISIT.test(text.slice(Math.max(0, visit.trigger.start - 40), visit.trigger.start))) return;
    if (!/^\s+to\s[^;.]{0,80}$/.test(text.slice(visit.trigger.end, act.trigger.start))) return;
    const visitors = visit.members.filter((m) => m.candidate.mention.end <= visit.trigger.start && !act.members.some((a) => a.candidate === m.candidate));
    if (visitors.length === 0 || act.members.some((a) => a.candidate.mention.end <= act.trigger.start)) return;
    act.members = [...visitors.map((m) => ({ ...m })), ...act.members];
    act.rule += '+visitors-act';
  });
}

/** Roles from the words that govern each participant: `visit to X` (host), `X received messages` (recipient). */
export function assignRoles(text: string, sentence: Span, draft: Draft, lexicon: EventLexicon): void {
  const { trigger } = draft;
  const directed = trigger.type === 'visit' || trigger.type === 'message';
  let previous: { end: number; role: EventRole } | undefined;
  for (const member of draft.members) {
    const m = member.candidate.mention;
    if (!directed) continue;
    const after = m.start >= trigger.end;
    const from = Math.max(previous?.end ?? sentence.start, after && (previous?.end ?? 0) < trigger.end ? trigger.end : sentence.start);
    const gap = gapBetween(text, from, m.start, lexicon).replace(lexicon.wordsBeforeName, '');
    const sameSide = previous !== undefined && previous.end >= trigger.end === after;
    // (`At the invitation of A, X paid a visit`: the name after the inviter's comma is the sentence's subject.)
    const subjectAfterInviter = trigger.type === 'visit' && !after && previous?.role === 'host' && /^\s*,\s*$/.test(gap);
    if (previous && sameSide && !subjectAfterInviter && (lexicon.listSeparator.test(gap) || GROUP_LABEL.test(text.slice(previous.end, m.start)))) member.role = previous.role;

    // `greetings to A, general secretary of …, and President B`: after a recipient, the names go on receiving.
    else if (previous?.role === 'recipient' && sameSide && after && trigger.type === 'message' && !/\b(?:from|by)\b/.test(gap)) member.role = 'recipient';
    else member.role = roleOf(text, trigger, gap, after, m, lexicon);
    previous = { end: m.end, role: member.role };
  }
  // `In a message to X, Y expressed …`: the subject after the fronted phrase sent it.
  const fronted = trigger.type === 'message' && /^\s*In\s+(?:a|an|his|her|its|their)\s+(?:[A-Za-z-]+\s+)?$/.test(text.slice(sentence.start, trigger.start));
  if (fronted) {
    const subject = draft.members.find((m) => {
      const before = text.slice(trigger.end, m.candidate.mention.start);
      return SUBJECT_AFTER_COMMA.test(before.slice(before.lastIndexOf(',')));
    });
    if (subject) {
      subject.role = 'sender';
      // `In its message, the PCB lauded the CPV's efforts`: a name past the subject's verb is whom it wrote to.
      for (const other of draft.members) {
        const between = text.slice(subject.candidate.mention.end, other.candidate.mention.start);
        if (other.role === 'sender' && other.candidate.mention.start > subject.candidate.mention.end && /\b[a-z]{3,}\b/.test(between.replace(/\([^()]*\)/g, '')) && !lexicon.listSeparator.test(between)) other.role = 'recipient';
      }
    }
  }
  // `paid a visit to Laos at the invitation of A and B`: the inviters named after the act ask the visitors over; the
  // country they lead is the host, and they are no side of the journey.
  if (trigger.type === 'visit') {
    draft.members = draft.members.filter(({ role, candidate: { mention: m } }) => !(role === 'host' && m.type === 'person' && m.start > trigger.end && INVITER_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 250), m.start))));
  }
  // `Xi asked Mai to convey his greetings to Trong`: the one asked carries the greetings, neither sends nor receives them.
  if (trigger.type === 'message') {
    draft.members = draft.members.filter(({ candidate: { mention: m } }) => !(MESSENGER_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && CONVEY_BEFORE.test(text.slice(m.end, trigger.start))));
  }
  // `The message … described Vietnam as …`, `said in his letter that the CPC has …`: names past the words that open
  // what a message says are its content (after `In its message, X hailed Y`, Y is whom X wrote to, above).
  // (`The message that X sent to Y was read out`: a clause that tells who sent it names its sides, not its content.)
  if (trigger.type === 'message' && !fronted && !SENDING_CLAUSE.test(text.slice(trigger.end, sentence.end))) {
    draft.members = draft.members.filter(({ candidate: { mention: m } }) => m.start < trigger.end || !lexicon.messageContent.test(text.slice(trigger.end, m.start)));
  }
  // `X handed over a letter from Y`: with a sender named after the trigger, the one before it only carried it.
  if (trigger.type === 'message' && draft.members.some((m) => m.role === 'sender' && m.candidate.mention.start >= trigger.end)) {
    draft.members = draft.members.filter((m) => m.role !== 'sender' || m.candidate.mention.start >= trigger.end);
  }
  draft.rule += `+roles`;
}
const SIDES: Partial<Record<EventType, [EventRole, EventRole]>> = { visit: ['visitor', 'host'], message: ['sender', 'recipient'] };

/** `Leaders of many parties sent congratulations to X. They include A, B`: the names listed take the side left unnamed. */
export function fillUnnamedSide(draft: Draft, from: number): void {
  const sides = SIDES[draft.trigger.type];
  const items = draft.members.filter((m) => m.candidate.mention.start >= from);
  if (!sides || items.length === 0) return;
  const named = new Set(draft.members.filter((m) => m.candidate.mention.start < from).map((m) => m.role));
  const unnamed = sides.find((role) => !named.has(role));
  if (unnamed) for (const item of items) item.role = unnamed;
}

/**
 * The words between two points without what is not a word between names: a person's title at the end, glosses in
 * parentheses, quotation marks, and the rest of a name the recognizer cut short (`Moon Jae|-in, Chairman of …`).
 */
export function gapBetween(text: string, from: number, to: number, lexicon: EventLexicon): string {
  // A bullet opening a list's line, or a semicolon between titled items, parts them as a comma does.
  // Each pattern is tried only where the character it needs is in the gap: most gaps are a comma or `and`, and a
  // pattern anchored at the end is tried from every character.
  const raw = text.slice(from, to);
  const unbulleted = raw.includes('\n') ? raw.replace(LIST_BULLET, ', ') : raw;
  const gap = unbulleted.includes(';') ? unbulleted.replace(/\s*;/g, ',') : unbulleted;
  const rest = LETTER_CHAR.test(text[from - 1] ?? '') ? gap.replace(WORD_REST, '') : gap;
  // Glosses in parentheses and quotation marks around names are no words between.
  const unglossed = rest.includes('(') ? rest.replace(/\s*\([^()]{0,60}\)/g, '') : rest;
  const unquoted = QUOTE_MARK.test(unglossed) ? unglossed.replace(/["“”]/g, '') : unglossed;
  return CAPITAL.test(unquoted) ? unquoted.replace(lexicon.titleTail, '') : unquoted;
}

const QUOTE_MARK = /["“”]/;
/** What `titleTail` cannot match without: a capital letter. */
const CAPITAL = re()`[${UPPER}]`;

function roleOf(text: string, trigger: Trigger, gap: string, after: boolean, m: LocalMention, lexicon: EventLexicon): EventRole {
  const cue = lexicon.roleCue.find(({ pattern }) => pattern.test(gap))?.role;
  const governing = /^\s*$/.test(gap) && after ? trigger.head : undefined;
  if (trigger.type === 'visit') {
    if (cue === 'host' && (m.type !== 'person' || /invitation\s+of\s*$|by\s*$/.test(gap))) return 'host';
    // `at the invitation of the international department of the CPC`: the party of the organ that invited.
    if (m.type !== 'person' && INVITED_BY_ORGAN.test(gap)) return 'host';
    // `visited Laos`, `left for China`, `the first leader to visit Laos`: the object of the verb is the host.
    const verb = governing === 'visit' ? /\bto\s+$/.test(text.slice(Math.max(0, trigger.start - 4), trigger.start)) : governing !== undefined && (/^(?:visited|visiting|toured)$/.test(governing) || lexicon.gated.get(governing)?.objectCountry === true);
    if (verb && m.type !== 'person') return 'host';
    // `invited to attend the congress of the PCC in Cuba`: who holds what the guest attends receives the guest.
    if (after && trigger.head === 'invited to attend' && m.type !== 'person') return 'host';
    if (!after && lexicon.welcomeVerbs.has(trigger.head)) return 'host';
    // `Laos was visited by X`: the subject of the passive is where the visitors went.
    if (!after && /^visited$/.test(trigger.head) && m.type !== 'person' && PASSIVE_BEFORE.test(text.slice(m.end, trigger.start))) return 'host';
    // `Hun Sen welcomed the visit of X`, `Cuba received a visit from X`: who welcomes or receives the visit hosts it.
    if (!after && HOSTING_VISIT.test(text.slice(m.end, trigger.start))) return 'host';
    // `the official China visit by X`, `his Laos trip`: a country that names the visit is where it went.
    if (!after && m.type === 'country' && /^\s+$/.test(text.slice(m.end, trigger.start)) && /^(?:visits?|trips?|tours?)$/.test(trigger.head)) return 'host';
    // `his official tour of Vietnam, China and Laos`: the countries toured, unlike the visitors of a visit `of` them.
    if (after && m.type === 'country' && /^tours?$/.test(trigger.head) && /^\s*of\s*$/.test(gap)) return 'host';
    // `was (warmly) welcomed by Y`: Y received the visitors.
    if (after && /welcomed/.test(trigger.head) && (/^\s*by\s*$/.test(gap) || (governing !== undefined && / by$/.test(governing)))) return 'host';
    return 'visitor';
  }
  if (after) {
    // `the message that President X sent to Y`: the name the clause opens with sent it.
    if (/^\s*(?:that|which)\b/.test(gap) && SENDING_AFTER.test(text.slice(m.end, m.end + 12))) return 'sender';
    // `sent congratulations to leaders of the Party and State of Vietnam`: the country of those the message went to.
    const unnamedSide = UNNAMED_SIDE_OF.exec(gap)?.[1];
    if (unnamedSide) return unnamedSide === 'to' ? 'recipient' : 'sender';
    // `sent by parties from Asia such as A`: before the cue of a list, the first word that governs the group.
    const group = GROUP_BEFORE_ITEMS.exec(gap)?.[1];
    if (group) return group === 'to' ? 'recipient' : 'sender';
    // `Leaders having sent congratulatory messages included A, B and C`: those listed after the act sent it.
    // (`Among the parties sending messages were A`, `The well-wishers included:`.)
    if (/^\s*(?:(?:in|on|during|last)\s+[\w\s,]{1,25}?\s+)?(?:included|include|includes|were|are)[\s:]*$/.test(gap) && (/\b(?:sent|sending)\s+$/.test(text.slice(Math.max(0, trigger.start - 12), trigger.start)) || /^(?:sent|well-wishers)\b/i.test(text.slice(trigger.start, trigger.end)))) return 'sender';
    // `X received messages from political parties, including A`: after a receiving subject, the rest sent.
    if (cue !== 'recipient' && lexicon.receiving.test(text.slice(Math.max(0, trigger.start - 40), trigger.start))) return 'sender';
    // `a message to the 11th Congress of the LPRP`: what the message went to belongs to the one that receives it.
    if (/(?:^|\s)to\s[^,;]*\bof\s*$/.test(gap) && !/\b(?:from|by)\b/.test(gap)) return 'recipient';
    // `In its congratulation letter, the CPRF wrote …`: the subject after a fronted phrase sent it.
    if (cue === 'sender' || cue === 'visitor' || /^\s*,\s*$/.test(gap)) return 'sender';
    return 'recipient';
  }
  return lexicon.receiving.test(text.slice(m.end, trigger.start)) ? 'recipient' : 'sender';
}
