/** One trigger, several occasions: an event per counterpart, sender, item or dated partner; the count of acts. */

import type { EventRole, LocalMention, Span } from '../../types.js';
import { datedItems, withOwnDates } from './dates.js';
import type { Candidate, Draft, Trigger } from './drafts.js';
import { LETTER, UPPER } from './letters.js';
import type { EventLexicon } from './lexicon.js';
import { gapBetween } from './participants.js';
import { ACTORS, BULLET, FRONTED_BARE_ACT, LIST_BULLET, RUNS_ON, VERB_HEAD } from './patterns.js';
import { isGeneric } from './triggers.js';

// A sentence wrapped by hand runs over a few lines; more is a list or a page without full stops.
const MOST_WRAPPED_LINES = 6;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const SEPARATE = /\bseparate\b/i;
const PLURAL_ACTS = /(?:calls|conversations|meetings)$/;
const CAPITALIZED = `[${UPPER}][${LETTER}'’-]*`;
const NAME_REST_AFTER = new RegExp(`^(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAPITALIZED}){1,4}`);
const NAME_START_BEFORE = new RegExp(`(?:the\\s+)?(?:${CAPITALIZED}\\s+){1,4}(?:of\\s+(?:the\\s+)?)?$`);
const SINGLE_MESSAGE = /\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:message|letter|telegram|cable)(?:\s+of\s+[a-z]+)?$/i;
const PARTED = /\b(?:each|respectively|separately)\b/i;
const LIST_OPENING = /(?::|\b(?:included|include|includes|including|were|are|namely|following|as follows))\s*$/;
const LIST_LINE_OPENING = new RegExp(String.raw`^\s*${BULLET}?\s*(?:the\s+)?$`, 'i');
const LIST_LINE_LENGTH = 200;

/**
 * How many of the sentences after `index` are the items of a list it opens (`… included:`, `from the following
 * parties:`): lines of their own, each opening with a party, country or person after at most a bullet, or after the
 * title of the one it names (`Thai Deputy Prime Minister Don Pramudwinai;`).
 */
export function listLines(text: string, sentences: readonly Span[], index: number, mentions: readonly LocalMention[], from: number, lexicon: EventLexicon): number {
  if (!LIST_OPENING.test(text.slice(Math.max(sentences[index].start, sentences[index].end - 20), sentences[index].end))) return 0;
  let count = 0;
  let m = from;
  for (let i = index + 1; i < sentences.length; i++) {
    const line = sentences[i];
    if (line.end - line.start > LIST_LINE_LENGTH || !text.slice(sentences[i - 1].end, line.start).includes('\n')) break;
    while (m < mentions.length && mentions[m].start < line.start) m++;
    const opener = mentions[m];
    const prefix = opener ? text.slice(line.start, opener.start) : '';
    if (!opener || opener.start >= line.end || !ACTORS.has(opener.type) || !(LIST_LINE_OPENING.test(prefix) || (prefix.length <= 80 && lexicon.isTitleOnly(prefix)))) break;
    count++;
  }
  return count;
}
const WRAPPED_LINE_END = /(?:[\p{L}\d,]|['’]s)$/u;
const LINE_GOES_ON = /^[^\S\n]*\n[^\S\n]*$/;

/**
 * A paragraph wrapped by hand (`made the statement on February 24` / `at a reception for …`): the lines that go on
 * with the sentence of a line that ends in the middle of it, one newline below, on a small letter or after a line
 * that ends on `and`, `on` or a comma. Its acts are read in the whole sentence, where their dates and names are.
 */
export function wrappedLines(text: string, sentences: readonly Span[], index: number): number {
  let count = 0;
  for (let i = index; i + 1 < sentences.length && count < MOST_WRAPPED_LINES; i++) {
    const line = text.slice(sentences[i].start, sentences[i].end).trimEnd();
    const next = text.slice(sentences[i + 1].start, sentences[i + 1].start + 1);
    if (!WRAPPED_LINE_END.test(line) || !LINE_GOES_ON.test(text.slice(sentences[i].end, sentences[i + 1].start))) break;
    if (!(/^\p{Ll}/u.test(next) || RUNS_ON.test(line) || line.endsWith(','))) break;
    count++;
  }
  return count;
}

/** `online conferences organized by Russia, such as the Roundtable …, the Conference …`: each item takes the umbrella's participants. */
export function spellOutItems(text: string, drafts: Draft[], lexicon: EventLexicon): void {
  drafts.forEach((umbrella, i) => {
    const items = drafts.slice(i + 1).filter((d) => d.trigger.type === umbrella.trigger.type);
    if (items.length === 0 || !lexicon.itemCue.test(text.slice(umbrella.trigger.end, items[0].trigger.start))) return;
    for (const item of items) {
      item.members = [...umbrella.members.map((m) => ({ ...m })), ...item.members];
      item.rule += '+item-of-list';
    }
  });
}

/**
 * `A and B organized respectively the sixteenth Workshop and the Eighth Workshop`: as many triggers of one type
 * as the list before them has names, taken in order; the names before the list take part in each.
 */
export function pairRespectively(text: string, sentence: Span, drafts: Draft[]): void {
  if (drafts.length < 2 || !/\brespectively\b/i.test(text.slice(sentence.start, sentence.end))) return;
  const [head, ...rest] = drafts;
  const same = [head, ...rest.filter((d) => d.trigger.type === head.trigger.type && d.members.length === 0)];
  const listed = head.members.filter(({ candidate }) => candidate.mention.end <= head.trigger.start && candidate.mention.type !== 'person');
  if (same.length < 2 || listed.length < same.length) return;
  const items = listed.slice(listed.length - same.length);
  const shared = head.members.filter((m) => !items.includes(m));
  same.forEach((draft, i) => {
    draft.members = [...shared, items[i]];
    draft.rule = `${draft.trigger.rule}+respectively`;
  });
}

/**
 * One event per occasion: a list of partners each dated in parentheses (`A (June 2021), B (December 2021)`), the
 * countries a visit went to, the parties a country welcomed, the partners of plural calls or meetings.
 */
export function occasions(text: string, sentence: Span, draft: Draft, dates: Candidate[], counted: boolean, lexicon: EventLexicon): Draft[] {
  const { members, trigger } = draft;
  // `Meeting with X, Y said`: the subject after the phrase is no second partner of a list.
  if (draft.rule.includes('+fronted-subject')) return [draft];
  const dated = datedItems(text, draft, dates);
  if (dated.length >= 2) return dated;
  // `A Just Russia| Party, the …`, `…, the Socialist Alliance of |Egypt`: the rest of a name the recognizer cut short,
  // or a name it did not take, does not end a list.
  const listed = (chosen: Draft['members']) =>
    chosen.every((m, i) => {
      if (i === 0) return true;
      const gap = gapBetween(text, chosen[i - 1].candidate.mention.end, m.candidate.mention.start, lexicon);
      const raw = text.slice(chosen[i - 1].candidate.mention.end, m.candidate.mention.start).replace(LIST_BULLET, ', ').replace(/\s*\([^()]{0,60}\)/g, '');
      const bare = raw.replace(NAME_REST_AFTER, '').replace(NAME_START_BEFORE, '');
      return lexicon.listSeparator.test(gap) || lexicon.listSeparator.test(bare);
    });
  const each = (chosen: Draft['members'], rule: string) =>
    withOwnDates(
      text,
      chosen,
      dates,
      chosen.map((one) => ({ ...draft, members: members.filter((m) => !chosen.includes(m) || m === one), rule: `${draft.rule}+${rule}` })),
    );
  const withRole = (role: EventRole) => members.filter((m) => m.role === role);
  if (trigger.type === 'visit') {
    const hosts = distinct(withRole('host').filter((m) => m.candidate.mention.type === 'country'));
    if (hosts.length >= 2) return each(hosts, 'per-host');
    const visitors = withRole('visitor');
    if (visitors.length >= 2 && visitors.every((m) => m.candidate.mention.type === 'party')) return each(visitors, 'per-visitor');
  }
  const items = agreementItems(text, sentence, draft);
  if (items.length >= 2) return items;
  const senders = withRole('sender');
  // `received 27 messages … including A, B, C`: one message from each sender listed, the count being the whole's.
  const enumerated = senders.length >= 2 && lexicon.itemCue.test(text.slice(trigger.end, senders[0].candidate.mention.start));
  if (counted && trigger.type === 'message' && enumerated) {
    return each(senders, 'per-sender').map((d) => ({ ...d, uncounted: true }));
  }
  // A count or a habit names no single occasion to split, nor does a welcome or a banquet (`welcomed by A, B and C`).
  if (counted || isGeneric(text, sentence, trigger, lexicon) || lexicon.singleOccasion.has(trigger.head)) return [draft];
  if (trigger.type === 'message') {
    // `messages came from A, B and C`, `each sent a letter`: one message from each sender, or to each recipient.
    // (`A, B and C sent a message to X`: one message they signed together; `A and B each sent a letter`: one each.)
    const together = () => SINGLE_MESSAGE.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.end)) && !PARTED.test(text.slice(sentence.start, trigger.start));
    if (senders.length >= 2 && (listed(senders) || enumerated) && !together() && (PARTED.test(text.slice(sentence.start, trigger.start)) || !oneSide(senders))) return each(senders, 'per-sender');
    const recipients = withRole('recipient').filter((m) => m.candidate.mention.type !== 'person');
    if (distinct(recipients).length >= 2 && listed(recipients)) return each(distinct(recipients), 'per-recipient');
  }
  if (trigger.type === 'call' || trigger.type === 'meeting') {
    // `phone talks with leaders of Japan, Russia and Laos`, `met with A and B`, `received by A and B`: one with each
    // (`talks between A and B` are one).
    const after = members.filter((m) => m.candidate.mention.start >= trigger.end);
    const partners = distinct(after);
    const cue = after.length > 0 ? text.slice(trigger.end, after[0].candidate.mention.start) : '';
    const kinds = new Set(after.map((m) => m.candidate.mention.type));
    // (`In talks, A and B agreed`: names after a comma are the subjects, not the partners of a list.)
    if (partners.length >= 2 && !/\bbetween\b|,/i.test(cue) && listed(after) && kinds.size === 1 && (trigger.type === 'meeting' ? kinds.has('person') : /\bwith\b/i.test(cue))) {
      return partners.map((one) => ({ ...draft, members: members.filter((m) => !after.includes(m) || m === one), rule: `${draft.rule}+per-partner` }));
    }
  }
  // `A and B hosted separate receptions for X`, `A, B and C received X`: each of the hosts listed met X.
  if (trigger.type === 'meeting' && (lexicon.receiving.test(trigger.head) || SEPARATE.test(text.slice(trigger.start, trigger.end)))) {
    const hosts = distinct(members.filter((m) => m.candidate.mention.end <= trigger.start && m.candidate.mention.type === 'person'));
    const guests = members.filter((m) => m.candidate.mention.start >= trigger.end);
    if (hosts.length >= 2 && guests.length > 0 && listed(hosts)) {
      return hosts.map((one) => ({ ...draft, members: [one, ...guests], rule: `${draft.rule}+per-host` }));
    }
  }
  if (trigger.type === 'meeting') {
    const partners = listedCounterparts(text, sentence, draft, lexicon);
    if (partners.length >= 2) {
      const before = members.filter((m) => m.candidate.mention.end <= trigger.start);
      return partners.map((one) => ({ ...draft, members: [...before, one], rule: `${draft.rule}+per-counterpart` }));
    }
  }
  if ((trigger.type === 'call' || trigger.type === 'meeting') && PLURAL_ACTS.test(trigger.head) && members.length >= 3) {
    // `phone conversations between A and B and C`: A's with each.
    const people = members.filter((m) => m.candidate.mention.type === 'person');
    if (people.length === members.length && /\bbetween\b/i.test(text.slice(trigger.end, members[0].candidate.mention.start))) {
      const [first, ...partners] = people;
      return partners.map((partner) => ({ ...draft, members: [first, partner], rule: `${draft.rule}+per-partner` }));
    }
  }
  return [draft];
}

/**
 * `The President, the Prime Minister and the NA Chairman sent messages to their Lao counterparts`, `leaders of Laos,
 * China and Cuba sent condolences`: the leaders of one country, or countries standing for their unnamed leaders,
 * write as one side, not once each.
 */
function oneSide(senders: Draft['members']): boolean {
  const mentions = senders.map((m) => m.candidate.mention);
  if (mentions.every((m) => m.type === 'country')) return true;
  const country = mentions[0].type === 'country' ? mentions[0].key : mentions[0].country;
  return country !== undefined && mentions.every((m) => (m.type === 'country' ? m.key : m.country) === country);
}

const AIRPORT = /\bairport\b/i;
const ATTENDED_BY = /^\s+(?:(?:was|were|is|are|had\s+been|has\s+been|have\s+been)\s+)?(?:also\s+)?attended\s+by\b/i;

/**
 * `had meetings with President A, Vice President of the Party B, and Minister C`; `meetings with officials of Kazakhstan,
 * including A; B; and leaders of the C Party`: the counterparts after a meeting, each with a title between, one
 * meeting each. The names before `including` only say whom the list is drawn from; a country or party inside a
 * title (`who is also the President of South Africa`) is none.
 */
function listedCounterparts(text: string, sentence: Span, draft: Draft, lexicon: EventLexicon): Draft['members'] {
  const { trigger } = draft;
  let after = draft.members.filter((m) => m.candidate.mention.start >= trigger.end);
  if (after.length < 2 || /^\s+(?:(?:were|was)\s+held\s+)?between\b/i.test(text.slice(trigger.end, after[0].candidate.mention.start))) return [];
  // `the meeting was also attended by A, B and C`: who sat at the one meeting, not a meeting with each.
  if (ATTENDED_BY.test(text.slice(trigger.end, after[0].candidate.mention.start))) return [];
  // `was received at the airport by A and by B`: those who meet a guest on arrival meet the guest together.
  if (AIRPORT.test(text.slice(Math.max(sentence.start, trigger.start - 80), after[0].candidate.mention.start))) return [];
  // `Received by X in Beijing, Y thanked …`: a fronted participle, whose subject follows; the two met each other.
  // (`In talks earlier that day, A and B agreed …`: a fronted act, and its subjects.)
  if (/^\s*$/.test(text.slice(sentence.start, trigger.start)) || FRONTED_BARE_ACT.test(text.slice(sentence.start, trigger.start))) return [];
  const cue = lexicon.itemCue.exec(text.slice(trigger.end, sentence.end));
  if (cue) {
    const items = after.filter((m) => m.candidate.mention.start >= trigger.end + cue.index + cue[0].length);
    if (items.length >= 2) after = items;
  }
  // A country or party in the title that follows a listed person (`Editor-in-Chief of Socialist Cuba magazine`).
  const firstPerson = after.find((m) => m.candidate.mention.type === 'person')?.candidate.mention.start ?? Infinity;
  const inTitle = (m: Draft['members'][number]) => {
    const start = m.candidate.mention.start;
    const segment = text.slice(Math.max(sentence.start, start - 60), start).split(/[,;]/).pop()!;
    return (/\bof\s+(?:the\s+)?$/.test(text.slice(Math.max(sentence.start, start - 8), start)) && lexicon.titleWord.test(text.slice(Math.max(sentence.start, start - 60), start))) || (start > firstPerson && lexicon.titleWord.test(segment));
  };
  after = distinct(after).filter((m) => m.candidate.mention.type === 'person' || !inTitle(m));
  if (after.filter((m) => m.candidate.mention.type === 'person').length < 2) return [];
  const separated = after.every((m, i) => {
    if (i === 0) return true;
    const gap = text.slice(after[i - 1].candidate.mention.end, m.candidate.mention.start);
    // (`met A, and received, from B, the Order`: a verb after `and` opens an act of its own.)
    return gap.length <= 200 && /[,;]|\band\b/.test(gap) && !/[.!?]/.test(gap.replace(/\b[A-Z]\./g, '')) && !lexicon.clauseBreak.test(gap.replace(/;/g, ',')) && !lexicon.verbAfterAnd.test(gap);
  });
  return separated ? after : [];
}

/**
 * `Among the agreements signed were an agreement on …; a memorandum …; and …`: one agreement per item of the list,
 * each with the names in it.
 */
function agreementItems(text: string, sentence: Span, draft: Draft): Draft[] {
  const { trigger } = draft;
  if (trigger.type !== 'agreement') return [];
  const rest = text.slice(trigger.end, sentence.end);
  const head = /^\s+(?:were|are|include|included|including)\b/.exec(rest);
  if (!head || !rest.includes(';')) return [];
  const drafts: Draft[] = [];
  let from = trigger.end + head[0].length;
  for (const piece of rest.slice(head[0].length).split(';')) {
    const to = from + piece.length;
    drafts.push({ ...draft, members: draft.members.filter((m) => m.candidate.mention.start >= from && m.candidate.mention.end <= to), rule: `${draft.rule}+per-item` });
    from = to + 1;
  }
  return drafts;
}

/** One member per entity (a name repeated, `Her Majesty` after `His Majesty Norodom Sihamoni`, is one partner). */
export function distinct(members: Draft['members']): Draft['members'] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const key = `${m.candidate.mention.type}:${m.candidate.mention.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The number of acts the text states: `9 phone calls`, `exchanged 39 delegations`, `two very important visits`. */
export function countOf(text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): number | null {
  const triggerText = text.slice(trigger.start, trigger.end);
  const inside = lexicon.countInside.exec(triggerText);
  // A number before a verb is its subject's (`the two parties signed`, `two sides held talks`), not a count of acts.
  const before = inside || VERB_HEAD.test(triggerText) ? undefined : lexicon.countBefore.exec(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start));
  const written = inside?.[1] ?? before?.[1];
  if (!written) return null;
  if (/^\d/.test(written)) {
    // `on June 24 received`: the day of a date counts no acts.
    if (before && MONTH_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.start - before[0].length + before[0].indexOf(written)))) return null;
    const value = Number(written.replace(/,/g, ''));
    return value >= 1900 && value <= 2100 ? null : value;
  }
  return lexicon.numbers.get(written.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
