/** The shapes an event has while a sentence's rules build it: its trigger, its candidate participants, its draft. */

import type { EventRole, EventType, LocalMention, Span } from '../../types.js';

/** A trigger found in a sentence, before its participants are given. */
export interface Trigger extends Span {
  type: EventType;
  /** The head phrase, lower-cased: what the lexicon's gates and cues are keyed by. */
  head: string;
  rule: string;
}

/** A mention that may take part in an event, with its index in the document's mentions. */
export interface Candidate {
  mention: LocalMention;
  index: number;
}

export interface Draft {
  trigger: Trigger;
  /** In a relative clause (`Y, who paid a visit`): not the main verb a later `and …` shares its subject with. */
  relative?: boolean;
  /** One of the occasions a counted trigger lists: the count is the whole's, not its own. */
  uncounted?: boolean;
  members: { candidate: Candidate; role: EventRole }[];
  date: LocalMention | undefined;
  rule: string;
}

export interface SentenceContext {
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
