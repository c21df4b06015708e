import { createRequire } from 'node:module';
import type { Format, Listing } from './format.js';
import { renderTable, type TableStyle } from './table.js';

/** Renders a listing in a format. Data formats are plain text, never coloured; only tables take a style. */
export function emit<T>(listing: Listing<T>, format: Format, style: TableStyle): string {
  switch (format) {
    case 'json':
      return JSON.stringify(listing.document ?? listing.records.map(listing.toJson), null, 2) + '\n';
    case 'jsonl':
      return listing.records.map((r) => JSON.stringify(listing.toJson(r)) + '\n').join('');
    case 'csv':
    case 'tsv':
      return csvStringify()(
        [listing.columns.map((c) => c.header), ...listing.records.map((r) => listing.columns.map((c) => cell(c.value(r))))],
        { delimiter: format === 'csv' ? ',' : '\t', record_delimiter: '\n', quoted_match: format === 'tsv' ? /[\t\n"]/ : undefined },
      );
    case 'table':
      return renderTable(listing, style);
    case 'dot':
      throw new Error('dot output is rendered by the command that offers it');
  }
}

const require = createRequire(import.meta.url);
const csvStringify = () => (require('csv-stringify/sync') as typeof import('csv-stringify/sync')).stringify;

function cell(value: string | number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
