import type { GoldMention } from '../src/analysis/evaluate.js';
import type { EntityType } from '../src/types.js';

/**
 * Hand-annotated texts written as markup: `{type:id|text}` marks a mention (`{date:2019-02-18|February 18, 2019}`
 * gives a date its value), `{?type:id|text}` an optional one, and marks nest
 * (`{party:cpv|Communist Party of {?country:VN|Vietnam}}`). Returns the plain text and its gold mentions.
 */
export function parseMarkup(doc: string, markup: string): { text: string; gold: GoldMention[] } {
  let text = '';
  const gold: GoldMention[] = [];
  const open: { start: number; type: EntityType; id?: string; optional: boolean }[] = [];
  for (let i = 0; i < markup.length; i++) {
    const head = /^\{(\?)?(party|country|person|date)(?::([^|{}]*))?\|/.exec(markup.slice(i, i + 80));
    if (head) {
      open.push({ start: text.length, type: head[2] as EntityType, id: head[3] || undefined, optional: head[1] === '?' });
      i += head[0].length - 1;
    } else if (markup[i] === '}' && open.length > 0) {
      const mark = open.pop()!;
      const mention: GoldMention = { doc, type: mark.type, start: mark.start, end: text.length, text: text.slice(mark.start) };
      if (mark.type === 'date') mention.value = mark.id;
      else if (mark.id) mention.id = mark.id;
      if (mark.optional) mention.optional = true;
      gold.push(mention);
    } else text += markup[i];
  }
  if (open.length > 0) throw new Error(`${doc}: unclosed mark`);
  return { text, gold: gold.sort((a, b) => a.start - b.start) };
}
