import type { EventRole, EventType, LocalEvent, LocalMention, Span } from '../../types.js';
import { eventLexicon, type EventLexicon } from './lexicon.js';
import { LETTER, LOWER, re, UPPER } from './letters.js';
import { namedDay } from './report-day.js';

/** A trigger found in a sentence, before its participants are given. */
interface Trigger extends Span {
  type: EventType;
  /** The head phrase, lower-cased: what the lexicon's gates and cues are keyed by. */
  head: string;
  rule: string;
}

/** A mention that may take part in an event, with its index in the document's mentions. */
interface Candidate {
  mention: LocalMention;
  index: number;
}

interface Draft {
  trigger: Trigger;
  /** In a relative clause (`Y, who paid a visit`): not the main verb a later `and …` shares its subject with. */
  relative?: boolean;
  /** One of the occasions a counted trigger lists: the count is the whole's, not its own. */
  uncounted?: boolean;
  members: { candidate: Candidate; role: EventRole }[];
  date: LocalMention | undefined;
  rule: string;
}

const ACTORS = new Set(['party', 'country', 'person']);
const LONGEST_SENTENCE = 3000;
// A sentence wrapped by hand runs over a few lines; more is a list or a page without full stops.
const MOST_WRAPPED_LINES = 6;
const QUOTE_PAIRS: Record<string, string> = { '"': '"', '“': '”', '«': '»', '‘': '’' };
const TIME_THEN_PARTNER = /^\s+(?:(?:were|was)\s+held\s+)?(?:(?:here|there)\s+)?(?:(?:(?:on|last|this|in)\s+)?[A-Za-z]+\s+)?(?:between|with)\b/;
const MONTH_BEFORE = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+$/;
const FIRST_TO = /\b(?:first|second|third|last|only)\s+(?:[A-Za-z-]+\s+){0,3}to\s+$/i;
const SEPARATE = /\bseparate\b/i;
const QUOTE_OPEN = /["“«‘]/g;
const WELCOME_OR_HOST = /welcom|host/i;
const EXCHANGE_WORD = /xchang/i;
const NAMED_HEADS = /^(?:conference|conferences|seminar|workshop|forum|summit|roundtable|round table|symposium|colloquium|meeting|congress|international meeting|assembly|general assembly|plenary session)$/;
/** `the Vietnamese delegation`: an envoy named only by its country's adjective, which then takes part for it. */
const UNNAMED_ENVOY = /^\s+(?:(?:party|high-level|high-ranking|parliamentary|official|working)\s+)?(?:delegation|delegations|representation|side)\b/i;
/** `the Vietnamese guest met …`, `Vietnamese officials held talks`: a person no name follows, the subject of the act. */
const UNNAMED_PERSON = /^\s+(?:official|officials|guest|guests|leader|delegates|envoy)\b(?![\s,]+[A-Z])/;
/** `the Lao delegation led by A`, `A led the Lao delegation`: the envoy has a named leader, who takes part for it. */
const LED_ENVOY_AFTER = /^\s+(?:(?:party|high-level|high-ranking|parliamentary|official|working)\s+)?(?:delegation|delegations)\s+(?:led|headed)\s+by\b/i;
const LED_ENVOY_BEFORE = /\b(?:led|leads|leading|headed|heads|heading)\s+(?:(?:the|a|an|his|her)\s+)?(?:(?:high-level|high-ranking)\s+)?$/i;
const OCCASION_PLACE = /\bon\s+(?:the|its|his|her|their)\s+(?:success|successful|occasion|victory|results?|outcomes?)\b[^,;.]*\bin\s+(?:the\s+)?$/i;
const PLURAL_ACTS = /(?:calls|conversations|meetings)$/;
const PLACE_WORDS = 'Monument|Mausoleum|Memorial|Museum|Statue|Square|Street|Avenue|Boulevard|School|University|Academy|Institute|Prize|Award|Medal|Relic Site|Guest House|Palace';
/** A name followed by a place word (`Ho Chi Minh| Monument`), or a mention that ends with one or is one. */
const PLACE_NAME_AFTER = new RegExp(`^\\s+(?:${PLACE_WORDS})(?![A-Za-z])`);
const PLACE_NAME = new RegExp(`(?:^|\\s)(?:${PLACE_WORDS})$`);
const PLACE_NAME_BEFORE = new RegExp(`\\b(?:${PLACE_WORDS})\\s+(?:of|to)\\s+(?:the\\s+)?(?:(?:President|Uncle|General|Comrade|Chairman)\\s+)?$`);
const CAPITALIZED = `[${UPPER}][${LETTER}'’-]*`;
const NAME_REST_AFTER = new RegExp(`^(?:\\s+(?:of\\s+(?:the\\s+)?)?${CAPITALIZED}){1,4}`);
const NAME_START_BEFORE = new RegExp(`(?:the\\s+)?(?:${CAPITALIZED}\\s+){1,4}(?:of\\s+(?:the\\s+)?)?$`);
const MESSAGE_POINTER = /\bin\s+(?:his|her|its|their|the)\s+(?:[a-z-]+\s+)?$/i;
const SAID_IN_MESSAGE = /\b(?:said|says|stated|wrote)\s+in\s+(?:a|an|its|his|her|their)\s+(?:[A-Za-z-]+\s+)?$/;
/** `C.C.` (the Central Committee): initials are no one's name. */
const INITIALS = /^(?:[A-Z]\.?){1,4}$/;
const RELATION_BETWEEN = re()`\b(?:relations|relationship|ties|friendship|solidarity)\s+between\s+(?:the\s+)?(?:[${UPPER}][^,;.()]{0,50}\s+and\s+(?:the\s+)?)?$`;
/** `X was invited to attend the celebrations in Havana`: a journey reported by the invitation it answered. */
const INVITED_TO_ATTEND = /\b(?:was|were|had\s+been)\s+(invited\s+to\s+(?:attend|join))(?![A-Za-z])/g;
/** `at international forums`, `in regional summits`: the venues of support in general, not one occasion. */
const VENUE_IN_GENERAL = /\b(?:at|in|on)\s+(?:(?:the|regional|international|multilateral|global|world|and|other|many|various|major)\s+)*$/i;
/** `led a Party delegation to Cuba`: a journey told by who led it. */
const LED_DELEGATION = re('gi')`(?<![A-Za-z])(?:led|leads|leading|headed|heads|heading)\s+(?:a|an|the|his|her|their)\s+(?:[${LETTER}'’-]+\s+){0,4}?delegation(?=\s+to(?![A-Za-z])(?!\s+(?:participate|attend|join|take\s+part|witness)(?![A-Za-z])))(?:\s+to\s+visit(?![A-Za-z]))?`;
/** `, the Vietnamese Party chief said`, `, he said`: a subject that is no name. */
const UNNAMED_SUBJECT = re()`^\s*,\s*(?:he|she|it|they|we|the\s+(?:[${UPPER}]\S*\s+)*(?!(?:of|and|for|de)\s)[a-z])`;
const DURING_VISIT = /^\s*(?:\*\s*)?(?:During|In\s+the\s+course\s+of|As\s+part\s+of)\s+(?:the|this|their|his|her|its)\s+(?:[a-z-]+\s+){0,2}(?:visit|trip|stay|tour)\s*,/i;
/** A trigger that is a verb (`signed`, `met`, `holds talks`), not a noun (`visit`, `talks`). */
const VERB_HEAD = /^(?:[a-z-]+ed|met|meet|meets|held|hold|holds|had|paid|pays|made|wrote|sat|sign|signs|inked|receives|welcomes|hosts|arrives|congratulates)(?:\s|$)/;
const SCENE_PLACE = /\b(?:stay|while|whilst|sojourn|time)\s+in\s+(?:the\s+)?$/i;

const UNRECOGNIZED_NAME_AFTER = re()`^(?:\s*\([^()]{1,20}\))?((?:\s+[${UPPER}][${LETTER}'’.-]*){2,6})(?=[\s,;.]|$)`;
const WELCOME_VERB = re('gi')`(?<![${LETTER}-])(?:welcomed|welcomes|welcoming|hosted|hosts|hosting)(?![${LETTER}-])`;
const STARTS_CAPITALIZED = re()`^[${UPPER}]`;
const SETTING_OF_ACT = /^[^;.:]{0,150}\s(?:during|at|in)\s+(?:a|an|the)\s+$/;
const SEAT_BEFORE = /\b(?:at|in)\s+(?:the\s+)?(?:building|headquarters|head\s+office|offices?|seat|premises)\s+of\s+(?:the\s+)?$/;
const SEAT_AFTER = /^(?:\s+[A-Z][\w-]*){0,3}\s+(?:building|headquarters|head\s+office|offices?)\b/;
const ON_A_VISIT = /\bon\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+){0,2}$/;
const HELD_CLAUSE = /^[^;.]{0,60}?,?\s(?:which|that)\s+(?:took\s+place|was\s+held|were\s+held|opened|ran|lasted|closed|began|started)\b[^;.]{0,80}$/;
const DURING_WHICH = /^[^;.]{0,150},\s*(?:during|in\s+the\s+course\s+of)\s+which\b[^;.,]{0,60}$/;
const HELD_BEFORE_DATE = /\b(?:(?:was|were)\s+(?:held|convened|organi[sz]ed)|took\s+place)\b[^,;.]{0,50}$/;
// The phrases by which one act frames another (`during X's visit`, `as part of`): one list for the rules that pass
// dates along frames and those that give a frame's participants.
const FRAME_CUES = [String.raw`at\s+the\s+(?:beginning|start|end|outset)\s+of`, 'during', String.raw`as\s+part\s+of`, String.raw`within\s+the\s+framework\s+of`, String.raw`in\s+the\s+framework\s+of`];
const ON_THE_OCCASION = String.raw`on\s+the\s+occasion\s+of`;
const ON_THE_SIDELINES = String.raw`on\s+the\s+sidelines\s+of`;
/** The frame cues and `more`, each in lower case or, with `opening`, also with a capital first letter. */
const frameCues = (more: string[], opening = false) =>
  [...FRAME_CUES, ...more].map((cue) => (opening ? `[${cue[0].toUpperCase()}${cue[0]}]${cue.slice(1)}` : cue)).join('|');
const DATE_BEFORE_FRAME = re()`^\s*,?\s*(?:(?:in\s+order\s+)?to\s+[a-z]+\b|(?:${frameCues([ON_THE_SIDELINES])})\s)`;
const CONVEY_BEFORE = /\bto\s+(?:convey|pass\s+on|forward|transmit)\s+(?:[^\s,;.]+\s+){0,3}$/i;
const MESSENGER_BEFORE = /\b(?:asked|requested|urged)\s+(?:[A-Za-z]+\s+){0,3}$/;
const FRAMING_JOURNEY = re()`^\s*(?:On|During|Throughout|In|Over|At)\s+(?:the\s+(?:[a-z]+\s+){1,2}(?:of|in)\s+)?(?:his|her|their|its|the|this|that|[${UPPER}][${LETTER}-]*['’]s)\s+(?:[a-z-]+\s+){0,2}$`;
const SINGLE_MESSAGE = /\b(?:a|an|one)\s+(?:[a-z-]+\s+){0,2}(?:message|letter|telegram|cable)(?:\s+of\s+[a-z]+)?$/i;
const SIDELINES_BEFORE = /\bsidelines?\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}$/;
const POSSESSED_ACT = re()`\b(?:during|on|in|at|of|for|after|before)\s+(?:the\s+)?(?:[${LETTER}-]+\s+){0,3}?[${LETTER}]+['’]s\s+(?:[${LOWER}-]+\s+){0,3}$`;
const ASIDE_OPENING = /\s*(?:Besides|Apart\s+from|Aside\s+from|In\s+addition\s+to)\s+[^,;.]{1,80},/y;
const PARTED = /\b(?:each|respectively|separately)\b/i;
const RUNS_ON = /\b(?:and|or|of|the|to|with|for|by|in|on|at|a|an)\s*$/;
const BEING_IN = /\b(?:is|was|are|were)\s+(?:currently\s+|now\s+)?in\s+$/;
const BEING_IN_FOR = /^\s+(?:(?:in|on|from|this|last)\s+[^,;.]{0,30}?\s+)?(?:to\s+(?:attend|visit|join|take\s+part|participate|pay|hold|meet)\b|for\s+(?:a|an|the|his|her|their)\s)/;
const ONLINE_AFTER = /^\s+(?:online|virtually)\b/i;
const INVITER_BEFORE = /\binvitation\s+of\b[^;.]*$/;
const AMBASSADOR = /\bAmbassadors?\b[^,;]*$/;
const COPULA_BETWEEN = re()`^\s+(?:is|was|are|were)\s+(?:(?:his|her|its|their|the|a|an|first|last|second)\s+)*(?:[${LOWER}]+\s+)?$`;
const NAME_WORDS_BEFORE = re()`(?:(?:\d+(?:st|nd|rd|th)|[${UPPER}][${LETTER}'’-]*|inter-party|online|"[^"]{1,80}"|“[^”]{1,80}”)\s+)+$`;
const NAME_OF_AFTER = re()`^\s+of\s+(?:the\s+)?(?:[${UPPER}][${LETTER}'’-]*)(?:\s+(?:and\s+|of\s+|the\s+)*[${UPPER}][${LETTER}'’-]*)*`;
const WELCOMED_ACT = re()`^\s+(?:the\s+)?(?:[${UPPER}][${LETTER}-]*\s+){0,3}?(?:[${LETTER}-]+['’]s?\s+)?(?:[a-z-]+\s+)?(?:visit|trip|presence|attendance|participation|proposal|initiative)\b`;
const PASSIVE_BEFORE = re()`\b(?:was|were|been|being)\s+(?:(?:also|again|then|later|first|[${LOWER}]+ly)\s+){0,2}$`;
const OBJECT_PREFIX = re()`^[\s,]*(?:(?:the|a|an|his|her|its|their|with|between|by|on|visiting|ruling|governing|[${UPPER}][${LETTER}'’.-]*|of|and|delegation|delegations|leaders?|representatives?|envoys?|members?|head)[\s,]*)*$`;
const PLACE_IN = re()`^\s+in\s+(?:the\s+)?(?:[${UPPER}]\S*\s+){0,2}`;
const AS_TITLE_OF = re()`\bas\s+(?:the\s+)?(?:[${UPPER}][${LETTER}-]*\s+)+of\s+(?:the\s+)?$`;
const COMPOUND_BEFORE = re()`[${LETTER}]\s?[-–]\s?$`;
const COMPOUND_AFTER = re()`^\s?[-–]\s?[${UPPER}]`;
const ORGANIZATION_NAME_AFTER = re()`^\s[${UPPER}][${LOWER}]+\s(?:[${UPPER}][${LOWER}]+|of|for)\b`;
const VENUE_WORDS = re()`\b(?:in|at)\s+(?:(?!(?:between|with|of|by|for|and)\s)[${LETTER}-]+,?\s+){0,3}?(?:the\s+)?$`;
const UNRECOGNIZED_NAME_PAREN = re()`[${UPPER}][${LETTER}'’"”]*\s*\($`;
const DATELINE_HEAD = re()`^(?:[^a-z\n]|[${UPPER}][${LOWER}]+\.?|\([^)\n]{1,30}\)){0,60}?(?:\s[-–—]{1,2}\s|\d\s*\([A-Z][A-Za-z]{1,15}\)\s+(?:[-–—]{1,2}\s+)?)`;
const LETTER_CHAR = re()`[${LETTER}]`;
const OPENING_BEFORE_DATE = re()`^\s*(?:[${UPPER}][${LETTER}]+\s*(?:\([^)]*\))?\s*[,-]?\s*)?(?:(?:In|On|During|By|Since|From|Throughout|Last|Early|Late|in)\s+(?:(?:his|her|its|their)\s+)?)?(?:(?:early|late|mid)[-\s])?$`;
const RELATIVE_WHO = re()`^\s*,?\s*who\s+(?:[${LETTER}'’-]+\s+){0,8}$`;
const SCENE_FOLLOWS = re()`^(?:,|\s+[${UPPER}]|\s+(?:hosted|organi[sz]ed|chaired|co-chaired|held|convened)\s+(?:by|in|at)\b[^,;]{0,100},)`;
const PASSIVE_AFTER = re()`^\s+(?:were|was|have\s+been|has\s+been)\s+[${LOWER}]+ed\s+by\b`;
const DETERMINER_OR_POSSESSIVE_BEFORE = re('i')`(?:\b(?:the|this|that|these|those)|[${LETTER}]['’]s?)\s+$`;
const LOWER_PREFIX = re()`^[\d\s${LOWER}-]+`;
const SUBJECT_AFTER_COMMA = re()`^,\s*(?:[${UPPER}][${LETTER}'’.-]*\s+|of\s+|the\s+|and\s+)*$`;
const WORD_REST = re()`^[-${LETTER}]+`;
const TRAILING_FRAME = /\b(?:during|in|at)\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[a-z-]+\s+){0,2}$/;
/** `condolences over the passing of X, former President of Laos`, `commemorating X`: the one mourned, and his titles. */
const MOURNED_BEFORE = re()`\b(?:passing(?:\s+away)?|death|demise)\s+of\s+(?:[${UPPER}][^\s,;:.()]*(?![^\s,;:.()])\s*|(?:of|the|and|former|late)\s+|\([^()]{1,30}\)\s*|,\s*)*$`;
const FRONTED_BARE_ACT = /^\s*(?:In|At|During)\s+(?:[a-z-]+\s+)?$/;
const SUITE_BEFORE = re()`[${UPPER}][${LETTER}'’-]*\s+(?:and\s+(?:his|her)\s+(?:spouse|wife|husband)\s+)?(?:and|along\s+with|together\s+with|accompanied\s+by)\s+(?:a|an)\s+(?:[${LOWER}-]+\s+){0,3}(?:delegation\s+of\s+(?:[${LOWER}-]+\s+){0,2})?$`;
const ENVOY_OF = /\b(?:envoys?|representatives?)\s+of\s+[^,;.()]{0,120}?(?:\([^()]{1,20}\)[^,;.()]{0,80})?$/;
const CORRESPONDENT_BEFORE = /\b(?:to|from|and(?=\s+other\b))\s+(?:(?:the|their|his|her|its|other|all)\s+)*(?:[a-z-]+\s+)?$/;
const UNNAMED_LEADERS_AFTER = re()`^\s+(?:(?:Party|State|and|top|senior|high-ranking|government)\s+)*(?:leaders?|counterparts?|hosts|government|officials)\b(?![\s,]+[${UPPER}])`;
const UNNAMED_SIDE_OF = re()`\b(to|from)\s+(?:the\s+|their\s+|his\s+|her\s+|its\s+)?(?:leaders?|counterparts?|people|peoples|government|governments|officials|hosts)(?:\s+(?:and\s+)?[${LETTER}-]+){0,4}\s+of\s*$`;

/** The report's date as a text read in runs hands it from one run to the next (a page's date line is in the first). */
export interface ReportCarried {
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
    const lines = listLines(text, sentences, index, mentions, first);
    // `… have sent congratulations to X. They include A, B and C.`: the next sentence names the senders.
    const inclusion = lines === 0 && index + 1 < sentences.length && INCLUSION.test(text.slice(sentences[index + 1].start, sentences[index + 1].start + 40)) ? sentences[index + 1].start : undefined;
    const listed = inclusion !== undefined ? 1 : lines > 0 ? lines : wrappedLines(text, sentences, index);
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
    for (const event of found) events.push({ ...event, sentence: index });
    for (const event of found) reported.add(event.type);
    const dated = [...found].reverse().find((event) => event.date !== null)?.date;
    if (dated) lastDate = [...inSentence.map((c) => c.mention), carried, lastDate].find((m) => m?.type === 'date' && m.value === dated) ?? lastDate;
  });
  return withoutBareHeadings(text, sentences, withoutHeadlineRepeats(text, sentences, mentions, withoutMessagePointers(text, mentions, events)));
}

/**
 * `FRUITFUL VISIT`, `Condolences`: a headline or a subheading that names no one titles the acts the body tells; it is
 * no act of its own.
 */
function withoutBareHeadings(text: string, sentences: readonly Span[], events: LocalEvent[]): LocalEvent[] {
  // (A line of a wrapped paragraph that ends on `and` or `to` goes on below: no heading.)
  const bare = (e: LocalEvent) => e.participants.length === 0 && isHeadingLine(text, sentences[e.sentence]) && !RUNS_ON.test(text.slice(sentences[e.sentence].start, sentences[e.sentence].end));
  if (!events.some(bare)) return events;
  const told = events.some((e) => !isHeadingLine(text, sentences[e.sentence]));
  return told ? events.filter((e) => !bare(e)) : events;
}

/**
 * `X sent a message to Y. X in his message expressed …`: `in his message` points back to the message its sender was
 * already told to have sent; a message of another sender (`In its message, the PCB lauded …`) is one of its own.
 */
function withoutMessagePointers(text: string, mentions: readonly LocalMention[], events: LocalEvent[]): LocalEvent[] {
  const senders = new Set<string>();
  const key = (m: number) => `${mentions[m].type}:${mentions[m].key}`;
  return events.filter((event) => {
    if (event.type !== 'message') return true;
    const own = event.participants.filter((p) => p.role === 'sender').map((p) => key(p.mention));
    const pointer = MESSAGE_POINTER.test(text.slice(Math.max(0, event.trigger.start - 30), event.trigger.start)) && own.some((k) => senders.has(k));
    for (const k of own) senders.add(k);
    return !pointer;
  });
}

const HEADING_LINES = 3;
const CAPTION = /\((?:R|L|right|left|centre|center|middle|front|(?:[\w-]+\s+){1,2}from\s+(?:left|right))\)|\(\s*(?:Photo|Source)\b[^()]*\)\s*$|\bPhoto\s*:\s*[A-Z]+\s*$/i;
const PHOTO_CREDIT = /^\s*\(\s*(?:Photo|Source)\b/i;
const LIST_OPENING = /(?::|\b(?:included|include|includes|including|were|are|namely|following|as follows))\s*$/;
// A list item's mark: a dash, a bullet or a number.
const BULLET = String.raw`(?:[-–—•*·]|\d{1,2}[.)])`;
const LIST_LINE_OPENING = new RegExp(String.raw`^\s*${BULLET}?\s*(?:the\s+)?$`, 'i');
const LIST_LINE_LENGTH = 200;
const NUMBERED = /\b\d+\s?(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}$/;
const ADVERBIAL_FIRST = /^(?:\s+(?:(?:on|at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|here\b|there\b|today\b|yesterday\b|(?:this|that)\s+(?:morning|afternoon|evening)\b))+/;
const HOSTING_VISIT = /^[^,;]{0,60}?\b(?:welcomed|welcomes|welcoming|hailed|hails|praised|praises|appreciated|appreciates|lauded|spoke\s+highly\s+of|hosted|hosts|received|receives|thanked|thanks)\s+(?:[^,;]{0,40}\s)?(?:the|a|an|this|his|her|their|[A-Z][^,;]{0,40}['’]s?)\s+(?:[a-z-]+\s+){0,3}$/;
const TIME_CLAUSE_BEFORE = /\b(?:while|when|upon|after)\s+(?:(?:his|her|their|the|a)\s+)?$/;
const FRONTED_ACT = /^\s*(?:[^,]{0,30},\s*)?(?:(?:when|while|upon|on|in|during|at)\s+)?(?:(?:his|her|their|the)\s+)?(?:[a-z-]+\s+)?$/i;
// `/TASS/.`: an agency named between slashes after a dateline.
const AGENCY_TAG = /^\s*\/[A-Z][A-Za-z-]{1,15}\/\.?\s*$/;
const AGENCY_AFTER = /^\.\s*\/[A-Z][A-Za-z-]{1,15}\/\./;
const WRITTEN_YEAR = /\d{4}|['’]\d{2}\b/;
const PAGE_DATE_LINE = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+/;

/** The length of a page's ` date 2024-08-03` line opening a sentence's first characters (0 if none): no part of a dateline. */
const pageDateLineLength = (opening: string): number => PAGE_DATE_LINE.exec(opening)?.[0].length ?? 0;
const SAME_DAY = /\b(?:the\s+same\s+(?:day|morning|afternoon|evening)|(?:later|earlier)\s+that\s+(?:day|morning|afternoon|evening)|that\s+(?:same\s+)?(?:day|morning|afternoon|evening))\b/i;
// (`, to China` after a title set off by commas goes on with the sentence, not with the title.)
const TITLE_LINKS = /(?<!,\s*)\b(?:at|to)\b|\b(?:heads|leads|chairs|serves\s+as)\b/g;
const RELATIVE_TITLE = /^\s*,?\s*who\s+(?:is\s+|was\s+)?(?:also\s+)?(?:heads|leads|chairs|serves\s+as|(?:a|an|the)\s)/;
const INCLUSION = /^\s*(?:They|These|Those|Among\s+(?:them|these|those|the\s+[a-z-]+))\s+(?:include|included|includes|are|were)\b/;
// `…; from Europe, A, B; and from Latin America, C`: a list grouped by region goes on after each group's label.
const GROUP_LABEL = /^\s*[;,]\s*(?:and\s+)?(?:from|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*[,:]\s*(?:the\s+)?$/;
const GROUP_BEFORE_ITEMS = /^[^;]*?\b(from|by|to)\b[^;]*\b(?:such\s+as|including|namely|notably)[\s:]*$/i;
const LIST_BULLET = new RegExp(String.raw`\s*[;,]?\s*\n\s*${BULLET}\s*|;\s*\n\s*`, 'g');

/**
 * How many of the sentences after `index` are the items of a list it opens (`… included:`, `from the following
 * parties:`): lines of their own, each opening with a party, country or person after at most a bullet.
 */
function listLines(text: string, sentences: readonly Span[], index: number, mentions: readonly LocalMention[], from: number): number {
  if (!LIST_OPENING.test(text.slice(Math.max(sentences[index].start, sentences[index].end - 20), sentences[index].end))) return 0;
  let count = 0;
  let m = from;
  for (let i = index + 1; i < sentences.length; i++) {
    const line = sentences[i];
    if (line.end - line.start > LIST_LINE_LENGTH || !text.slice(sentences[i - 1].end, line.start).includes('\n')) break;
    while (m < mentions.length && mentions[m].start < line.start) m++;
    const opener = mentions[m];
    if (!opener || opener.start >= line.end || !ACTORS.has(opener.type) || !LIST_LINE_OPENING.test(text.slice(line.start, opener.start))) break;
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
function wrappedLines(text: string, sentences: readonly Span[], index: number): number {
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

/**
 * `Cuban leader receives Vietnamese party delegation` above the report of that reception: a headline that repeats an
 * act the body reports (of the same type, or with a participant in common) is not a second event. The headline is
 * one of the lines without a full stop that open the text (after a date line, a kicker), or a caption under a
 * picture that repeats it.
 */
function withoutHeadlineRepeats(text: string, sentences: readonly Span[], mentions: readonly LocalMention[], events: LocalEvent[]): LocalEvent[] {
  const heading = new Set<number>();
  for (let i = 0; i < Math.min(HEADING_LINES, sentences.length) && isHeadingLine(text, sentences[i]); i++) heading.add(i);
  // A picture's caption (`X (R) receives Y …`, `… (Photo: VNA)`, `(Source: VNA)`) retells the act of the same type and sides that the
  // body reports; a caption of an act the body does not tell stays.
  const captions = new Set(events.map((e) => e.sentence).filter((i) => CAPTION.test(text.slice(sentences[i].start, sentences[i].end)) || PHOTO_CREDIT.test(text.slice(sentences[i].end, sentences[i].end + 40))));
  if (heading.size === 0 && captions.size === 0) return events;
  const opening = (s: Span) => text.slice(s.start, Math.min(s.end, s.start + 40)).replace(/\s+/g, ' ');
  const headlines = new Set([...heading].map((i) => opening(sentences[i])).filter((line) => line.length >= 30));
  for (const e of events) if (headlines.has(opening(sentences[e.sentence]))) heading.add(e.sentence);
  const body = events.filter((e) => !heading.has(e.sentence));
  const key = (m: number) => `${mentions[m].type}:${mentions[m].key}`;
  return events.filter((e) => {
    if (heading.has(e.sentence)) return !repeatsBodyAct(e, body, key);
    // (`At the theoretical workshop (Source: VNA)`: a caption that names no one retells the body's act of its type.)
    return !captions.has(e.sentence) || !body.some((b) => !captions.has(b.sentence) && b.type === e.type && (e.participants.length === 0 || sharesParticipant(b, e, key)));
  });
}

/** A line without a full stop that ends where its sentence ends: a headline or a kicker. */
export function isHeadingLine(text: string, sentence: Span): boolean {
  return /^[^.!?]*[^.!?\s]\s*\n/.test(text.slice(sentence.start, Math.min(text.length, sentence.end + 1)));
}

/** A headline's event repeats an act the body reports when it is of the same type or has a participant in common. */
export function repeatsBodyAct(headline: LocalEvent, body: readonly LocalEvent[], participantKey: (mention: number) => string): boolean {
  return body.some((b) => b.type === headline.type || sharesParticipant(b, headline, participantKey));
}

function sharesParticipant(a: LocalEvent, b: LocalEvent, participantKey: (mention: number) => string): boolean {
  const keys = new Set(a.participants.map((p) => participantKey(p.mention)));
  return b.participants.some((p) => keys.has(participantKey(p.mention)));
}

/** The date of a page's ` date 2024-08-03` line, which opens the text. */
function pageDate(text: string, mentions: readonly LocalMention[]): LocalMention | undefined {
  const first = mentions.find((m) => m.type === 'date');
  return first?.value && pageDateLineLength(text.slice(0, first.end + 1)) === first.end + 1 ? first : undefined;
}

/** `HANOI, Feb 26 — X paid …`, `BEIJING, May 11 (Xinhua) -- X held …`: the date of the dateline that opens the sentence. */
function leadDateline(text: string, sentence: Span, mentions: Candidate[]): LocalMention | undefined {
  const end = datelineEnd(text, sentence);
  const start = sentence.start + pageDateLineLength(text.slice(sentence.start, sentence.start + 30));
  return [...mentions].reverse().find(({ mention: m }) => m.type === 'date' && m.value && m.start >= start && m.end <= end)?.mention;
}

function firstYear(mentions: readonly LocalMention[]): number | null {
  const date = mentions.find((m) => m.type === 'date' && m.value);
  return date ? Number(date.value!.slice(0, 4)) : null;
}

/**
 * `Havana, Aug 23 (Prensa Latina)` on a line of its own: a dateline, whose date dates the report that follows.
 * Its words are a place, the date and the agency: nothing else in small letters.
 */
function datelineDate(text: string, sentence: Span, mentions: Candidate[]): LocalMention | undefined {
  // A page's ` date 2024-08-03` line before the dateline is no part of it.
  const start = sentence.start + pageDateLineLength(text.slice(sentence.start, sentence.start + 30));
  if (sentence.end - start > 80) return undefined;
  const dates = mentions.filter(({ mention }) => mention.type === 'date' && mention.value && mention.start >= start);
  if (dates.length !== 1) return undefined;
  const date = dates[0].mention;
  const rest = (text.slice(start, date.start) + ' ' + text.slice(date.end, sentence.end)).replace(/\([^()]{1,40}\)/g, ' ');
  const tail = text.slice(date.end, sentence.end);
  return /\b[a-z]/.test(rest) || !(/\([^()]{1,40}\)|[-–—]\s*$/.test(tail) || AGENCY_AFTER.test(text.slice(date.end, date.end + 25))) ? undefined : date;
}

interface SentenceContext {
  /** The year the text last named before the sentence. */
  year: number | null;
  /** The date of the sentence's dateline, or of one standing alone just before it. */
  dateline: LocalMention | undefined;
  /** The date of the report: its dateline's, else its page's date line. */
  report: LocalMention | undefined;
  /** The date of the page's date line. */
  published: LocalMention | undefined;
  /** The types of the events the text reported before the sentence. */
  reported: ReadonlySet<EventType>;
  /** The date of the last dated event the text told before the sentence. */
  lastDate: LocalMention | undefined;
  /** Where a sentence joined to this one begins that lists the actors this one leaves unnamed (`They include …`). */
  inclusion: number | undefined;
}

function isUnnamedEnvoy(text: string, m: LocalMention): boolean {
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
function isUnnamedCorrespondent(text: string, m: LocalMention, triggers: readonly Trigger[]): boolean {
  return triggers.some((t) => t.type === 'message') && CORRESPONDENT_BEFORE.test(text.slice(Math.max(0, m.start - 40), m.start)) && UNNAMED_LEADERS_AFTER.test(text.slice(m.end, m.end + 60));
}

/**
 * `Liu, special envoy of General Secretary Xi Jinping, visited Laos`, `representative of its President Hun Sen`: the
 * one an envoy stands for is not there.
 */
function isPrincipal(text: string, m: LocalMention, mentions: readonly Candidate[]): boolean {
  if (m.type !== 'person') return false;
  const cue = ENVOY_OF.exec(text.slice(Math.max(0, m.start - 140), m.start));
  if (!cue) return false;
  const from = m.start - (cue[0].length);
  return !mentions.some(({ mention: other }) => other.type === 'person' && other.start >= from && other.end <= m.start);
}

function sentenceEvents(text: string, sentence: Span, mentions: Candidate[], lexicon: EventLexicon, context: SentenceContext): Omit<LocalEvent, 'sentence'>[] {
  const found = findTriggers(text, sentence, mentions, lexicon);
  const triggers = found.filter((t) => !setsScene(text, sentence, t));
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
      !isPrincipal(text, m, mentions) &&
      !MOURNED_BEFORE.test(text.slice(Math.max(sentence.start, m.start - 200), m.start)) &&
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
  const dates = mentions.filter(({ mention: m }) => m.type === 'date' && m.value && m.start >= dateline && !inside(m, quoted) && !isAnniversary(text, m, triggers) && !/(?:^|\n)[ \t]*date[ \t]+$/.test(text.slice(Math.max(0, m.start - 12), m.start)));
  const drafts: Draft[] = triggers.map((trigger) => ({ trigger, members: [], date: undefined, rule: trigger.rule }));
  let previous: { actor: Candidate; draft: Draft } | undefined;
  for (const actor of actors) {
    // A long list goes on with its trigger however far the list runs: `including A, B, … and Z`.
    const gap = previous ? gapBetween(text, previous.actor.mention.end, actor.mention.start, lexicon) : '';
    // Items the recognizer did not take (`Movement for Social Justice (MSJ)`) do not end the list.
    // `including President A; Premier B; and C`: semicolons part the items of a list of titled names.
    const items = gap.split(';').map((piece) => piece.replace(/^\s*and\s+/, ' '));
    const continued = previous && (lexicon.listSeparator.test(gap) || GROUP_LABEL.test(text.slice(previous.actor.mention.end, actor.mention.start)) || (gap.length <= 250 && items.every(lexicon.isTitleOnly))) ? previous.draft : undefined;
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
  for (const date of [...dates].filter((d) => !terms.includes(d) && !ends.includes(d)).sort((a, b) => Number(a.mention.kind !== 'name') - Number(b.mention.kind !== 'name'))) {
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
  shareMainSubject(text, sentence, drafts, named);
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
    if (said.has(draft.trigger) || isUnanchoredPlural(text, sentence, draft, lexicon) || isBackReference(text, sentence, draft, context.reported)) continue;
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

const IN_PERSON: ReadonlySet<EventType> = new Set(['meeting', 'call', 'visit']);
const AT_BEFORE = /\bat\s+(?:the|this|that)\s+$/i;

/**
 * `During the talks, X congratulated Y on …`: congratulations or condolences in a text that reports talks, a call or
 * a visit (before, or in the sentence) were said there, unless the sentence names a message, a letter or a sending,
 * or they are handed over to a leader;
 * `In his message, X congratulated Y`: what a message named before says.
 */
function isSaidInPerson(text: string, sentence: Span, trigger: Trigger, found: readonly Trigger[], mentions: readonly Candidate[], context: SentenceContext, lexicon: EventLexicon): boolean {
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
function gatheringOf(text: string, sentence: Span, trigger: Trigger, found: readonly Trigger[]): Trigger | undefined {
  return found.find((t) => t.type === 'conference' && t.end <= trigger.start && AT_BEFORE.test(text.slice(Math.max(sentence.start, t.start - 12), t.start)));
}

/**
 * A leader who had died by the event's year (else the year the text last named) takes no part in it: he is praised,
 * quoted or remembered; nor does
 * `the Communist Party` that names no party by itself.
 */
function takesPart(m: LocalMention, year: number | null, lexicon: EventLexicon): boolean {
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
function inTitleOfUnrecognized(text: string, sentence: Span, m: LocalMention, lexicon: EventLexicon): boolean {
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

function findTriggers(text: string, sentence: Span, mentions: Candidate[], lexicon: EventLexicon): Trigger[] {
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
    if (trigger.type === 'meeting' && isNumberedGathering(text, sentence, trigger, headStart, lexicon)) Object.assign(trigger, { type: 'conference', rule: 'trigger:conference:numbered-session' });
    if (type === 'conference' && lexicon.organTrigger.test(text.slice(Math.max(sentence.start, trigger.start - 40), trigger.end))) continue;
    if (!passesGates(text, sentence, trigger, mentions, lexicon)) continue;
    if (type === 'conference' && /[^s]s$/.test(head) && VENUE_IN_GENERAL.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    if (isPlanned(text, sentence, trigger, lexicon) || lexicon.negated.test(clauseBefore(text, sentence, trigger.start))) continue;
    if (lexicon.negatedAfter.test(text.slice(end, sentence.end)) || lexicon.commemorated.test(text.slice(Math.max(sentence.start, start - 40), start))) continue;
    found.push(trigger);
  }
  for (const match of body.includes('delegation') ? body.matchAll(LED_DELEGATION) : []) {
    const start = sentence.start + match.index;
    const end = start + match[0].length;
    // `led a delegation to visit X` governs X as `visited X` does.
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
 * general meeting is a gathering; `the 42nd meeting of the Inter-governmental Committee` is talks between two sides.
 */
function isNumberedGathering(text: string, sentence: Span, trigger: Trigger, headStart: number, lexicon: EventLexicon): boolean {
  if (!/^meetings?$/.test(trigger.head) || !NUMBERED.test(text.slice(Math.max(sentence.start, trigger.start - 12), headStart))) return false;
  if (/\b(?:Annual|General)\s+Meetings?$/.test(text.slice(trigger.start, trigger.end))) return true;
  const body = /^\s+of\s+(?:the\s+)?((?:[A-Z][\w'’-]*\s+){0,5}[A-Z][\w'’-]*)/.exec(text.slice(trigger.end, sentence.end));
  return body !== null && body[1].split(/\s+/).some((word) => lexicon.typeOf.get(word.toLowerCase()) === 'conference');
}

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
  const next = mentions.find(({ mention }) => mention.start >= end && ACTORS.has(mention.type) && mention.kind !== 'demonym');
  if (!next || next.mention.type !== 'person') return false;
  const between = text.slice(end, next.mention.start);
  return between.length <= 80 && !/[,;]|\band\b/.test(between) && lexicon.isTitleOnly(between.replace(/^\s+(?:the\s+)?/, ''));
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

/** A named conference or meeting takes in its name: `the 19th International Meeting of Communist and Workers' Parties`. */
function nameOf(text: string, sentence: Span, trigger: Trigger, headStart: number, mentions: Candidate[]): void {
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
  if (gate.before && !gate.before.test(text.slice(Math.max(sentence.start, trigger.start - 60), trigger.start))) return false;
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
    if (!objectNear && !lexicon.welcomeObject.test(after) && !lexicon.welcomeObject.test(after.replace(ADVERBIAL_FIRST, ' '))) return false;
  }
  return true;
}

/**
 * `visited Ho Chi Minh Mausoleum`, `visited a rehabilitation centre for victims and a village`: a visit whose object
 * names a place and no party or country is a stop on a trip, not a visit of one actor to another.
 */
/**
 * `President A and General Secretary B met in Beijing`: two sides joined before the verb meet each other (one who
 * receives needs a guest named).
 */
function coordinatedSubjects(text: string, sentence: Span, trigger: Trigger, mentions: Candidate[], lexicon: EventLexicon): boolean {
  const before = mentions.filter(({ mention }) => mention.end <= trigger.start && mention.start >= sentence.start && ACTORS.has(mention.type));
  const [first, second] = before.slice(-2);
  if (!first || !second || !/^\s+(?:(?:also|have|has|had|then|later|first)\s+)?$/.test(text.slice(second.mention.end, trigger.start))) return false;
  const joined = /^\s*,?\s*and\s+(.*)$/s.exec(text.slice(first.mention.end, second.mention.start));
  return joined !== null && lexicon.isTitleOnly(joined[1]);
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
  // `was the first leader to visit Laos`: an infinitive after an ordinal tells what was done.
  // (`asked X to convey his greetings`: the request's own words are no plan.)
  return !conveyed && lexicon.planned.test(before) && !lexicon.plannedException.test(before) && !FIRST_TO.test(before);
}

/** The words of the clause before an offset, at most 60 characters. */
function clauseBefore(text: string, sentence: Span, offset: number): string {
  const window = text.slice(Math.max(sentence.start, offset - 60), offset);
  const cut = Math.max(window.lastIndexOf(';'), window.lastIndexOf(':'));
  return cut === -1 ? window : window.slice(cut + 1);
}

function isGeneric(text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): boolean {
  return lexicon.generic.test(text.slice(Math.max(sentence.start, trigger.start - 200), trigger.start));
}

const distance = (a: Span, b: Span) => (b.start >= a.end ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/**
 * The trigger nearest a mention: none across a semicolon or a clause of its own (`…, thereby`, `the two sides
 * agreed`); a mention after a trigger goes with it rather than with a later noun it is listed before (`X (July
 * 2021) and the official visit`).
 */
function nearest(drafts: Draft[], mention: Span, text: string, lexicon: EventLexicon, onlyBefore = false): Draft | undefined {
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
    if (lexicon.clauseBreak.test(gap) || gap.length > 400) return;
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

/** A date in parentheses dates what stands before it: `A (June 2021), B (December 2021)`. */
function nearestForDate(drafts: Draft[], date: LocalMention, text: string, lexicon: EventLexicon): Draft | undefined {
  const parenthesized = text[date.start - 1] === '(';
  const before = parenthesized ? nearest(drafts, date, text, lexicon, true) : undefined;
  // `X said on Tuesday while meeting with Y`: the day of the main verb is the day of the act its clause of time tells.
  const timed = () => drafts.find((d) => d.trigger.start >= date.end && /^\s*,?\s*$/.test(text.slice(date.end, d.trigger.start).replace(TIME_CLAUSE_BEFORE, '')) && TIME_CLAUSE_BEFORE.test(text.slice(date.end, d.trigger.start)));
  // `received Y on May 5 within the framework of his visit`, `called Y on May 5 to offer congratulations`: the day
  // is that of the act before it, not of the frame or the purpose after it.
  const framedAfter = (d: Draft) => d.trigger.start >= date.end && DATE_BEFORE_FRAME.test(text.slice(date.end, d.trigger.start));
  const unframed = drafts.filter((d) => !framedAfter(d));
  return before ?? nearest(unframed, date, text, lexicon) ?? nearest(drafts, date, text, lexicon) ?? heldSubject(drafts, date, text) ?? timed();
}

/** The date an undated act takes from another it is told with: its frame, the act it frames, its purpose, its list. */
function linkedDate(text: string, sentence: Span, drafts: Draft[], draft: Draft, lexicon: EventLexicon): LocalMention | undefined {
  return (frameOf(text, drafts, draft) ?? framedAct(text, drafts, draft) ?? purposeOf(text, sentence, drafts, draft, lexicon) ?? listedWith(text, drafts, draft, lexicon))?.date;
}

const FRONTED_FRAME = re()`^\s*(?:${frameCues([ON_THE_OCCASION, ON_THE_SIDELINES], true)})\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[${LETTER}\d.-]+(?:['’]s?)?\s+){0,4}$`;

/**
 * `During his visit to Laos in May 2019, X held talks with Y and met Z`: the occasion that opens the sentence, dated
 * within its own phrase, dates the acts of the clause after it.
 */
function frontedFrame(text: string, sentence: Span, drafts: Draft[], act: Draft): Draft | undefined {
  const frame = drafts[0];
  if (!frame?.date || frame === act || frame.trigger.end > act.trigger.start) return undefined;
  const opening = text.slice(datelineEnd(text, sentence), frame.trigger.start);
  if (!FRONTED_FRAME.test(opening) && !FRAMING_JOURNEY.test(opening)) return undefined;
  // (The date in the frame's own phrase: before the comma that ends it, `starting on May 5, 2019,` with its year.)
  if (frame.date.start >= frame.trigger.end && /[,;.]/.test(text.slice(frame.trigger.end, frame.date.start))) return undefined;
  const comma = text.indexOf(',', Math.max(frame.trigger.end, frame.date.end));
  return comma !== -1 && comma < act.trigger.start && !/[;.]/.test(text.slice(frame.trigger.end, act.trigger.start)) ? frame : undefined;
}

/**
 * Acts listed together share the one date the list gives after its last act or before its first: `an official
 * visit to Austria, state visits to Italy and the Vatican from July 23 to 28`, `paid a working visit to Mexico and
 * attended the forum from July 29`, `in November 2017 for the APEC summit and an official visit to Hanoi`. A date
 * between two acts of the list is the one act's own.
 */
function listedWith(text: string, drafts: Draft[], draft: Draft, lexicon: EventLexicon): Draft | undefined {
  // (No one who does the next act may stand before it: `and Hun Sen visited` opens a clause of its own.)
  const listed = (item: Draft, next: Draft | undefined) => {
    if (!next) return false;
    const gap = text.slice(item.trigger.end, next.trigger.start);
    const tail = lexicon.listedAct.exec(gap);
    const actorInTail = tail !== null && next.members.some((m) => m.candidate.mention.start >= next.trigger.start - tail[0].length && m.candidate.mention.end <= next.trigger.start);
    return gap.length <= 100 && tail !== null && !actorInTail && !/[;.]/.test(gap) && !lexicon.clauseBreak.test(gap);
  };
  const at = drafts.indexOf(draft);
  for (let i = at; listed(drafts[i], drafts[i + 1]); i++) {
    const next = drafts[i + 1];
    if (next.date) return next.date.start >= next.trigger.end ? next : undefined;
  }
  let first = at;
  while (first > 0 && listed(drafts[first - 1], drafts[first]) && !drafts[first].date) first--;
  const head = drafts[first];
  const opensList = first === 0 || !listed(drafts[first - 1], head);
  return first < at && opensList && head.date && head.date.end <= head.trigger.start ? head : undefined;
}

/** `the visit of X to Hanoi to attend the Summit held there on May 5`: a visit made for an act is dated by it. */
function purposeOf(text: string, sentence: Span, drafts: Draft[], visit: Draft, lexicon: EventLexicon): Draft | undefined {
  const act = drafts[drafts.indexOf(visit) + 1];
  if (visit.trigger.type !== 'visit' || !act || act.trigger.type === 'visit' || /[;.]/.test(text.slice(visit.trigger.end, act.trigger.start))) return undefined;
  return lexicon.purposeCue.test(text.slice(Math.max(sentence.start, act.trigger.start - 60), act.trigger.start)) ? act : undefined;
}

/** Whether a date names a day or month inside the span of another (`2023-01-11` in `2023`). */
function within(date: LocalMention, span: LocalMention): boolean {
  return date.value!.length > span.value!.length && date.value!.startsWith(span.value!);
}

/** `signed an agreement during the visit … in May 2018`, `the visit in May 2018, during which … were signed`. */
function frameOf(text: string, drafts: Draft[], act: Draft): Draft | undefined {
  return drafts.find((frame) => frame.date && frame !== act && (frames(text, frame, act) || (frame.trigger.end <= act.trigger.start && DURING_WHICH.test(text.slice(frame.trigger.end, act.trigger.start)))));
}

/** `worked with X on June 13 as part of their working trip`: the one day the sentence gives its trip. */
function framedAct(text: string, drafts: Draft[], frame: Draft): Draft | undefined {
  return drafts.find((act) => act.date && act !== frame && frames(text, frame, act));
}

/**
 * The words between an act and the occasion that frames it, for its date: whoever's the occasion is (`during Xi's
 * state visit`, `as part of the delegation's visit`, `during his 2019 visit`), and a summit beside which it was held.
 */
const DATE_FRAME = re()`\b(?:${frameCues([ON_THE_OCCASION, ON_THE_SIDELINES], true)})\s+(?:(?:a|an|the|his|her|their|its)\s+)?(?:[${LETTER}\d.-]+(?:['’]s?)?\s+){0,4}$`;

function frames(text: string, frame: Draft, act: Draft): boolean {
  const gap = text.slice(act.trigger.end, frame.trigger.start);
  return frame.trigger.start >= act.trigger.end && DATE_FRAME.test(gap) && !/[;.]/.test(gap);
}

/** `A meeting to deepen ties between X and Y was held in Vientiane on May 5`: the day the subject was held. */
function heldSubject(drafts: Draft[], date: LocalMention, text: string): Draft | undefined {
  const verb = HELD_BEFORE_DATE.exec(text.slice(Math.max(0, date.start - 80), date.start));
  if (!verb) return undefined;
  const at = Math.max(0, date.start - 80) + verb.index;
  return [...drafts].reverse().find((d) => d.trigger.end <= at && !/[;.]/.test(text.slice(d.trigger.end, at)));
}

/** `attended the Sao Paulo Forum, which took place in Caracas from July 25`: the clause dates the act it follows. */
function heldWhen(drafts: Draft[], date: LocalMention, text: string): Draft | undefined {
  return [...drafts].reverse().find((d) => d.trigger.end <= date.start && HELD_CLAUSE.test(text.slice(d.trigger.end, date.start)));
}

/**
 * The person a party or country only qualifies (`President of Cuba Miguel Díaz-Canel`, `Zyuganov, Chairman of the
 * CPRF`, `Laos' Prime Minister X`) does not take part by itself; one whose person is not named does (`the LDP
 * President`).
 */
function qualifiedPerson(text: string, sentence: Span, m: LocalMention, mentions: Candidate[], lexicon: EventLexicon): Candidate | undefined {
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
    // `Cuba's President X`, `President of Cuba X`; not `a visit to Cuba of the President X`.
    if (between.length <= 140 && (titledBefore || !/^\s*(?:of|to|in|by)\b/.test(between)) && titleOnly(between) && (lexicon.titleWord.test(between) || titledBefore)) return next;
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
  let last = -1;
  for (const found of before.matchAll(lexicon.titleWords)) last = found.index;
  return last >= 0 && lexicon.isTitleOnly(before.slice(last).replace(TITLE_LINKS, 'of'));
}

/**
 * Mentions that name no actor: a country in a compound (`Vietnam-Laos Friendship Year`), a possessive before
 * another noun (`Vietnam's guidelines`), a party after an organ or occasion (`after the 19th Congress of the CPC`),
 * the source of the report (`the CPV Commission for External Relations said`), the venue of a conference or a
 * meeting (`in India`, `at the LPRP headquarters`).
 */
function isModifier(text: string, m: LocalMention, triggers: readonly Trigger[], lexicon: EventLexicon): boolean {
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
  // `the President Ho Chi Minh Monument`, `the Monument of President Ho Chi Minh`: a name inside a place's name.
  if (PLACE_NAME_AFTER.test(text.slice(m.end, m.end + 20)) || PLACE_NAME.test(text.slice(m.start, m.end)) || PLACE_NAME_BEFORE.test(before)) return true;
  // `met X at the building of the CPV Central Committee`: the seat of a meeting is no side of it (a visit to a
  // party's seat is a visit to that party).
  if (m.type === 'party' && (SEAT_BEFORE.test(before) || (/\b(?:at|in)\s+(?:the\s+)?$/.test(before) && SEAT_AFTER.test(after)))) {
    const act = [...triggers].reverse().find((t) => t.end <= m.start) ?? triggers.find((t) => t.start >= m.end);
    if (act && act.type !== 'visit') return true;
  }
  const venue = [...triggers].reverse().find((t) => t.end <= m.start && m.start - t.end <= 120);
  const venueWords = VENUE_WORDS.test(before);
  // `leaders of political parties in Russia`: the country of the partners, not the scene.
  const partnersOf = /\b(?:parties|leaders|officials|organizations|organisations|representatives)\s+in\s+(?:the\s+)?$/.test(before);
  return venue !== undefined && venue.type !== 'visit' && venue.type !== 'message' && m.type !== 'person' && venueWords && !partnersOf;
}

/**
 * `Communist Party of China (CPC)`, `New Left Party (Poland)`: a name in parentheses right after another glosses
 * it; the actor is the name before.
 */
function isGloss(text: string, m: LocalMention, previous: LocalMention | undefined): boolean {
  if (text[m.end] !== ')' || text[m.start - 1] !== '(') return false;
  if (previous !== undefined && ACTORS.has(previous.type) && /^\s*\($/.test(text.slice(previous.end, m.start))) return true;
  // `"New Left" Party (Poland)`: the country of a name the recognizer did not take.
  return m.type === 'country' && UNRECOGNIZED_NAME_PAREN.test(text.slice(Math.max(0, m.start - 30), m.start));
}

/**
 * `the Nur Otan Party of Kazakhstan`, `Sultan Hassanal Bolkiah of Brunei`: a country named after a party or a person
 * only says whose party or leader it is.
 */
function qualifiesActor(text: string, m: LocalMention, previous: LocalMention | undefined): boolean {
  return m.type === 'country' && (previous?.type === 'party' || previous?.type === 'person') && /^\s+of\s+(?:the\s+)?$/.test(text.slice(previous.end, m.start));
}

/** Where a dateline ends (`HANOI, May 13 (Xinhua) --`, `VIETNAM, January 23 - HÀ NỘI —`): its names are no actors. */
function datelineEnd(text: string, sentence: Span): number {
  const opening = text.slice(sentence.start, sentence.start + 120);
  const page = pageDateLineLength(opening);
  const head = DATELINE_HEAD.exec(opening.slice(page));
  if (!head || !/\d|\([^)]{1,30}\)/.test(head[0])) return sentence.start;
  return sentence.start + page + head[0].length;
}

/** Names of seminars and quoted themes are not participants. */
function quotedSpans(text: string, sentence: Span): Span[] {
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
function isAnniversary(text: string, m: LocalMention, triggers: readonly Span[]): boolean {
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
function isTerm(text: string, m: LocalMention): boolean {
  const after = text.slice(m.end, m.end + 20);
  return /\bfor\s+(?:the\s+)?(?:period\s+(?:of\s+)?)?$/i.test(text.slice(Math.max(0, m.start - 25), m.start)) && /^\s*[-–]\s*\d{4}\b/.test(after);
}

/**
 * The report's date where the sentence leaves its acts on that day: a sentence under a dateline is told of the
 * dateline's day unless it names another (`on Monday` of a Tuesday, `yesterday`); any other sentence only where it
 * names that day (`on Sunday` in a report of a Sunday, `today`).
 */
function reportDate(text: string, sentence: Span, from: number, mentions: Candidate[], context: SentenceContext, lexicon: EventLexicon): LocalMention | undefined {
  const anchor = context.dateline ?? context.report;
  if (!anchor) return undefined;
  const dates = mentions.filter(({ mention: m }) => m.type === 'date').map(({ mention }) => mention);
  const day = namedDay(text, from, sentence.end, dates, anchor, lexicon.reportDay);
  return (context.dateline ? day !== 'other' : day === 'report') ? anchor : undefined;
}

/**
 * The value of an act's date. An act the page reports took place before the page was put up: a month or day its text
 * gives no year for (`signed in December` on a page of August 2024) that would fall after the page's date is of the
 * year before. (A page may be dated a day before the lead's dateline, across time zones: a week's grace. A dateline's
 * date is the lead's day, not a bound: a report may go on to what followed it.)
 */
function reportedValue(date: LocalMention | undefined, published: LocalMention | undefined): string | null {
  const value = date?.value;
  if (!value || value.length < 7 || !published?.value || published.value.length < 7 || WRITTEN_YEAR.test(date.text)) return value ?? null;
  return daysFrom(published.value, value) > WEEK && !value.endsWith('-02-29') ? `${Number(value.slice(0, 4)) - 1}${value.slice(4)}` : value;
}

const WEEK = 7;

/** The days from one ISO date to another, each taken at its first day (`2024-12` at December 1st). */
function daysFrom(from: string, to: string): number {
  const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, iso.length >= 10 ? Number(iso.slice(8, 10)) : 1);
  return (day(to) - day(from)) / 86_400_000;
}

/** A date that opens a sentence (`In July 2017, …`) dates every event of the sentence that has no nearer one. */
function openingDate(text: string, sentence: Span, dates: Candidate[]): LocalMention | undefined {
  const first = dates[0]?.mention;
  if (!first) return undefined;
  return OPENING_BEFORE_DATE.test(text.slice(sentence.start, first.start))
    ? first
    : undefined;
}

/**
 * `X received Y, who paid a state visit to Vietnam`: Y is the subject of the relative clause's event and the object
 * of the event before it.
 */
function shareRelativeSubjects(text: string, drafts: Draft[], actors: Candidate[], lexicon: EventLexicon): void {
  for (const actor of actors) {
    const m = actor.mention;
    const next = drafts.find((d) => d.trigger.start >= m.end);
    if (!next || !RELATIVE_WHO.test(text.slice(m.end, next.trigger.start)) || lexicon.clauseBreak.test(text.slice(m.end, next.trigger.start))) continue;
    const previous = nearest(drafts.filter((d) => d.trigger.end <= m.start), m, text, lexicon, true);
    for (const draft of [previous, next]) {
      if (draft && !draft.members.some((x) => x.candidate === actor)) {
        draft.members.push({ candidate: actor, role: 'participant' });
        draft.members.sort((a, b) => a.candidate.mention.start - b.candidate.mention.start);
      }
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
 * `X received A and welcomed B`, `X held talks with A as well as meetings with B`: an act after `and` with no subject
 * of its own shares the subject before it.
 */
function shareCoordinatedSubjects(text: string, drafts: Draft[]): void {
  drafts.forEach((draft, i) => {
    const previous = drafts.slice(0, i).reverse().find((d) => !d.relative);
    if (!previous) return;
    const lastBefore = [...previous.members].reverse().find((m) => m.candidate.mention.end <= draft.trigger.start);
    const from = Math.max(previous.trigger.end, lastBefore?.candidate.mention.end ?? 0);
    if (!/^[^;]*?,?\s+(?:and|as\s+well\s+as)\s+(?:also\s+)?$/.test(text.slice(from, draft.trigger.start)) || /^(?:the|a|an)\b/i.test(text.slice(draft.trigger.start))) return;
    const subjects = previous.members.filter((m) => m.candidate.mention.end <= previous.trigger.start);
    if (subjects.length === 0 || draft.members.some((m) => m.candidate.mention.end <= draft.trigger.start)) return;
    draft.members = [...subjects.map((m) => ({ ...m })), ...draft.members];
    draft.rule += '+shared-subject';
  });
}

/** `phone calls between A and B`: the sides are those after `between`; names before it set the scene. */
function keepSidesOfBetween(text: string, draft: Draft): void {
  const { trigger } = draft;
  if (trigger.type === 'visit' || trigger.type === 'message' || trigger.type === 'conference') return;
  const firstAfter = draft.members.find((m) => m.candidate.mention.start >= trigger.end);
  if (!firstAfter || !/^\s*between\b/i.test(text.slice(trigger.end, firstAfter.candidate.mention.start))) return;
  draft.members = draft.members.filter((m) => m.candidate.mention.start >= trigger.end);
}

/** `the visit of X to Vietnam to attend a high-level meeting`: X takes part in what the visit was for. */
function shareWithPurpose(text: string, sentence: Span, drafts: Draft[], lexicon: EventLexicon): void {
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
function shareWithFrame(text: string, drafts: Draft[]): void {
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
function shareFrontedSubject(text: string, sentence: Span, drafts: Draft[], named: Candidate[], lexicon: EventLexicon): void {
  const act = drafts[0];
  if (!act || (act.trigger.type !== 'meeting' && act.trigger.type !== 'call')) return;
  if (!FRONTED_ACT.test(text.slice(sentence.start, act.trigger.start))) return;
  const comma = text.indexOf(',', act.trigger.end);
  if (comma < 0 || comma >= sentence.end || drafts.some((d) => d !== act && d.trigger.start < comma)) return;
  const subject = named.find(({ mention }) => mention.start > comma && mention.type === 'person');
  if (!subject || !lexicon.isTitleOnly(text.slice(comma + 1, subject.mention.start)) || act.members.some((m) => m.candidate === subject)) return;
  act.members = [{ candidate: subject, role: 'participant' }, ...act.members];
  act.rule += '+fronted-subject';
}

/**
 * `X made the remarks while meeting with Y`, `X said this when meeting Y`: a meeting or call told in a clause of time
 * after the main verb is held by the sentence's subject, even one that only speaks.
 */
function shareMainSubject(text: string, sentence: Span, drafts: Draft[], named: Candidate[]): void {
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
    if (framed && !/^\s*(?:[a-z]+\s+)?(?:said|says|told|stated|praised|affirmed|stressed|noted|expressed|highlighted|emphasi[sz]ed|recalled)\b/.test(between)) continue;
    const objects = framed ? act.members.filter((m) => m.candidate.mention.start >= subject.mention.end && m.candidate.mention.end <= act.trigger.start) : [];
    act.members = [{ candidate: subject, role: 'participant' }, ...act.members.filter((m) => m.candidate !== subject && !objects.includes(m))];
    act.rule += '+main-subject';
  }
}

/** `A, on a visit to Vietnam, met B`: the visit set off before the verb tells who acts; the visitors act too. */
function shareVisitorsWithAct(text: string, drafts: Draft[]): void {
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

/** `online conferences organized by Russia, such as the Roundtable …, the Conference …`: each item takes the umbrella's participants. */
function spellOutItems(text: string, drafts: Draft[], lexicon: EventLexicon): void {
  drafts.forEach((umbrella, i) => {
    const items = drafts.slice(i + 1).filter((d) => d.trigger.type === umbrella.trigger.type);
    if (items.length === 0 || !lexicon.itemCue.test(text.slice(umbrella.trigger.end, items[0].trigger.start))) return;
    for (const item of items) {
      item.members = [...umbrella.members.map((m) => ({ ...m })), ...item.members];
      item.rule += '+item-of-list';
    }
  });
}

/** `At the talks, …`, `letters on the visit`: an event already reported, as the scene or the topic of another, is no event. */
function setsScene(text: string, sentence: Span, trigger: Trigger): boolean {
  // `At the meeting hosted by the PCC, participants discussed …`: the scene of what follows, however it is qualified.
  const opening = /^\s*(?:At|During|After|Following|On|In|Before|Preceding|Prior\s+to|Ahead\s+of)\s+(?:the\s+(?:start|beginning|end|close|opening|outset|sidelines)\s+of\s+)?(?:the|this|these)\s+$/;
  if (opening.test(text.slice(sentence.start, trigger.start)) && SCENE_FOLLOWS.test(text.slice(trigger.end, trigger.end + 130))) return true;
  // `a briefing on the spirit of the third plenary session`: the session is the topic, not an act of the actors.
  if (/\b(?:on|about)\s+(?:the\s+)?(?:spirit|results?|outcomes?|resolutions?|documents?|contents?)\s+of\s+(?:the\s+)?(?:[A-Za-z0-9-]+\s+){0,2}$/i.test(text.slice(Math.max(sentence.start, trigger.start - 80), trigger.start))) return true;
  // `congratulate Vietnam on the 13th National Party Congress`: the congress is the occasion of the message.
  if (trigger.type === 'conference' && /\bcongratulat[a-z]*\b[^.;:]{0,120}\bon\s+(?:the\s+|its\s+|their\s+)?(?:(?:success|successful\s+(?:organi[sz]ation|conclusion))\s+of\s+(?:the\s+|its\s+|their\s+)?)?(?:[A-Za-z0-9'’-]+\s+){0,3}$/i.test(text.slice(Math.max(sentence.start, trigger.start - 200), trigger.start))) return true;
  // `met on the sidelines of the ASEAN Summit`: the gathering is where the act took place, not one told of its own.
  if ((trigger.type === 'conference' || STARTS_CAPITALIZED.test(text[trigger.start])) && SIDELINES_BEFORE.test(text.slice(Math.max(sentence.start, trigger.start - 120), trigger.start))) return true;
  // `congratulatory letters on the visit`: the visit is what another act is about.
  const bare = text.slice(trigger.start, trigger.end).toLowerCase() === trigger.head;
  const onward = /^\s+(?:of|on|to|between|with|by|in|from)\b/i.test(text.slice(trigger.end, trigger.end + 12));
  // `the success of the meeting will …`, `a photograph of the meeting`: an act told already, now a thing spoken of.
  if (bare && !onward && /\b(?:success|results?|outcomes?|photos?|photographs?|pictures?|footage)\s+of\s+(?:the|this|that)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.start - 30), trigger.start))) return true;
  return bare && !onward && /\b(?:on|about|for|before|during)\s+(?:the|this|that|his|her|their)\s+$/i.test(text.slice(Math.max(sentence.start, trigger.start - 20), trigger.start));
}

/**
 * `With Indonesia, the visit deepened …`: a bare `the visit` with no one named after it points back to an event
 * already reported.
 */
function isBackReference(text: string, sentence: Span, draft: Draft, reported: ReadonlySet<EventType>): boolean {
  const { trigger } = draft;
  const opening = text.slice(sentence.start, trigger.start);
  // `confirmed such messages`, `in each meeting`: acts already counted, taken up again.
  if (/\b(?:such|each)\s+$/i.test(opening.slice(-8))) return true;
  // `This short visit was packed …`, `As his first overseas trip since …, the visit shows`: the act told before,
  // described; `In his message, X congratulated …` after the message was reported.
  if ((/^\s*(?:This|These|That|Those)\s+(?:[a-z-]+\s+){1,2}$/.test(opening) && !VERB_HEAD.test(trigger.head)) || /^\s*As\s+(?:a|an|the|his|her|its|their)\s+(?:[a-z-]+\s+){0,3}$/.test(opening)) return true;
  // (`In its letter, the Communist Party of Russia wrote …` names its sender: a message of its own.)
  if (reported.has(trigger.type) && /^\s*In\s+(?:his|her|its|their|the)\s+$/.test(opening) && UNNAMED_SUBJECT.test(text.slice(trigger.end, trigger.end + 80))) return true;
  // `The congratulations come from A, B and C`, `The well-wishers included A, B`: the act is told here, by whom it
  // came from.
  const pointsOnward = /^\s+(?:(?:(?:come|came|comes|were|are)\s+)?(?:of|on|to|between|with|by|in|from)\b|(?:included|include|includes)[\s:]+(?:the\s+)?[A-Z])/i.test(text.slice(trigger.end, trigger.end + 24));
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
function isUnanchoredPlural(text: string, sentence: Span, draft: Draft, lexicon: EventLexicon): boolean {
  const { trigger } = draft;
  if (trigger.type === 'exchange' || draft.members.length > 0 || draft.date || lexicon.pluralOnly.has(trigger.head) || !/s$/.test(trigger.head)) return false;
  return countOf(text, sentence, trigger, lexicon) === null && !STARTS_CAPITALIZED.test(text.slice(trigger.start, trigger.end).replace(LOWER_PREFIX, ''));
}

/**
 * `A and B organized respectively the sixteenth Workshop and the Eighth Workshop`: as many triggers of one type
 * as the list before them has names, taken in order; the names before the list take part in each.
 */
function pairRespectively(text: string, sentence: Span, drafts: Draft[]): void {
  if (!/\brespectively\b/i.test(text.slice(sentence.start, sentence.end)) || drafts.length < 2) return;
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

/** Roles from the words that govern each participant: `visit to X` (host), `X received messages` (recipient). */
function assignRoles(text: string, sentence: Span, draft: Draft, lexicon: EventLexicon): void {
  const { trigger } = draft;
  const directed = trigger.type === 'visit' || trigger.type === 'message';
  let previous: { end: number; role: EventRole } | undefined;
  for (const member of draft.members) {
    const m = member.candidate.mention;
    if (!directed) continue;
    const after = m.start >= trigger.end;
    const from = Math.max(previous?.end ?? sentence.start, after && (previous?.end ?? 0) < trigger.end ? trigger.end : sentence.start);
    const gap = gapBetween(text, from, m.start, lexicon).replace(/(?:\b(?:the|a|an|its|his|her|their|other|all)\s+)+$/, '');
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
  if (trigger.type === 'message' && /^\s*In\s+(?:a|an|his|her|its|their)\s+(?:[A-Za-z-]+\s+)?$/.test(text.slice(sentence.start, trigger.start))) {
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
  // `X handed over a letter from Y`: with a sender named after the trigger, the one before it only carried it.
  if (trigger.type === 'message' && draft.members.some((m) => m.role === 'sender' && m.candidate.mention.start >= trigger.end)) {
    draft.members = draft.members.filter((m) => m.role !== 'sender' || m.candidate.mention.start >= trigger.end);
  }
  draft.rule += `+roles`;
}

const SIDES: Partial<Record<EventType, [EventRole, EventRole]>> = { visit: ['visitor', 'host'], message: ['sender', 'recipient'] };

/** `Leaders of many parties sent congratulations to X. They include A, B`: the names listed take the side left unnamed. */
function fillUnnamedSide(draft: Draft, from: number): void {
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
function gapBetween(text: string, from: number, to: number, lexicon: EventLexicon): string {
  // A bullet opening a list's line, or a semicolon between titled items, parts them as a comma does.
  const gap = text.slice(from, to).replace(LIST_BULLET, ', ').replace(/\s*;/g, ',');
  const rest = LETTER_CHAR.test(text[from - 1] ?? '') ? gap.replace(WORD_REST, '') : gap;
  // Glosses in parentheses and quotation marks around names are no words between.
  return rest.replace(/\s*\([^()]{0,60}\)/g, '').replace(/["“”]/g, '').replace(lexicon.titleTail, '');
}

function roleOf(text: string, trigger: Trigger, gap: string, after: boolean, m: LocalMention, lexicon: EventLexicon): EventRole {
  const cue = lexicon.roleCue.find(({ pattern }) => pattern.test(gap))?.role;
  const governing = /^\s*$/.test(gap) && after ? trigger.head : undefined;
  if (trigger.type === 'visit') {
    if (cue === 'host' && (m.type !== 'person' || /invitation\s+of\s*$|by\s*$/.test(gap))) return 'host';
    // `visited Laos`, `the first leader to visit Laos`: the object of the verb is the host.
    const verb = governing === 'visit' ? /\bto\s+$/.test(text.slice(Math.max(0, trigger.start - 4), trigger.start)) : governing !== undefined && /^(?:visited|visiting|toured)$/.test(governing);
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
    // `was (warmly) welcomed by Y`: Y received the visitors.
    if (after && /welcomed/.test(trigger.head) && (/^\s*by\s*$/.test(gap) || (governing !== undefined && / by$/.test(governing)))) return 'host';
    return 'visitor';
  }
  if (after) {
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
    // `In its congratulation letter, the CPRF wrote …`: the subject after a fronted phrase sent it.
    if (cue === 'sender' || cue === 'visitor' || /^\s*,\s*$/.test(gap)) return 'sender';
    return 'recipient';
  }
  return lexicon.receiving.test(text.slice(m.end, trigger.start)) ? 'recipient' : 'sender';
}

/**
 * One event per occasion: a list of partners each dated in parentheses (`A (June 2021), B (December 2021)`), the
 * countries a visit went to, the parties a country welcomed, the partners of plural calls or meetings.
 */
function occasions(text: string, sentence: Span, draft: Draft, dates: Candidate[], counted: boolean, lexicon: EventLexicon): Draft[] {
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

const OWN_DATE_BEFORE = /^[\s,(]*(?:(?:in|on|from)\s+)?(?:(?:early|late|mid)[-\s]+)?$/;

/**
 * `visited Japan in May and Russia in November`: where two or more of the names an act is split by give a date of
 * their own right after them, each occasion takes its own, and a name with none takes the one given after the
 * names that follow it (`Japan in May, Laos and Russia in November`).
 */
function withOwnDates(text: string, chosen: Draft['members'], dates: Candidate[], split: Draft[]): Draft[] {
  const own = chosen.map((one, i) => {
    const next = chosen[i + 1]?.candidate.mention.start ?? Infinity;
    const end = one.candidate.mention.end;
    return dates.find(({ mention: d }) => d.start >= end && d.start < next && OWN_DATE_BEFORE.test(text.slice(end, d.start)))?.mention;
  });
  if (own.filter(Boolean).length < 2) return split;
  return split.map((occasion, i) => ({ ...occasion, date: own.slice(i).find(Boolean) ?? occasion.date }));
}

/**
 * `met with President A, Vice President of the Party B, and Minister C`; `meetings with officials of Kazakhstan,
 * including A; B; and leaders of the C Party`: the counterparts after a meeting, each with a title between, one
 * meeting each. The names before `including` only say whom the list is drawn from; a country or party inside a
 * title (`who is also the President of South Africa`) is none.
 */
function listedCounterparts(text: string, sentence: Span, draft: Draft, lexicon: EventLexicon): Draft['members'] {
  const { trigger } = draft;
  let after = draft.members.filter((m) => m.candidate.mention.start >= trigger.end);
  if (after.length < 2 || /^\s+(?:(?:were|was)\s+held\s+)?between\b/i.test(text.slice(trigger.end, after[0].candidate.mention.start))) return [];
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
    return gap.length <= 200 && /[,;]|\band\b/.test(gap) && !/[.!?]/.test(gap.replace(/\b[A-Z]\./g, '')) && !lexicon.clauseBreak.test(gap.replace(/;/g, ','));
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
function distinct(members: Draft['members']): Draft['members'] {
  const seen = new Set<string>();
  return members.filter((m) => {
    const key = `${m.candidate.mention.type}:${m.candidate.mention.key}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Partners each followed by their own date in parentheses: one event each, the names before the first shared. */
function datedItems(text: string, draft: Draft, dates: Candidate[]): Draft[] {
  const after = dates.filter(
    ({ mention }) => mention.start > draft.trigger.end && text[mention.start - 1] === '(' && draft.members.some((m) => m.candidate.mention.end <= mention.start),
  );
  if (after.length < 2) return [];
  const items: Draft[] = [];
  let from = draft.trigger.end;
  let shared: Draft['members'] = draft.members.filter((m) => m.candidate.mention.end <= draft.trigger.start || m.role === 'host');
  after.forEach(({ mention: date }, i) => {
    const own = draft.members.filter((m) => m.candidate.mention.start >= from && m.candidate.mention.end <= date.start && m.role !== 'host');
    if (i === 0 && own.length >= 2 && draft.trigger.type !== 'visit') {
      shared = [...shared, ...own.slice(0, -1)];
      own.splice(0, own.length - 1);
    }
    if (own.length > 0) items.push({ ...draft, members: [...shared, ...own], date, rule: `${draft.rule}+dated-list` });
    from = date.end;
  });
  const rest = draft.members.filter((m) => m.candidate.mention.start >= from && m.role !== 'host');
  // Names after the last date (`as well as the official visit to Cuba of X`) are one more occasion, undated.
  if (rest.length > 0) items.push({ ...draft, members: [...shared, ...rest], date: undefined, rule: `${draft.rule}+dated-list` });
  return items;
}

/** The number of acts the text states: `9 phone calls`, `exchanged 39 delegations`, `two very important visits`. */
function countOf(text: string, sentence: Span, trigger: Trigger, lexicon: EventLexicon): number | null {
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
