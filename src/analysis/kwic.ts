import type { Span } from '../types.js';

/** The longest sentence quoted whole; a longer one (a page without punctuation) is quoted around the mention. */
export const MAX_SENTENCE = 1000;

/** The sentence a mention stands in, as quoted in output: whole, or a window of MAX_SENTENCE characters around it. */
export function quoteSentence(text: string, sentence: Span | undefined, mention: Span): string {
  if (!sentence) return '';
  if (sentence.end - sentence.start <= MAX_SENTENCE) return text.slice(sentence.start, sentence.end);
  const middle = Math.floor((mention.start + mention.end) / 2);
  const start = Math.max(sentence.start, Math.min(middle - MAX_SENTENCE / 2, sentence.end - MAX_SENTENCE));
  const end = Math.min(sentence.end, start + MAX_SENTENCE);
  return `${start > sentence.start ? '…' : ''}${text.slice(start, end)}${end < sentence.end ? '…' : ''}`;
}

/** `… left context [mention] right context …`, about 40 characters either side, on one line. */
export function keywordInContext(text: string, mention: Span & { text: string }, sentence: Span | undefined): string {
  const from = Math.max(sentence?.start ?? 0, mention.start - 40);
  const to = Math.min(sentence?.end ?? text.length, mention.end + 40);
  const left = text.slice(from, mention.start).replace(/\s+/g, ' ');
  const right = text.slice(mention.end, to).replace(/\s+/g, ' ');
  return `${from > (sentence?.start ?? 0) ? '…' : ''}${left}[${mention.text}]${right}${to < (sentence?.end ?? text.length) ? '…' : ''}`;
}
