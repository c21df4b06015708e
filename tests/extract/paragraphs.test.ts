import { describe, expect, it } from 'vitest';
import { paragraphsOf } from '../../src/extract/pipeline.js';

const texts = (text: string) => paragraphsOf(text).map((p) => text.slice(p.start, p.end));

describe('paragraphsOf', () => {
  it('takes each line as a paragraph where no blank line stands between lines of text, a final newline or not', () => {
    expect(texts('Laos held a forum.\nCuba held a forum.\n')).toEqual(['Laos held a forum.', 'Cuba held a forum.']);
    expect(texts('Laos held a forum.\nCuba held a forum.')).toEqual(['Laos held a forum.', 'Cuba held a forum.']);
    expect(texts('\n\nLaos held a forum.\r\nCuba held a forum.\r\n\r\n')).toEqual(['Laos held a forum.\r', 'Cuba held a forum.\r']);
  });

  it('joins the lines between blank lines where there are any', () => {
    expect(texts('Title\n\nLaos held\na forum.\n\nCuba held a forum.\n')).toEqual(['Title', 'Laos held\na forum.', 'Cuba held a forum.']);
    expect(texts('One.\n   \nTwo.\n')).toEqual(['One.', 'Two.']);
  });
});
