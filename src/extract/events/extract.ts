import type { EventType, LocalEvent, LocalMention, Span } from '../../types.js';
import { datelineDate, datelineEnd, firstYear, frontedFrame, heldWhen, leadDateline, linkedDate, nearestForDate, openingDate, pageDate, reportDate, reportedValue, within } from './dates.js';
import type { Candidate, Draft, SentenceContext } from './drafts.js';
import { withoutBareHeadings, withoutHeadlineRepeats, withoutMessagePointers } from './headlines.js';
import { re, UPPER } from './letters.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import { countOf, distinct, listLines, occasions, pairRespectively, spellOutItems, wrappedLines } from './occasions.js';
import { assignRoles, fillUnnamedSide, gapBetween, inTitleOfUnrecognized, isGloss, isModifier, isPrincipal, isUnnamedCorrespondent, isUnnamedEnvoy, keepSidesOfBetween, nearest, qualifiedPerson, qualifiesActor, shareCoordinatedSubjects, shareFrontedSubject, shareMainSubject, shareRelativeSubjects, shareVisitorsWithAct, shareWithFrame, shareWithPurpose, takesPart } from './participants.js';
import { ACTORS, GROUP_LABEL } from './patterns.js';
import { findTriggers, gatheringOf, isAnniversary, isBackReference, isGeneric, isSaidInPerson, isTerm, isUnanchoredPlural, quotedSpans, setsScene } from './triggers.js';

const LONGEST_SENTENCE = 3000;
const ASIDE_OPENING = /\s*(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+[^,;.]{1,80},/y;
/** `Photo: Tri Dung`, `(VNA/Tri Dung)`: who took the picture takes no part in what it shows. */
const CREDIT_BEFORE = /(?:\b(?:Photos?|Pictures?|Photograph)\s*(?::|by)?|\b[A-Z]{2,}\/)\s*$/;
/** `condolences over the passing of X, former President of Laos`, `commemorating X`: the one mourned, and his titles. */
const MOURNED_BEFORE = re()`\b(?:passing(?:\s+away)?|death|demise)\s+of\s+(?:[${UPPER}][^\s,;:.()]*(?![^\s,;:.()])\s*|(?:of|the|and|former|late)\s+|\([^()]{1,30}\)\s*|,\s*(?=(?:former|late|then|the|a|an)\s))*$`;

/** The report's date as a text read in runs hands it from one run to the next (a page's date line is in the first). */
interface ReportCarried {
  report?: LocalMention;
  /** The date of the page's date line: when the page was put up. */
  published?: LocalMention;
}

/**
 * The interaction events of a document: for every sentence, its triggers (the lexicon's phrases, gated and with
 * plans left out), the party, country and person mentions that take part in each (the nearest trigger takes a
 * mention; titles and quoted names do not take part), their roles from the words that govern them, the date and
 * count the sentence attaches, and one event per occasion where a trigger introduces several.
 */
export function extractEvents(text: string, sentences: readonly Span[], mentions: readonly LocalMention[], across: ReportCarried = {}): LocalEvent[] {
  const lexicon = eventLexicon();
  const events: LocalEvent[] = [];
  let first = 0;
  let year: number | null = null;
  // The first year the text names, looked for once: a text that names none would be searched at every sentence.
  let opening: { year: number | null } | undefined;
  let dateline: LocalMention | undefined;
  const reported = new Set<EventType>();
  let lastDate: LocalMention | undefined;
  const published = (across.published ??= pageDate(text, mentions));
  let report = across.report ?? published;
  let listedUntil = -1;
  sentences.forEach((line, index) => {
    if (index <= listedUntil) return;
    // `The well-wishers included:` above one name a line: the lines are the list of the sentence that opens it.
    const lines = listLines(text, sentences, index, mentions, first, lexicon);
    // `… have sent congratulations to X. They include A, B and C.`: the next sentence names the senders.
    // (The lines of a list under `Those sending messages include:` are the side its opening leaves unnamed, too.)
    const inclusion = index + 1 < sentences.length && (lines > 0 || INCLUSION.test(text.slice(sentences[index + 1].start, sentences[index + 1].start + 40))) ? sentences[index + 1].start : undefined;
    const listed = lines > 0 ? lines : inclusion !== undefined ? 1 : wrappedLines(text, sentences, index);
    listedUntil = index + listed;
    const sentence = listed > 0 ? { start: line.start, end: sentences[index + listed].end } : line;
    while (first < mentions.length && mentions[first].start < sentence.start) {
      if (mentions[first].type === 'date' && mentions[first].value) year = Number(mentions[first].value!.slice(0, 4));
      first++;
    }
    const carried = dateline;
    // `MOSCOW, February 24. /TASS/. Putin received …`: the agency between the dateline and the lead keeps its date.
    dateline = AGENCY_TAG.test(text.slice(sentence.start, sentence.end)) ? carried : undefined;
    if (dateline) return;
    // A "sentence" longer than any a writer makes (a page without punctuation) is no sentence to read events in:
    // the rules compare the words between its names, which would take time in the square of its length.
    if (sentence.end - sentence.start > LONGEST_SENTENCE) return;
    let last = first;
    while (last < mentions.length && mentions[last].start < sentence.end) last++;
    const inSentence: Candidate[] = [];
    for (let i = first; i < last; i++) inSentence.push({ mention: mentions[i], index: i });
    dateline = datelineDate(text, sentence, inSentence);
    const lead = carried ?? leadDateline(text, sentence, inSentence);
    report = dateline ?? lead ?? report;
    across.report = report;
    // The year a leader's presence is judged by: the year the text last named, else the first it names.
    const context = { year: year ?? (opening ??= { year: firstYear(mentions) }).year, dateline: lead, report, published, reported, inclusion, lastDate };
    const found = sentenceEvents(text, sentence, inSentence, lexicon, context);
    // (The events found are this sentence's own objects, shared with nothing: the sentence is set on them in place,
    // which spares a copy of every event of an archive.)
    for (const event of found) events.push(Object.assign(event, { sentence: index }));
    for (const event of found) reported.add(event.type);
    const dated = [...found].reverse().find((event) => event.date !== null)?.date;
    if (dated) lastDate = [...inSentence.map((c) => c.mention), carried, lastDate].find((m) => m?.type === 'date' && m.value === dated) ?? lastDate;
  });
  return withoutBareHeadings(text, sentences, withoutHeadlineRepeats(text, sentences, mentions, withoutMessagePointers(text, mentions, events)));
}

// `/TASS/.`: an agency named between slashes after a dateline.
const AGENCY_TAG = /^\s*\/[A-Z][A-Za-z-]{1,15}\/\.?\s*$/;
/** What stands between the two ends of a range of days or months (`August 14 to 16`, `July 8-10`). */
const RANGE_GAP = /^\s*(?:[-–—]|to)\s*$/;
const SAME_DAY = /\b(?:the\s+same\s+(?:day|morning|afternoon|evening)|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening))\b/i;
const INCLUSION = /^\s*(?:They|These|Those|Among\s+(?:them|these|those|the\s+[a-z-]+))\s+(?:include|included|includes|are|were)\b/;

/** A page's ` date 2024-07-05` line (the word looked for before the pattern: most dates have no such label). */
function isPageDateLine(text: string, m: LocalMention): boolean {
  const before = text.slice(Math.max(0, m.start - 12), m.start);
  return before.includes('date') && /(?:^|\n)[ \t]*date[ \t]+$/.test(before);
}

function sentenceEvents(text: string, sentence: Span, mentions: Candidate[], lexicon: EventLexicon, context: SentenceContext): Omit<LocalEvent, 'sentence'>[] {
  const found = findTriggers(text, sentence, mentions, lexicon);
  const triggers = found.filter((t) => !setsScene(text, sentence, t, lexicon));
  if (triggers.length === 0) return [];
  // Said in person: no event, but the names it governs are its own, not the next act's.
  const said = new Set(triggers.filter((t) => isSaidInPerson(text, sentence, t, found, mentions, context, lexicon)));
  const quoted = quotedSpans(text, sentence);
  const inside = (m: LocalMention, spans: readonly Span[]) => spans.some((s) => m.start >= s.start && m.end <= s.end);
  const dateline = datelineEnd(text, sentence);
  // `Besides Lam, Anwar also paid a courtesy call on X`: who the fronted phrase sets aside had an act of his own.
  // (After a wire dateline: `BEIJING, May 11 (Xinhua) -- Besides Lam, …`.)
  ASIDE_OPENING.lastIndex = dateline;
  const setAside = ASIDE_OPENING.exec(text);
  const aside = setAside ? dateline + setAside[0].length : sentence.start;
  const named = mentions.filter(
    ({ mention: m }, i) =>
      ACTORS.has(m.type) &&
      (m.kind === 'name' || m.kind === 'abbreviation' || (m.kind === 'demonym' && (isUnnamedEnvoy(text, m) || isUnnamedCorrespondent(text, m, triggers)))) &&
      !inside(m, quoted) &&
      !inside(m, triggers) &&
      m.start >= dateline &&
      m.start >= aside &&
      !isGloss(text, m, mentions[i - 1]?.mention) &&
      // `Deputy Commander-in-Chief of the Royal Cambodian Armed Forces`: a person is not `of the` anything.
      !(m.type === 'person' && /\bof\s+the\s+$/.test(text.slice(Math.max(0, m.start - 8), m.start))) &&
      !isPrincipal(text, m, mentions, lexicon) &&
      !MOURNED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 200), m.start)) &&
      !(m.type === 'person' && CREDIT_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start))) &&
      !qualifiesActor(text, m, mentions[i - 1]?.mention),
  );
  // A party in a person's title is the person's party (`Chairman of the CPP Hun Sen`), not a participant.
  const partyOf = new Map<Candidate, Candidate>();
  const actors = named.filter((candidate) => {
    const person = qualifiedPerson(text, sentence, candidate.mention, mentions, lexicon);
    if (person && candidate.mention.type === 'party' && !partyOf.has(person)) partyOf.set(person, candidate);
    return !person && !inTitleOfUnrecognized(text, sentence, candidate.mention, lexicon) && !isModifier(text, candidate.mention, triggers, lexicon);
  });
  // A page's ` date 2024-07-05` line gives when the page was put up, not when the event took place.
  // A dateline's date dates the whole sentence, below, not the act nearest it.
  const dates = mentions.filter(({ mention: m }) => m.type === 'date' && m.value && m.start >= dateline && !inside(m, quoted) && !isAnniversary(text, m, triggers) && !isPageDateLine(text, m));
  const drafts: Draft[] = triggers.map((trigger) => ({ trigger, members: [], date: undefined, rule: trigger.rule }));
  let previous: { actor: Candidate; draft: Draft } | undefined;
  for (const actor of actors) {
    // A long list goes on with its trigger however far the list runs: `including A, B, … and Z`.
    const gap = previous ? gapBetween(text, previous.actor.mention.end, actor.mention.start, lexicon) : '';
    // Items the recognizer did not take (`Movement for Social Justice (MSJ)`) do not end the list.
    // `including President A; Premier B; and C`: semicolons part the items of a list of titled names.
    const items = () => gap.split(';').map((piece) => piece.replace(/^\s*and\s+/, ' '));
    const continued = previous && (lexicon.listSeparator.test(gap) || GROUP_LABEL.test(text.slice(previous.actor.mention.end, actor.mention.start)) || (gap.length <= 250 && items().every(lexicon.isTitleOnly))) ? previous.draft : undefined;
    const near = nearest(drafts, actor.mention, text, lexicon);
    // `the visit by A and B to attend the Summit`: B goes on the list of the act before, not as the subject of the
    // purpose after it.
    const listedOn = continued && near && near !== continued && continued.trigger.end <= previous!.actor.mention.start && near.trigger.start >= actor.mention.end && /^\s+to\s+[a-z]+\b/.test(text.slice(actor.mention.end, near.trigger.start));
    const draft = listedOn ? continued : near ?? continued;
    if (draft) draft.members.push({ candidate: actor, role: 'participant' });
    previous = draft ? { actor, draft } : undefined;
  }
  const heldDates = new Set<Draft>();
  // Named dates first: `Last year, … in May 2017` is dated May 2017.
  // The years an agreement runs for (`for 2021-2030`) date it only where nothing else does (below).
  const terms = dates.filter((d) => isTerm(text, d.mention));
  // `is on a visit until May 1`: the day a span ends on dates an act only where nothing else does, a dateline
  // included (`HAVANA, Jan 27 (ACN) X sent a message to the congress, underway till February 2`).
  const ends = dates.filter((d) => /\b(?:until|till|through)\s+$/i.test(text.slice(Math.max(0, d.mention.start - 10), d.mention.start)));
  // `From August 14 to 16, X visited …`: an act told over a range of days is dated by the day it began.
  const closing = dates.filter((d, i) => i > 0 && d.mention.value!.length >= 7 && RANGE_GAP.test(text.slice(dates[i - 1].mention.end, d.mention.start)));
  for (const date of [...dates].filter((d) => !terms.includes(d) && !ends.includes(d) && !closing.includes(d)).sort((a, b) => Number(a.mention.kind !== 'name') - Number(b.mention.kind !== 'name'))) {
    const held = heldWhen(drafts, date.mention, text);
    const draft = held ?? nearestForDate(drafts, date.mention, text, lexicon);
    if (!draft) continue;
    // `the Congress, which was held on March 12`: the clause that says when the act took place outranks any other date.
    if (held && !heldDates.has(draft)) {
      heldDates.add(draft);
      draft.date = date.mention;
    } else if (heldDates.has(draft)) continue;
    else if (!draft.date || (draft.date.kind !== 'name' && date.mention.kind === 'name')) draft.date = date.mention;
    else if (draft.date.kind !== date.mention.kind) continue;
    // `on January 11, … the first to visit Laos in 2023`: the year names the span the day falls in, not another day.
    else if (within(date.mention, draft.date)) draft.date = date.mention;
    else if (!within(draft.date, date.mention) && distance(draft.trigger, date.mention) < distance(draft.trigger, draft.date)) draft.date = date.mention;
  }
  // `was in Vietnam to pay homage to X`: the country the trigger was found by is the host; after it, the names are
  // what the stay was for, not its sides.
  for (const draft of drafts) {
    if (draft.rule !== 'trigger:visit:being-in') continue;
    const country = mentions.find(({ mention: m }) => m.start >= draft.trigger.end && text.slice(draft.trigger.end, m.start).trim() === '');
    const before = draft.members.filter(({ candidate: { mention: m } }) => m.start < draft.trigger.end);
    draft.members = country ? [...before, { candidate: country, role: 'participant' }] : before;
  }
  shareRelativeSubjects(text, drafts, actors, lexicon);
  shareCoordinatedSubjects(text, drafts);
  for (const draft of drafts) keepSidesOfBetween(text, draft);
  shareWithPurpose(text, sentence, drafts, lexicon);
  shareWithFrame(text, drafts);
  shareFrontedSubject(text, sentence, drafts, named, lexicon);
  shareMainSubject(text, sentence, drafts, named, lexicon);
  shareVisitorsWithAct(text, drafts);
  spellOutItems(text, drafts, lexicon);
  pairRespectively(text, sentence, drafts);
  // `On the same day, X held talks with Y`: the day of the act the text told last.
  const opening = openingDate(text, sentence, dates) ?? reportDate(text, sentence, dateline, mentions, context, lexicon) ?? (SAME_DAY.test(text.slice(sentence.start, sentence.end)) ? context.lastDate : undefined);
  const events: Omit<LocalEvent, 'sentence'>[] = [];
  // `received Y, who paid a visit in September`: an undated event takes the date of another that shares its
  // object, else its subject.
  // (Under a dateline an act is the day's news: `VIENTIANE, Aug 23 — X received Y, who is on a visit from August
  // 22-24` was held on the 23rd.)
  const datelined = opening !== undefined && opening === context.dateline;
  for (const draft of drafts) {
    const shares = (members: Draft['members']) => drafts.find((other) => other.date && other.members.some((m) => members.some((d) => d.candidate === m.candidate)));
    draft.date ??= linkedDate(text, sentence, drafts, draft, lexicon);
    if (!datelined) draft.date ??= (shares(draft.members.filter((m) => m.candidate.mention.start >= draft.trigger.end)) ?? shares(draft.members))?.date;
  }
  // A date passed on along a chain of such links (`met X at the meeting on the sidelines of the Summit and the
  // Related Summits on May 5`) reaches acts told before the one that received it.
  for (let changed = true; changed; ) {
    changed = false;
    for (const draft of drafts.filter((d) => !d.date)) {
      draft.date = linkedDate(text, sentence, drafts, draft, lexicon);
      changed ||= draft.date !== undefined;
    }
  }
  for (const term of terms) {
    const draft = nearestForDate(drafts, term.mention, text, lexicon);
    if (draft) draft.date ??= term.mention;
  }
  const endOf = new Map<Draft, LocalMention>();
  for (const end of ends) {
    const draft = nearestForDate(drafts, end.mention, text, lexicon);
    if (draft && !endOf.has(draft)) endOf.set(draft, end.mention);
  }
  // What is said at a gathering names those who took part in it.
  for (const draft of drafts.filter((d) => said.has(d.trigger))) {
    const gathering = gatheringOf(text, sentence, draft.trigger, triggers);
    drafts.find((d) => d.trigger === gathering)?.members.push(...draft.members);
  }
  for (const draft of drafts) {
    if (said.has(draft.trigger) || isUnanchoredPlural(text, sentence, draft, lexicon) || isBackReference(text, sentence, draft, context.reported, lexicon)) continue;
    // (Like the sentence's opening date, an opening frame's dates only what is an act of its own.)
    draft.date ??= opening ?? frontedFrame(text, sentence, drafts, draft)?.date ?? endOf.get(draft);
    assignRoles(text, sentence, draft, lexicon);
    if (context.inclusion !== undefined) fillUnnamedSide(draft, context.inclusion);
    const count = countOf(text, sentence, draft.trigger, lexicon);
    const split = occasions(text, sentence, draft, dates, count !== null, lexicon);
    for (const occasion of split) {
      // (The day a span ends on may be to come: `is on a visit until May 1`.)
      const date = ends.some((end) => end.mention === occasion.date) ? occasion.date!.value! : reportedValue(occasion.date, context.published);
      // One participant per actor: `the Communist Party of Vietnam, the PCV,` is one side (a gloss in parentheses,
      // `United Russia (ER)`, is left as the annotation of the bundled articles has it).
      const first = new Set(distinct(occasion.members));
      const repeated = new Set(occasion.members.filter((m) => text[m.candidate.mention.start - 1] !== '(' && !first.has(m)));
      const members = occasion.members.filter((m) => !repeated.has(m) && takesPart(m.candidate.mention, date ? Number(date.slice(0, 4)) : context.year, lexicon));
      // An occasion split off for a name that takes no part (`the C.C.`) is none.
      if (split.length > 1 && occasion.members.length > 0 && members.length === 0) continue;
      events.push({
        type: draft.trigger.type,
        trigger: { start: draft.trigger.start, end: draft.trigger.end, text: text.slice(draft.trigger.start, draft.trigger.end) },
        date,
        count: occasion.uncounted ? null : count,
        generic: isGeneric(text, sentence, draft.trigger, lexicon),
        participants: members.map(({ candidate, role }) => {
          const party = partyOf.get(candidate);
          return party ? { role, mention: candidate.index, party: party.index } : { role, mention: candidate.index };
        }),
        rule: occasion.rule,
      });
    }
  }
  return events;
}

const distance = (a: Span, b: Span) => (b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

