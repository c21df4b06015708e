/** The patterns that the rules of several stages share: frame cues, verb heads, list marks. */

import { LETTER, LOWER, re, UPPER } from './letters.js';

export const ACTORS = new Set(['party', 'country', 'person']);
/** A trigger that is a verb (`signed`, `met`, `holds talks`), not a noun (`visit`, `talks`). */
export const VERB_HEAD = /^(?:[a-z-]+ed|met|meet|meets|held|hold|holds|had|paid|pays|made|wrote|sat|sign|signs|inked|receives|welcomes|hosts|arrives|congratulates)(?:\s|$)/;
// The phrases by which one act frames another (`during X's visit`, `as part of`): one list for the rules that pass
// dates along frames and those that give a frame's participants.
const FRAME_CUES = [String.raw`at\s+the\s+(?:beginning|start|end|outset)\s+of`, 'during', String.raw`as\s+part\s+of`, String.raw`within\s+the\s+framework\s+of`, String.raw`in\s+the\s+framework\s+of`];
export const ON_THE_OCCASION = String.raw`on\s+the\s+occasion\s+of`;
/** The frame cues and `more`, each in lower case or, with `opening`, also with a capital first letter. */
export const frameCues = (more: string[], opening = false) =>
  [...FRAME_CUES, ...more].map((cue) => (opening ? `[${cue[0].toUpperCase()}${cue[0]}]${cue.slice(1)}` : cue)).join('|');
export const CONVEY_BEFORE = /\bto\s+(?:convey|pass\s+on|forward|transmit)\s+(?:[^\s,;.]+\s+){0,3}$/i;
export const FRAMING_JOURNEY = re()`^\s*(?:On|During|Throughout|In|Over|At)\s+(?:the\s+(?:[a-z]+\s+){1,2}(?:of|in)\s+)?(?:his|her|their|its|the|this|that|[${UPPER}][${LETTER}-]*['’]s)\s+(?:[a-z-]+\s+){0,2}$`;
export const RUNS_ON = /\b(?:and|or|of|the|to|with|for|by|in|on|at|a|an)\s*$/;
export const PASSIVE_BEFORE = re()`\b(?:was|were|been|being)\s+(?:(?:also|again|then|later|first|[${LOWER}]+ly)\s+){0,2}$`;
export const LETTER_CHAR = re()`[${LETTER}]`;
export const FRONTED_BARE_ACT = /^\s*(?:In|At|During)\s+(?:[a-z-]+\s+)?$/;
// A list item's mark: a dash, a bullet or a number.
export const BULLET = String.raw`(?:[-–—•*·]|\d{1,2}[.)])`;
export const TIME_CLAUSE_BEFORE = /\b(?:while|when|upon|after)\s+(?:(?:his|her|their|the|a)\s+)?$/;
// `…; from Europe, A, B; and from Latin America, C`: a list grouped by region goes on after each group's label.
export const GROUP_LABEL = /^\s*[;,]\s*(?:and\s+)?(?:from|in)\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s*[,:]\s*(?:the\s+)?$/;
export const LIST_BULLET = new RegExp(String.raw`\s*[;,]?\s*\n\s*${BULLET}\s*|;\s*\n\s*`, 'g');
