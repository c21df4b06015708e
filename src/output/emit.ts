import { createRequire } from 'node:module';
import type { Format, Listing } from './format.js';
import { renderTable, type TableStyle } from './table.js';

/**
 * Renders a listing in a format, as pieces of text to write one after the other (a long listing is never one
 * string). Data formats are plain text, never coloured; only tables take a style.
 */
export function* emit<T>(listing: Listing<T>, format: Format, style: TableStyle): Generator<string> {
  switch (format) {
    case 'json':
      if (listing.document !== undefined) return yield JSON.stringify(listing.document, null, 2) + '\n';
      yield '[\n';
      for (let i = 0; i < listing.records.length; i++) {
        yield JSON.stringify(listing.toJson(listing.records[i]), null, 2).replace(/^/gm, '  ') + (i < listing.records.length - 1 ? ',\n' : '\n');
      }
      return yield ']\n';
    case 'jsonl':
      for (const record of listing.records) yield JSON.stringify(listing.toJson(record)) + '\n';
      return;
    case 'csv':
    case 'tsv': {
      // A bare carriage return is quoted too: a spreadsheet would otherwise start a new row at it.
      const options = { delimiter: format === 'csv' ? ',' : '\t', record_delimiter: '\n', quoted_match: format === 'tsv' ? /[\t\n\r"]/ : /\r/ };
      yield csvStringify()([listing.columns.map((c) => c.header)], options);
      for (const record of listing.records) yield csvStringify()([listing.columns.map((c) => spreadsheetCell(c.value(record)))], options);
      return;
    }
    case 'table':
      return yield renderTable(listing, style);
    case 'dot':
    case 'svg':
      throw new Error(`${format} output is rendered by the command that offers it`);
  }
}

const require = createRequire(import.meta.url);
const csvStringify = () => (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;

const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?$/i;

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@` first: a title, a sentence or a file name may
 * start so) is written with a leading apostrophe, which spreadsheets show as text; numbers are left as they are.
 */
function spreadsheetCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return FORMULA_START.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}
