import { createRequire } from 'node:module';
import type { Listing, Paint } from './format.js';
import { printable, printableCell } from './printable.js';

export interface TableStyle {
  /** Colours on (a terminal) or off (a pipe, NO_COLOR, --no-color). */
  paint: Paint;
}

// Loaded only when a table is drawn, so that data formats do not pay for it.
const require = createRequire(import.meta.url);

export function renderTable<T>(listing: Listing<T>, style: TableStyle): string {
  const Table = require('cli-table3') as typeof import('cli-table3');
  const chalk = style.paint;
  const preamble = (listing.preamble ?? []).map((line) => printable(line) + '\n').join('');
  if (listing.records.length === 0) return preamble + chalk.dim('(no rows)') + '\n';
  const table = new Table({
    head: listing.columns.map((c) => chalk.bold(c.header)),
    style: { head: [], border: [] },
    colAligns: listing.columns.map((c) => (c.numeric ? 'right' : 'left')),
    chars: chalk.level > 0 ? compactChars : plainChars,
  });
  for (const record of listing.records) {
    table.push(
      listing.columns.map((c) => {
        const raw = c.value(record);
        const text = raw === null || raw === undefined ? '' : printableCell(String(raw));
        return c.maxWidth && text.length > c.maxWidth ? text.slice(0, c.maxWidth - 1) + '…' : text;
      }),
    );
  }
  return preamble + table.toString() + '\n';
}

// No rule between rows; piped tables use ASCII rules so that they survive any terminal or file viewer.
const compactChars = { mid: '', 'left-mid': '', 'mid-mid': '', 'right-mid': '' };
const plainChars = {
  top: '-', 'top-mid': '+', 'top-left': '+', 'top-right': '+',
  bottom: '-', 'bottom-mid': '+', 'bottom-left': '+', 'bottom-right': '+',
  left: '|', 'left-mid': '', mid: '', 'mid-mid': '',
  right: '|', 'right-mid': '', middle: '|',
};
