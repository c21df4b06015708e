import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { collapsedSpaces } from '../../src/text/spaces.js';

const pieces = ['a', 'Lao', ' ', '  ', '\t', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '-', 'ă'];

describe('collapsedSpaces', () => {
  it('is replace(/\\s+/g, " ") on any mix of words and spaces', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        expect(collapsedSpaces(text)).toBe(text.replace(/\s+/g, ' '));
      }),
    );
  });

  it('leaves a name written with single spaces as it is, and collapses the rest', () => {
    const name = ['Communist', 'Party', 'of', 'Vietnam'].join(' ');
    expect(collapsedSpaces(name)).toBe(name);
    expect(collapsedSpaces('Lao\u00a0People')).toBe('Lao People');
    expect(collapsedSpaces(' Lao  Party\n')).toBe(' Lao Party ');
  });
});
