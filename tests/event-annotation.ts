import type { GoldEvent } from '../src/analysis/evaluate-events.js';
import type { EventType } from '../src/types.js';

/**
 * Hand-annotated events beside a plain text, one a line: `type | trigger | date | count | role:text; … | optional`.
 * A trigger is the first occurrence of its text after the start of the previous event's trigger (`=`: the same trigger as the
 * line before, for one trigger of several occasions); a participant is the occurrence of its text nearest the
 * trigger. `-` is null; lines starting with `#` are comments.
 */
export function parseEventAnnotation(doc: string, text: string, annotation: string): GoldEvent[] {
  const events: GoldEvent[] = [];
  let from = 0;
  for (const [index, line] of annotation.split('\n').entries()) {
    if (line.trim() === '' || line.startsWith('#')) continue;
    const [type, triggerText, date, count, participants = '', optional = ''] = line.split('|').map((cell) => cell.trim());
    const previous = events[events.length - 1];
    const start = triggerText === '=' && previous ? previous.trigger.start : wordAt(text, triggerText, from);
    if (start === -1) throw new Error(`${doc}:${index + 1}: trigger '${triggerText}' not found`);
    const trigger = triggerText === '=' && previous ? previous.trigger : { start, end: start + triggerText.length, text: triggerText };
    from = trigger.start + 1;
    events.push({
      doc,
      type: type as EventType,
      trigger,
      date: date === '-' ? null : date,
      count: count === '-' ? null : Number(count),
      participants: participants
        .split(';')
        .map((p) => p.trim())
        .filter(Boolean)
        .map((p) => {
          const [role, written] = [p.slice(0, p.indexOf(':')), p.slice(p.indexOf(':') + 1).trim()];
          const name = written.replace(/>$/, '');
          const at = written.endsWith('>') ? wordAt(text, name, trigger.end) : nearestWord(text, name, trigger.start);
          if (at === -1) throw new Error(`${doc}:${index + 1}: participant '${name}' not found`);
          return { role, start: at, end: at + name.length, text: name };
        }),
      ...(optional === 'optional' ? { optional: true } : {}),
    });
  }
  return events;
}

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

function wordAt(text: string, word: string, from: number): number {
  for (let at = text.indexOf(word, from); at !== -1; at = text.indexOf(word, at + 1)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + word.length])) return at;
  }
  return -1;
}

function nearestWord(text: string, word: string, near: number): number {
  let best = -1;
  for (let at = wordAt(text, word, 0); at !== -1; at = wordAt(text, word, at + 1)) {
    if (best === -1 || Math.abs(at - near) < Math.abs(best - near)) best = at;
  }
  return best;
}
