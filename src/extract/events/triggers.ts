/** Finding a sentence's triggers, and the gates that keep plans, scenes, back-references and speech out. */

import type { EventType, LocalMention, Span } from '../../types.js';
import { MONTH_ABBREVIATIONS, MONTHS } from '../recognizers/dates.js';
import type { Candidate, Draft, SentenceContext, Trigger } from './drafts.js';
import { LETTER, LOWER, re, STARTS_CAPITALIZED, UPPER } from './letters.js';
import type { EventLexicon } from './lexicon.js';
import { countOf } from './occasions.js';
import { coordinatedSubjects, nameOf } from './participants.js';
import { ACTORS, CONVEY_BEFORE, FRAMING_JOURNEY, FRONTED_BARE_ACT, LETTER_CHAR, PASSIVE_BEFORE, VERB_HEAD } from './patterns.js';

const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’' };
const TIME_THEN_PARTNER = /^\s+(?:(?:were|was)\s+held\s+)?(?:(?:here|there)\s+)?(?:(?:(?:on|last|this|in)\s+)?[A-Za-z]+\s+)?(?:between|with)\b/;
const FIRST_TO = /\b(?:first|second|third|last|only)\s+(?:[A-Za-z-]+\s+){0,3}to\s+$/i;
const QUOTE_OPEN = /["“«‘]/g;
const WELCOME_OR_HOST = /welcom|host/i;
const EXCHANGE_WORD = /xchang/i;
const NAMED_HEADS = /^(?:conference|conferences|seminar|workshop|forum|summit|roundtable|round table|symposium|colloquium|meeting|congress|international meeting|assembly|general assembly|plenary session)$/;
/** `X was invited to attend the celebrations in Havana`: a journey reported by the invitation it answered. */
const INVITED_TO_ATTEND = /\b(?:was|were|had\s+been)\s+(invited\s+to\s+(?:attend|join))(?![A-Za-z])/g;
/** `at international forums`, `in regional summits`: the venues of support in general, not one occasion. */
const VENUE_IN_GENERAL = /\b(?:at|in|on)\s+(?:(?:the|regional|international|multilateral|global|world|and|other|many|various|major)\s+)*$/i;
/**
 * `participated in all meetings since 1998`, `all meetings and conferences`, `organisations and forums`: acts of a
 * kind in general, no occasion. The words between are of the act's own phrase: a verb ends it (`visited all three
 * provinces and met`), and a trigger that opens with its verb (`and held talks`) tells an act of its own.
 */
const ACT_VERB = String.raw`(?:held|had|paid|made|met|took|led|sent|gave|hosted|attended|visited|received|signed|joined|conducted)\b`;
const PHRASE_WORD = String.raw`(?!${ACT_VERB}|(?:and|or)\b)[a-z-]+\s+`;
/** A trigger that opens with its verb (`held talks`) tells an act, whatever stands before it. */
const OPENS_WITH_A_VERB = new RegExp(`^${ACT_VERB}`, 'i');
const ALL_OF_A_KIND = new RegExp(String.raw`(?:\b(?:all|every|any)\s+(?:(?:of\s+)?(?:the|its|their)\s+)?(?:${PHRASE_WORD}(?:and\s+)?){0,3}|\borgani[sz]ations\s+(?:and|or)\s+(?:${PHRASE_WORD}){0,2})$`, 'i');
/** `led a Party delegation to Cuba`: a journey told by who led it. */
const LED_DELEGATION = re('gi')`(?<![A-Za-z])(?:led|leads|leading|headed|heads|heading|(?<sent>sent|sends|dispatched|dispatches))\s+(?:a|an|the|his|her|their)\s+(?:[${LETTER}'’-]+\s+){0,4}?delegation(?=\s+to(?![A-Za-z])(?!\s+(?:participate|attend|join|take\s+part|witness)(?![A-Za-z])))(?:\s+to\s+visit(?![A-Za-z]))?`;
/** `, the Vietnamese Party chief said`, `, he said`: a subject that is no name. */
const UNNAMED_SUBJECT = re()`^\s*,\s*(?:he|she|it|they|we|the\s+(?:[${UPPER}]\S*\s+)*(?!(?:of|and|for|de)\s)[a-z])`;
const DURING_VISIT = /^\s*(?:\*\s*)?(?:During|In\s+the\s+course\s+of|As\s+part\s+of)\s+(?:the|this|their|his|her|its)\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|stay|tour)\s*,/i;
const WELCOME_VERB = re('gi')`(?<![${LETTER}-])(?:welcomed|welcomes|welcoming|hosted|hosts|hosting)(?![${LETTER}-])`;
const SETTING_OF_ACT = /^[^;.:]{0,150}\s(?:during|at|in)\s+(?:a|an|the)\s+$/;
const SIDELINES_BEFORE = /\bsidelines?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}$/;
const BEING_IN = /\b(?:is|was|are|were)\s+(?:currently\s+|now\s+)?in\s+$/;
const BEING_IN_FOR = /^\s+(?:(?:in|on|from|this|last)\s+[^,;.]{0,30}?\s+)?(?:to\s+(?:attend|visit|join|take\s+part|participate|pay|hold|meet)\b|for\s+(?:a|an|the|his|her|their)\s)/;
const ONLINE_AFTER = /^\s+(?:online|virtually)\b/i;
const AMBASSADOR = /\bAmbassadors?\b[^,;]*$/;
const COPULA_BETWEEN = re()`^\s+(?:is|was|are|were)\s+(?:(?:his|her|its|their|the|a|an|first|last|second)\s+)*(?:[${LOWER}]+\s+)?$`;
const WELCOMED_ACT = re()`^\s+(?:the\s+)?(?:[${UPPER}][${LETTER}-]*\s+){0,3}?(?:[${LETTER}-]+['’]s?\s+)?(?:[a-z-]+\s+)?(?:visit|trip|presence|attendance|participation|proposal|initiative)\b`;
const OBJECT_PREFIX = re()`^[\s,]*(?:(?:the|a|an|his|her|its|their|with|between|by|on|visiting|ruling|governing|[${UPPER}][${LETTER}'’.-]*|of|and|delegation|delegations|leaders?|representatives?|envoys?|members?|head)[\s,]*)*$`;
const PLACE_IN = re()`^\s+in\s+(?:the\s+)?(?:[${UPPER}]\S*\s+){0,2}`;
const SCENE_FOLLOWS = re()`^(?:,|\s+[${UPPER}]|\s+(?:hosted|organi[sz]ed|chaired|co-chaired|held|convened)\s+(?:by|in|at)\b[^,;]{0,100},)`;
const PASSIVE_AFTER = re()`^\s+(?:were|was|have\s+been|has\s+been)\s+[${LOWER}]+ed\s+by\b`;
const DETERMINER_OR_POSSESSIVE_BEFORE = re('i')`(?:\b(?:the|this|that|these|those)|[${LETTER}]['’]s?)\s+$`;
const LOWER_PREFIX = re()`^[\d\s${LOWER}-]+`;
const NUMBERED = /\b\d+\s?(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}$/;
const ADVERBIAL_FIRST = /^(?:\s+(?:(?:on|at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|here\b|there\b|today\b|yesterday\b|(?:this|that|on\s+the|in\s+the)\s+(?:morning|afternoon|evening)\b))+/;
/** `invited a delegation to attend the`: what one is invited to attend or hold is to come. */
const INVITED_TO = /\binvit\w*\s+(?:[^\s,;.]+\s+){0,4}to\s+(?:attend|hold)\b/i;
/** `the congress scheduled for November`: an act named, then its time to come. */
const PLANNED_AFTER = /^(?:\s+of\s+(?:the\s+)?[^,;.]{1,40}?)?\s*,?\s*(?:(?:is|are|was|were)\s+)?(?:(?:scheduled|slated|set)\s+(?:for|to)\b|due\s+(?:for|to\s+(?:be|take|begin|open|visit|hold|attend)\b))/;
// (Up to a comma or a second verb, and not `to the country`: `called on X during his visit to the country` and `called
// on X and conveyed greetings to Y` are calls on X; `called on A and B to strengthen ties` is an appeal.)
const URGED_TO = /^(?:(?!\band\s+(?:also\s+)?[a-z]+ed\b)[^,.;:]){0,80}?\bto\s+(?!(?:the|a|an|his|her|their|its|this|that)\b)[a-z]/;
const IN_PERSON: ReadonlySet<EventType> = new Set(['meeting', 'call', 'visit']);
const AT_BEFORE = /\bat\s+(?:the|this|that)\s+$/i;

/**
 * `During the talks, X congratulated Y on …`: congratulations or condolences in a text that reports talks, a call or
 * a visit (before, or in the sentence) were said there, unless the sentence names a message, a letter or a sending,
 * or they are handed over to a leader;
 * `In his message, X congratulated Y`: what a message named before says.
 */
export function isSaidInPerson(text: string, sentence: Span, trigger: Trigger, found: readonly Trigger[], mentions: readonly Candidate[], context: SentenceContext, lexicon: EventLexicon): boolean {
  if (trigger.type !== 'message' || !lexicon.spokenMessage.has(trigger.head)) return false;
  if (found.some((t) => t.type === 'message' && t.end <= trigger.start && /^\s*In\s+(?:a|an|his|her|its|their|the)\s+(?:[A-Za-z-]+\s+)?$/.test(text.slice(sentence.start, t.start)))) return true;
  if (!gatheringOf(text, sentence, trigger, found) && ![...IN_PERSON].some((type) => context.reported.has(type)) && !found.some((t) => IN_PERSON.has(t.type))) return false;
  return !lexicon.messageCarrier.test(text.slice(sentence.start, sentence.end)) && !isHandedToLeader(text, sentence, trigger, mentions, lexicon);
}

/**
 * `extended his congratulations to President X on his election`: congratulations handed to a leader named after them
 * are a message, as a letter would be (`extended congratulations to the CPI on its success` is said at the talks).
 */
function isHandedToLeader(text: string, sentence: Span, trigger: Trigger, mentions: readonly Candidate[], lexicon: EventLexicon): boolean {
  if (!lexicon.handedOverHead.has(trigger.head) || !lexicon.handedOver.test(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start))) return false;
  const next = mentions.find(({ mention: m }) => m.start >= trigger.end && ACTORS.has(m.type));
  return next !== undefined && next.mention.type === 'person' && next.mention.start < sentence.end && /^\s+to\b/.test(text.slice(trigger.end, next.mention.start));
}

/** `Speaking at the congress, X congratulated Y`: the gathering a sentence sets the scene of its act with. */
export function gatheringOf(text: string, sentence: Span, trigger: Trigger, found: readonly Trigger[]): Trigger | undefined {
  return found.find((t) => t.type === 'conference' && t.end <= trigger.start && AT_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 12), t.start)));
}

/** `the meeting of the Secretariats of the CPV and the PCC`: the organs of two parties or states meeting, a contact. */
const ORGAN_PHRASE = /^(?:\s+(?:of|and|the|its|their|[A-Z\d][\w'’.-]*|\([^()]{0,30}\)))*/;
function namesTwoSides(text: string, sentence: Span, from: number, mentions: readonly Candidate[]): boolean {
  // The phrase runs on through names and the words that join them; a verb or any other word in small letters ends it
  // (`the plenum of the CPV Central Committee discussed ties with the CPC` names one side).
  const end = from + ORGAN_PHRASE.exec(text.slice(from, sentence.end))![0].length;
  const sides = new Set(mentions.filter(({ mention: m }) => (m.type === 'party' || m.type === 'country') && m.kind !== 'demonym' && m.start >= from && m.end <= end).map(({ mention: m }) => m.key));
  return sides.size >= 2;
}

export function findTriggers(text: string, sentence: Span, mentions: Candidate[], lexicon: EventLexicon): Trigger[] {
  const body = text.slice(sentence.start, sentence.end);
  const found: Trigger[] = [];
  // Most sentences name no exchange and no welcome: a plain search for a piece of the word spares the patterns.
  for (const match of EXCHANGE_WORD.test(body) ? body.matchAll(lexicon.exchange) : []) {
    const trigger: Trigger = { type: 'exchange', head: 'exchange', start: sentence.start + match.index, end: sentence.start + match.index + match[0].length, rule: 'trigger:exchange' };
    // `relations have grown via exchanges of visits`: exchanges named as the means of something else.
    if (/\b(?:via|by\s+means\s+of)\s+(?:the\s+|regular\s+|frequent\s+)*$/i.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))) continue;
    if (!isPlanned(text, sentence, trigger, lexicon)) found.push(trigger);
  }
  for (const match of WELCOME_OR_HOST.test(body) ? body.matchAll(WELCOME_VERB) : []) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    if (!lexicon.welcomeObject.test(text.slice(end, sentence.end))) continue;
    // `Welcoming the delegation, the leaders said …`, `X, welcoming the delegation, explained …`: a participle sets the
    // scene of a visit told; `is hosting` tells one.
    if (/ing$/i.test(match[0]) && !/\b(?:is|are|was|were)\s+$/.test(text.slice(Math.max(sentence.start, start - 6), start))) continue;
    // `X hosted a delegation of Y`: a person who hosts receives the guests (a meeting); a party or country hosts a visit.
    const host = hostBefore(text, sentence, start, mentions, lexicon);
    const trigger: Trigger =
      host === 'person'
        ? { type: 'meeting', head: match[0].toLowerCase(), start, end, rule: 'trigger:meeting:hosted-delegations' }
        : { type: 'visit', head: match[0].toLowerCase(), start, end, rule: 'trigger:visit:welcomed-delegations' };
    if (!isPlanned(text, sentence, trigger, lexicon) && !found.some((t) => t.start < end && start < t.end)) found.push(trigger);
  }
  for (const match of lexicon.triggersIn(text, sentence.start, sentence.end)) {
    const { start, end, head, headStart } = match;
    if (found.some((t) => t.start < end && start < t.end)) continue;
    const type = lexicon.typeOf.get(head);
    if (!type) continue;
    const trigger: Trigger = { type: visitsPerson(text, end, head, mentions, lexicon) ? 'meeting' : retyped(type, text.slice(start, headStart), text, end), head, start, end, rule: `trigger:${type}:${head}` };
    if (NAMED_HEADS.test(head) && STARTS_CAPITALIZED.test(text[headStart])) nameOf(text, sentence, trigger, headStart, mentions);
    const gatheringEnd = trigger.type === 'meeting' ? numberedGatheringEnd(text, sentence, trigger, headStart, lexicon) : undefined;
    if (gatheringEnd !== undefined) Object.assign(trigger, { type: 'conference', end: gatheringEnd, rule: 'trigger:conference:numbered-session' });
    if (trigger.type === 'meeting' && isNamedGathering(text, sentence, trigger, headStart, end)) Object.assign(trigger, { type: 'conference', rule: 'trigger:conference:named-meeting' });
    if ((type === 'conference' || type === 'meeting') && lexicon.organTrigger.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.end))) continue;
    if (/^(?:meetings?|conferences?|plenums?|plenary sessions?)$/i.test(head) && lexicon.ownOrganAfter.test(text.slice(end, Math.min(sentence.end, end + 60))) && !namesTwoSides(text, sentence, end, mentions)) continue;
    if (!passesGates(text, sentence, trigger, mentions, lexicon)) continue;
    if (type === 'conference' && /[^s]s$/.test(head) && VENUE_IN_GENERAL.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    if (/[^s]s$/.test(head) && !OPENS_WITH_A_VERB.test(head) && ALL_OF_A_KIND.test(text.slice(Math.max(sentence.start, headStart - 50), headStart))) continue;
    if (isPlanned(text, sentence, trigger, lexicon) || lexicon.negated.test(clauseBefore(text, sentence, trigger.start))) continue;
    if (lexicon.negatedAfter.test(text.slice(end, sentence.end)) || lexicon.commemorated.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    found.push(trigger);
  }
  for (const match of body.includes('delegation') ? body.matchAll(LED_DELEGATION) : []) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    // `led a delegation to visit X` governs X as `visited X` does.
    // (`The CPA sent a delegation to Canberra`: a delegation sent, not led, goes abroad only to a country named.)
    if (match.groups?.sent && !mentions.some(({ mention }) => mention.type === 'country' && mention.kind === 'name' && mention.start > end && (/visit$/i.test(match[0]) ? /^\s+(?:the\s+)?$/ : /^\s+to\s+(?:the\s+)?$/).test(text.slice(end, mention.start)))) continue;
    const trigger: Trigger = { type: 'visit', head: /visit$/i.test(match[0]) ? 'visited' : 'led a delegation to', start, end, rule: 'trigger:visit:led-delegation-to' };
    // An ambassador lives where he is posted: the delegation he leads calls on his hosts, it makes no journey.
    if (AMBASSADOR.test(clauseBefore(text, sentence, start))) Object.assign(trigger, { type: 'meeting', rule: 'trigger:meeting:ambassador-led-delegation' });
    // `leading a delegation to visit Vietnam, … his trip`: a verb of visiting names the act before a noun points back.
    const named = found.some((t) => t.type === 'visit' && (trigger.head !== 'visited' || t.start < end));
    if (!named && !isPlanned(text, sentence, trigger, lexicon)) found.push(trigger);
  }
  // `The Lao delegation is in Vietnam to attend …`, `Trump was in Vietnam in 2017 for the APEC summit`: being in a
  // country for a purpose is a visit to it.
  for (const { mention: country } of mentions) {
    // (`in ` just before the country, looked up first: most countries are no place one is in.)
    let before = country.start;
    while (before > sentence.start && /\s/.test(text[before - 1])) before--;
    if (country.type !== 'country' || !text.startsWith('in', before - 2)) continue;
    const being = BEING_IN.exec(text.slice(Math.max(sentence.start, country.start - 30), country.start));
    if (!being || !BEING_IN_FOR.test(text.slice(country.end, Math.min(sentence.end, country.end + 60)))) continue;
    const trigger: Trigger = { type: 'visit', head: 'visited', start: country.start - being[0].length, end: before, rule: 'trigger:visit:being-in' };
    if (!found.some((t) => t.type === 'visit' || (t.start < trigger.end && trigger.start < t.end)) && !isPlanned(text, sentence, trigger, lexicon)) found.push(trigger);
  }
  // Most sentences name neither: a word looked up first spares the patterns.
  for (const match of body.includes('invited') ? body.matchAll(INVITED_TO_ATTEND) : []) {
    const start = sentence.start + match.index + match[0].length - match[1].length;
    const trigger: Trigger = { type: 'visit', head: 'invited to attend', start, end: start + match[1].length, rule: 'trigger:visit:invited-to-attend' };
    if (!found.some((t) => t.type === 'visit' || (t.start < trigger.end && trigger.start < t.end))) found.push(trigger);
  }
  // `A delegation of X was welcomed by Y in Hanoi`: the passive of `Y welcomed a delegation of X`, a visit to Y.
  if (!found.some((t) => t.type === 'visit')) {
    for (const trigger of found) {
      if (/^(?:welcomed by|warmly welcomed)$/.test(trigger.head) && /\bdelegations?\b/i.test(text.slice(sentence.start, trigger.start))) {
        trigger.type = 'visit';
        trigger.rule = 'trigger:visit:delegation-welcomed-by';
      }
    }
  }
  // `arrived in Havana for an official visit`: the arrival is the visit the sentence names anyway.
  const strong = found.filter((t) => !lexicon.weakTriggers.has(t.head));
  const kept = found.filter((t) => !strong.some((other) => lexicon.weakTriggers.get(t.head)?.has(other.type)));
  const sorted = kept.sort((a, b) => a.start - b.start);
  // `leading a delegation to visit Vietnam, … stressed his trip is …`: a noun that goes nowhere points back.
  const pointsBack = (t: Trigger, i: number) =>
    /^(?:visit|trip|tour)$/.test(t.head) && sorted.slice(0, i).some((o) => o.type === 'visit') && /\b(?:his|her|their|its)\s+$/.test(text.slice(Math.max(0, t.start - 7), t.start)) && !/^\s+(?:to|of|in)\s/.test(text.slice(t.end, t.end + 5));
  // `held their theory seminar via video link`: the link is how another act was held, no call of its own.
  const means = (t: Trigger, i: number) => t.type === 'call' && sorted.slice(0, i).some((o) => o.type === 'conference') && /\b(?:via|through|by)\s+(?:a\s+)?$/i.test(text.slice(Math.max(sentence.start, t.start - 10), t.start));
  return mergeCoordinated(text, sorted.filter((t, i) => !pointsBack(t, i) && !means(t, i)), lexicon);
}

/**
 * `the 23rd meeting of the Sao Paulo Forum`, `its 64th Annual General Meeting`: a numbered session of a forum or a
 * general meeting is a gathering, whose trigger runs to the end of the forum's name (which names no second one);
 * `the 42nd meeting of the Inter-governmental Committee` is talks between two sides.
 */
function numberedGatheringEnd(text: string, sentence: Span, trigger: Trigger, headStart: number, lexicon: EventLexicon): number | undefined {
  if (!/^meetings?$/.test(trigger.head) || !NUMBERED.test(text.slice(Math.max(sentence.start, trigger.start - 12), headStart))) return undefined;
  if (/\b(?:Annual|General)\s+Meetings?$/.test(text.slice(trigger.start, trigger.end))) return trigger.end;
  // (`the 35th meeting of the Standing Committee of the International Conference of …`: a body of a gathering's.)
  const body = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){0,8}[A-Z][\w'’-]*)/.exec(text.slice(trigger.end, sentence.end));
  return body !== null && body[1].split(/\s+/).some((word) => lexicon.typeOf.get(word.toLowerCase()) === 'conference') ? trigger.end + body[0].length : undefined;
}

/**
 * `the Meeting of Secretaries General of Former Liberation Movements`, `the World Political Parties High-Level
 * Meeting`: a meeting whose capitalized name the text gives is a gathering, not talks (a headline's capitals, and a
 * sentence's first word, name none).
 */
function isNamedGathering(text: string, sentence: Span, trigger: Trigger, headStart: number, headEnd: number): boolean {
  if (!/\bMeetings?$/.test(text.slice(headStart, headEnd)) || headStart === sentence.start) return false;
  const named = trigger.start < headStart || trigger.end > headEnd || NAME_WORD_BEFORE.test(text.slice(Math.max(sentence.start, headStart - 30), headStart)) || /^\s+of\s+(?:the\s+)?[A-Z]/.test(text.slice(headEnd, headEnd + 30));
  return named && (text.slice(sentence.start, sentence.end).match(LOWER_WORD) ?? []).length >= 3;
}

const LOWER_WORD = /\b[a-z]{4,}\b/g;
/** A capitalized word of a name right before a head (`Parties High-Level Meeting`), not a sentence's first word. */
const NAME_WORD_BEFORE = /[a-z,]\s+(?:[A-Z][\w'’-]*\s+)*(?!(?:The|A|An|In|At|On|Its|His|Her|Their)\s)[A-Z][\w'’-]*\s+$/;

/** The type of the nearest party, country or person before an offset in its clause: who does what follows. */
function hostBefore(text: string, sentence: Span, offset: number, mentions: Candidate[], lexicon: EventLexicon): string | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const { mention } = mentions[i];
    if (mention.end > offset || !ACTORS.has(mention.type) || mention.kind === 'demonym') continue;
    if (lexicon.clauseBreak.test(text.slice(mention.end, offset))) return undefined;
    // `President of the Vietnam Fatherland Front, hosted`: a name inside the subject's title is not the subject.
    if (mention.type !== 'person' && mentions.slice(0, i).some(({ mention: m }) => m.type === 'person' && m.start >= sentence.start && lexicon.isTitleOnly(text.slice(m.end, mention.start)))) continue;
    return mention.type;
  }
  return undefined;
}

/** `online bilateral meeting`, `met online` are talks by video (a call); `theoretical exchange meeting` a seminar. */
function retyped(type: EventType, modifiers: string, text: string, end: number): EventType {
  if (type !== 'meeting') return type;
  if (/\b(?:online|virtual)\b/i.test(modifiers) || ONLINE_AFTER.test(text.slice(end, end + 12))) return 'call';
  return /\btheoretical\b/i.test(modifiers) ? 'conference' : type;
}

/** `visited King Norodom Sihamoni`: calling on a person is a meeting, not a journey to a country. */
function visitsPerson(text: string, end: number, head: string, mentions: Candidate[], lexicon: EventLexicon): boolean {
  if (head !== 'visited' && head !== 'visiting') return false;
  // (`visited former General Secretary of the LPRP and former President X`: the party of a title is no object.)
  const next = mentions.find(({ mention }) => mention.start >= end && ACTORS.has(mention.type) && mention.kind !== 'demonym' && (mention.type === 'person' || !/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(end, mention.start - 8), mention.start))));
  if (!next || next.mention.type !== 'person') return false;
  const between = text.slice(end, next.mention.start);
  return between.length <= 160 && !/[,;]/.test(between) && (between.length <= 80 || /\bof\b/.test(between)) && lexicon.isTitleOnly(between.replace(/^\s+(?:the\s+)?/, ''));
}

/**
 * `messages and letters of congratulations`, `meetings and working sessions`: acts of one type joined by `and`,
 * `or` or `of` are one trigger; `the visit is his first foreign trip` names one visit twice.
 */
function mergeCoordinated(text: string, triggers: Trigger[], lexicon: EventLexicon): Trigger[] {
  const merged: Trigger[] = [];
  for (const trigger of triggers) {
    const last = merged[merged.length - 1];
    const between = last ? text.slice(last.end, trigger.start) : '';
    // `extended “greetings” in a congratulatory message`: the greetings are the message.
    if (last && last.type === trigger.type && (/^\s*(?:,|and|or|of|in|,\s*and)\s*$/.test(between) || (last.type === 'conference' && /^\s+of\s+the\s+$/.test(between)) || /^["”’]?\s*(?:in|with)\s+(?:a|an|its|his|her|their)\s+$/.test(between))) {
      last.end = trigger.end;
      continue;
    }
    // `In its congratulation letter, the CPRF wrote …`: the verb reports the message already named.
    if (last && last.type === trigger.type && lexicon.reportingVerbs.has(trigger.head) && between.length <= 80 && !/[;.]/.test(between)) continue;
    if (last && last.type === trigger.type && COPULA_BETWEEN.test(between)) continue;
    // `received X during a reception in Hanoi`, `met Y at a meeting`: the setting named after the act is the act.
    if (last && last.type === trigger.type && SETTING_OF_ACT.test(between)) continue;
    // `cabled a congratulatory message`: the verb and the act it makes are one act.
    if (last && last.type === trigger.type && /^\s+(?:a|an|the|his|her|its|their)\s+$/.test(between)) {
      last.end = trigger.end;
      continue;
    }
    // `The signing of the agreement … was signed by A and B`: the act named as the subject of its own verb.
    if (last && last.type === trigger.type && /^\s+of\s[^;.]{0,200}\b(?:was|were)\s+$/.test(between) && /^\s*The\s+$/.test(text.slice(Math.max(0, last.start - 6), last.start))) {
      merged[merged.length - 1] = trigger;
      continue;
    }
    // `held talks with X via video link`: the talks were a call.
    if (last && last.type === 'meeting' && trigger.type === 'call' && /\b(?:via|by|over|through)\s+(?:a\s+|the\s+)?$/.test(between) && !/[;.]/.test(between) && between.length <= 200) {
      last.type = 'call';
      last.rule = `trigger:call:${last.head}+by-phone-or-video`;
      continue;
    }
    merged.push(trigger);
  }
  return merged;
}

function passesGates(text: string, sentence: Span, trigger: Trigger, mentions: Candidate[], lexicon: EventLexicon): boolean {
  const after = text.slice(trigger.end, sentence.end);
  if (lexicon.gatedNegative.get(trigger.head)?.test(after)) return false;
  // `Okada welcomed Trong's visit to Japan`: welcoming an act is no meeting.
  if (lexicon.welcomeVerbs.has(trigger.head) && WELCOMED_ACT.test(after)) return false;
  // `visited the headquarters of the CPI` is a visit to that party; the headquarters of no party named, a stop.
  if (trigger.type === 'visit' && /^\s+(?:the\s+)?(?:headquarters|head\s+office|offices?)\b/i.test(after)) {
    if (!mentions.some(({ mention }) => mention.type === 'party' && mention.start >= trigger.end && mention.start - trigger.end <= 60)) return false;
  }
  if (trigger.type === 'visit' && isVisitToSite(text, sentence, trigger, mentions, lexicon)) return false;
  const gate = lexicon.gated.get(trigger.head);
  if (!gate) return true;
  // `Welcoming X, Y said …`: a verb that is a reception only where it opens the sentence, its subject after the comma.
  if (gate.opening && !/^\s*$/.test(text.slice(sentence.start, trigger.start))) return false;
  if (gate.before && !gate.before.test(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start))) return false;
  // `called on the two parties to strengthen ties`: an appeal to do something.
  if (gate.urging && URGED_TO.test(after)) return false;
  if (gate.objectCountry) {
    const next = mentions.find(({ mention }) => mention.start >= trigger.end && mention.kind === 'name');
    if (!next || next.mention.type !== 'country' || !/^\s+(?:the\s+)?$/.test(text.slice(trigger.end, next.mention.start))) return false;
  }
  if (gate.partner) {
    // `discussed bilateral ties with X`: talks only where a named side follows `with`.
    const partner = /^[^.;:]{0,120}?\bwith\s/i.exec(after);
    const from = partner ? trigger.end + partner[0].length : -1;
    if (!partner || !mentions.some(({ mention }) => mention.start >= from && mention.start - from <= 60 && ACTORS.has(mention.type))) return false;
  }
  // `was received by`, `were warmly welcomed by`: the passive names who received.
  if (gate.object && PASSIVE_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))) return true;
  // `talks between the two leaders`, `met with the delegation`, `after their talks`: the partners follow or are known.
  // (`met on Monday with X`: a time between the verb and its partner.)
  if (gate.object && (TIME_THEN_PARTNER.test(after) || /\b(?:their|his|her|its)\s+$/.test(text.slice(Math.max(0, trigger.start - 8), trigger.start)))) return true;
  if (gate.object && /^meets?$|^met$/.test(trigger.head) && coordinatedSubjects(text, sentence, trigger, mentions, lexicon)) return true;
  // `In talks earlier that day, A and B agreed …`: a fronted act with no article is told here, its sides the subjects.
  if (gate.object && FRONTED_BARE_ACT.test(text.slice(sentence.start, trigger.start))) {
    const comma = /^[^,;.]{0,60},\s*/.exec(after);
    const from = comma ? trigger.end + comma[0].length : -1;
    if (comma && mentions.some(({ mention }) => mention.start >= from && ACTORS.has(mention.type) && lexicon.isTitleOnly(text.slice(from, mention.start)))) return true;
  }
  if (gate.object) {
    const next = mentions.find(({ mention }) => mention.start >= trigger.end && ACTORS.has(mention.type) && (mention.kind === 'name' || mention.kind === 'abbreviation'));
    // What the verb acts on is a name, after at most a title or `a delegation of`: not `received support from China`.
    // (`received on Monday the delegation`, `received in Havana X`: a time or place may stand before the object.)
    // (`met Politburo member and permanent member of the Secretariat X`: a title however long.)
    const prefix = next === undefined ? '' : text.slice(trigger.end, next.mention.start).replace(ADVERBIAL_FIRST, ' ');
    const objectNear = next !== undefined && next.mention.start - trigger.end <= 90 && (OBJECT_PREFIX.test(prefix) || lexicon.isTitleOnly(prefix));
    // (An opening verb is a reception of a person it names before its comma: `Welcoming the guests, X said`,
    // `Welcoming the delegation of Y, X said` speak of a welcome told already.)
    if (gate.opening) {
      const comma = text.indexOf(',', trigger.end);
      return objectNear && !prefix.includes(',') && mentions.some(({ mention }) => mention.type === 'person' && mention.start >= trigger.end && mention.end <= comma);
    }
    if (!objectNear && !lexicon.welcomeObject.test(after) && !lexicon.welcomeObject.test(after.replace(ADVERBIAL_FIRST, ' '))) return false;
  }
  return true;
}

function isVisitToSite(text: string, sentence: Span, trigger: Trigger, mentions: Candidate[], lexicon: EventLexicon): boolean {
  if (!/^(?:visited|visiting|visit|visits|toured)$/.test(trigger.head) || text.slice(trigger.start, trigger.end).toLowerCase() !== trigger.head) return false;
  const object = /^\s+(?:to\s+)?[^;.()]{1,120}?(?=[;.()]|\s(?:in|for|of|on|at|where|with|during|while|from)\s|$)/.exec(text.slice(trigger.end, sentence.end));
  if (!object) return false;
  // `During the visit, the delegation visited and surveyed party organizations`: a stop on the visit told.
  const stop = DURING_VISIT.test(text.slice(sentence.start, trigger.start)) || lexicon.siteWord.test(object[0]);
  // `visited the liberated zone in South Vietnam`: a place in a country named is a visit to that country.
  const place = PLACE_IN.exec(text.slice(trigger.end + object[0].length, sentence.end));
  const end = trigger.end + object[0].length + (place?.[0].length ?? 0) + 1;
  return stop && !mentions.some(({ mention }) => (mention.type === 'country' || mention.type === 'party') && mention.kind !== 'demonym' && mention.start >= trigger.end && mention.start < end);
}

/** Plans, tasks and wishes (`will visit`, `agreed to sign`, `the upcoming visit`) are not events. */
function isPlanned(text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): boolean {
  const before = clauseBefore(text, sentence, trigger.start);
  const sentenceBefore = text.slice(sentence.start, trigger.start);
  // The trigger's own words end the scope's verb phrase: `will attend A, hold talks`.
  // `asked X to convey his greetings to Y`: greetings given to a messenger are sent, not planned.
  const conveyed = trigger.type === 'message' && CONVEY_BEFORE.test(sentenceBefore.slice(-60));
  if ((!conveyed && lexicon.requested.test(sentenceBefore)) || lexicon.plannedScope.test(text.slice(sentence.start, trigger.end))) return true;
  if (/,\s*and\s+$/.test(sentenceBefore.slice(-8)) && lexicon.plannedVerbFirst.test(text.slice(trigger.start, trigger.end)) && lexicon.plannedListScope.test(sentenceBefore)) return true;
  // `was the first leader to visit Laos`: an infinitive after an ordinal tells what was done.
  // (`asked X to convey his greetings`: the request's own words are no plan.)
  // (`invited a delegation to attend the congress`: what one is invited to attend is to come.)
  if (PLANNED_AFTER.test(text.slice(trigger.end, Math.min(sentence.end, trigger.end + 80)))) return true;
  return !conveyed && lexicon.planned.test(before) && !(lexicon.plannedException.test(before) && !INVITED_TO.test(before)) && !FIRST_TO.test(before);
}

/** The words of the clause before an offset, at most 60 characters. */
function clauseBefore(text: string, sentence: Span, offset: number): string {
  const window = text.slice(Math.max(sentence.start, offset - 60), offset);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'));
  return cut === -1 ? window : window.slice(cut + 1);
}

export function isGeneric(text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): boolean {
  return lexicon.generic.test(text.slice(Math.max(sentence.start, trigger.start - 200), trigger.start));
}

/** Names of seminars and quoted themes are not participants. */
export function quotedSpans(text: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  // The opening marks found by a pattern over the sentence, not by reading its every character.
  const body = text.slice(sentence.start, sentence.end);
  QUOTE_OPEN.lastIndex = 0;
  for (let found = QUOTE_OPEN.exec(body); found; found = QUOTE_OPEN.exec(body)) {
    const i = sentence.start + found.index;
    const close = QUOTE_PAIRS[text[i]];
    // A straight or curly apostrophe inside a word (Workers' Party) is no quote.
    if ((text[i] === '‘' || text[i] === '"') && LETTER_CHAR.test(text[i - 1] ?? '')) continue;
    // Pages mix straight and curly quotes: `"Strengthening … experience”`.
    // Looked for within the sentence and 400 characters only: a quote left open must not send a search through
    // the rest of a long text.
    const other = close === '”' ? '"' : close === '"' ? '”' : undefined;
    const limit = Math.min(sentence.end, i + 400);
    let closing = -1;
    for (let j = i + 1; j <= limit && closing === -1; j++) if (text[j] === close || text[j] === other) closing = j;
    if (closing === -1) continue;
    spans.push({ start: i, end: closing + 1 });
    QUOTE_OPEN.lastIndex = closing + 1 - sentence.start;
  }
  return spans;
}

/**
 * Dates of anniversaries and founding (`(5 September 1962-5 September 2017)`, `since 1950`) date no contact; an act
 * told between the cue and the date is what the date dates (`established during the visit in 2016`).
 */
export function isAnniversary(text: string, m: LocalMention, triggers: readonly Span[]): boolean {
  const before = text.slice(Math.max(0, m.start - 50), m.start);
  // The end of a range (`January 20-23`) dates nothing of its own: an event is dated by its first day.
  if (/\d\s*[-–]\s*$/.test(before)) return true;
  // So does a bare day after another (`on January 11 and 12`, `from July 23 to 28`).
  if (/^\d{1,2}$/.test(text.slice(m.start, m.end)) && /\d\s+(?:and|to|through|until)\s+$/.test(before)) return true;
  // The cue must stand in the date's own line: a headline's `anniversary` above a dated lead dates nothing.
  // `since 1950` dates a relation; `since the visit in 2019` dates the visit.
  const cue = /\b(?:founded|founding|established|establishment|born|anniversary|years of)\b[^.;\n]*$/i.exec(before);
  const cueAt = cue ? m.start - before.length + cue.index : m.start;
  return /\bsince\s+(?:(?:early|late|mid)[-\s]+)?$/i.test(before) || (cue !== null && !triggers.some((t) => t.start >= cueAt && t.end <= m.start));
}

/** `an agreement for 2018-2022`, `a plan for the 2023-2028 period`: the years a document runs for, not when it was signed. */
export function isTerm(text: string, m: LocalMention): boolean {
  const after = text.slice(m.end, m.end + 20);
  return /\bfor\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$/i.test(text.slice(Math.max(0, m.start - 25), m.start)) && /^\s*[-–]\s*\d{4}\b/.test(after);
}

/** `At the talks, …`, `letters on the visit`: an event already reported, as the scene or the topic of another, is no event. */
export function setsScene(text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): boolean {
  // `At the meeting hosted by the PCC, participants discussed …`: the scene of what follows, however it is qualified.
  const opening = /^\s*(?:At|During|After|Following|On|In|Before|Preceding|Prior\s+to|Ahead\s+of)\s+(?:the\s+(?:start|beginning|end|close|opening|outset|sidelines)\s+of\s+)?(?:the|this|these)\s+$/;
  if (opening.test(text.slice(sentence.start, trigger.start)) && SCENE_FOLLOWS.test(text.slice(trigger.end, trigger.end + 130))) return true;
  // `a briefing on the spirit of the third plenary session`: the session is the topic, not an act of the actors.
  if (/\b(?:on|about)\s+(?:the\s+)?(?:spirit|results?|outcomes?|resolutions?|documents?|contents?)\s+of\s+(?:the\s+)?(?:[A-Za-z0-9-]+\s+){0,2}$/i.test(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start))) return true;
  // `congratulate Vietnam on the 13th National Party Congress`: the congress is the occasion of the message.
  if (trigger.type === 'conference' && /\bcongratulat[a-z]*\b[^.;:]{0,120}\bon\s+(?:the\s+|its\s+|their\s+)?(?:(?:success|successful\s+(?:organi[sz]ation|conclusion))\s+of\s+(?:the\s+|its\s+|their\s+)?)?(?:[A-Za-z0-9'’-]+\s+){0,3}$/i.test(text.slice(Math.max(sentence.start, trigger.start - 200), trigger.start))) return true;
  // `sent congratulatory letters to the seminar`: the gathering a message is addressed to is no act of the sender's.
  if (trigger.type === 'conference' && lexicon.addressedTo.test(text.slice(Math.max(sentence.start, trigger.start - 100), trigger.start))) return true;
  // `met on the sidelines of the ASEAN Summit`: the gathering is where the act took place, not one told of its own.
  if ((trigger.type === 'conference' || STARTS_CAPITALIZED.test(text[trigger.start])) && SIDELINES_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 120), trigger.start))) return true;
  // `congratulatory letters on the visit`: the visit is what another act is about.
  const bare = text.slice(trigger.start, trigger.end).toLowerCase() === trigger.head;
  const onward = /^\s+(?:of|on|to|between|with|by|in|from)\b/i.test(text.slice(trigger.end, trigger.end + 12));
  // `the success of the meeting will …`, `a photograph of the meeting`, `the timing of the visit is …`: an act told
  // already, now a thing spoken of.
  if (bare && !onward && /\b(?:success|results?|outcomes?|photos?|photographs?|pictures?|footage|timing|focus|importance|significance|purpose|themes?|topics?)\s+of\s+(?:the|this|that)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))) return true;
  return bare && !onward && /\b(?:on|about|for|before|during)\s+(?:the|this|that|his|her|their)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start));
}

/** A day or month named within the phrase after an act (`to Cambodia on May 4`, `in June 2019`). */
const MONTH_NAMES = [...new Set([...MONTHS, ...MONTH_ABBREVIATIONS])].map((month) => month[0].toUpperCase() + month.slice(1));
const DATED_AFTER = new RegExp(String.raw`^[^,;.]{0,60}?\b(?:on|in|from)\s+(?:\d|(?:${MONTH_NAMES.join('|')})\b)`);

/**
 * `With Indonesia, the visit deepened …`: a bare `the visit` with no one named after it points back to an event
 * already reported.
 */
export function isBackReference(text: string, sentence: Span, draft: Draft, reported: ReadonlySet<EventType>, lexicon: EventLexicon): boolean {
  const { trigger } = draft;
  const opening = text.slice(sentence.start, trigger.start);
  // `the two sides hailed the theory seminar as …`: the act told already, judged by those who took part in it.
  if (reported.has(trigger.type) && lexicon.appraised.test(opening.slice(-60))) return true;
  // `confirmed such messages`, `in each meeting`: acts already counted, taken up again.
  if (/\b(?:such|each)\s+$/i.test(opening.slice(-8))) return true;
  // `This short visit was packed …`, `As his first overseas trip since …, the visit shows`: the act told before,
  // described; `In his message, X congratulated …` after the message was reported.
  // (`Those sending congratulatory messages include:`, `Those who sent …`: a pronoun, not the act's determiner.)
  if ((/^\s*(?:(?:This|That)\s+|(?:These|Those)\s+(?!(?:also\s+)?(?:who\b|[a-z]+ing\b)))(?:[a-z-]+\s+){1,2}$/.test(opening) && !VERB_HEAD.test(trigger.head)) || /^\s*As\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}$/.test(opening)) return true;
  // (`In its letter, the Communist Party of Russia wrote …` names its sender: a message of its own.)
  if (reported.has(trigger.type) && /^\s*In\s+(?:his|her|its|their|the)\s+$/.test(opening) && UNNAMED_SUBJECT.test(text.slice(trigger.end, trigger.end + 80))) return true;
  // `The congratulations come from A, B and C`, `The well-wishers included A, B`: the act is told here, by whom it
  // came from.
  const pointsOnward = /^\s+(?:(?:(?:come|came|comes|were|are|sent)\s+)?(?:of|on|to|between|with|by|in|from)\b|(?:included|include|includes)[\s:]+(?:the\s+)?[A-Z])/i.test(text.slice(trigger.end, trigger.end + 24));
  // `His trip is notable as …`, `His visit to Laos was the first …`: a sentence that opens with the act of someone told
  // already, after an act of its type was reported, speaks of that act; one given a day of its own tells one more
  // (`His visit to Cambodia on May 4 …`).
  if (reported.has(trigger.type) && /^\s*(?:His|Her|Their|Its)\s+(?:[a-z-]+\s+){0,2}$/.test(opening) && !VERB_HEAD.test(trigger.head) && !(pointsOnward && DATED_AFTER.test(text.slice(trigger.end, sentence.end)))) return true;
  // `The messages embrace …`: a sentence that opens with the act itself speaks of one already reported.
  const passive = PASSIVE_AFTER.test(text.slice(trigger.end, trigger.end + 40));
  if (/^\s*(?:The|These|This|Those)\s+$/.test(text.slice(sentence.start, trigger.start)) && text.slice(trigger.start, trigger.end).toLowerCase() === trigger.head && !pointsOnward && !passive) return true;
  // `On the first day of his trip, X held talks …`, `Throughout Xi's visit, …`: the journey told already frames the
  // acts that follow.
  if (trigger.type === 'visit' && reported.has('visit') && FRAMING_JOURNEY.test(opening) && /^\s*,/.test(text.slice(trigger.end, trigger.end + 3))) return true;
  // `He arrived in New York …` after the visit was told: a stop of that journey (an arrival told by name is the account
  // of the visit, a headline's only having named it).
  if (/^arriv/.test(trigger.head) && reported.has('visit') && /^\s*(?:He|She|They)\s+$/.test(opening)) return true;
  // `his last visit to Cuba`, `It was his second visit`: an earlier visit, or the one already told; `his last visit
  // in 2013` is dated and stays.
  const before = text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start);
  if (trigger.type === 'visit' && !draft.date && /\b(?:his|her|their|its|the)\s+(?:last|previous)\s+$/i.test(before)) return true;
  // (`It is attended by …` tells who took part in the act named before: a verb of its own.)
  if (/^\s*(?:It|This|That)\s+(?:was|is|marks|marked)\s+(?:(?:the|his|her|their|its|a)\s+)?(?:[A-Za-z-]+\s+){0,3}$/.test(text.slice(sentence.start, trigger.start)) && !VERB_HEAD.test(trigger.head)) return true;
  const written = text.slice(trigger.start, trigger.end);
  if (written.toLowerCase() !== trigger.head || STARTS_CAPITALIZED.test(written) || draft.date) return false;
  if (pointsOnward) return false;
  // `the delegation's visit aims to …`: an act only its actor's possessive names, going nowhere, was told already.
  if (!DETERMINER_OR_POSSESSIVE_BEFORE.test(text.slice(Math.max(0, trigger.start - 8), trigger.start))) return false;
  return !draft.members.some((m) => m.candidate.mention.start >= trigger.end);
}

/** `forums and conferences of parties`: a plural act with no one, no date, no number and no name is no occasion. */
export function isUnanchoredPlural(text: string, sentence: Span, draft: Draft, lexicon: EventLexicon): boolean {
  const { trigger } = draft;
  if (trigger.type === 'exchange' || draft.members.length > 0 || draft.date || lexicon.pluralOnly.has(trigger.head) || !/s$/.test(trigger.head)) return false;
  return countOf(text, sentence, trigger, lexicon) === null && !STARTS_CAPITALIZED.test(text.slice(trigger.start, trigger.end).replace(LOWER_PREFIX, ''));
}
