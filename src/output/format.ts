import { UsageError } from '../errors.js';

export const FORMATS = ['table', 'json', 'jsonl', 'csv', 'tsv'] as const;
export type Format = (typeof FORMATS)[number] | 'dot' | 'svg';
/** The formats of commands that draw their results (`--format svg`). */
export const PICTURE_FORMATS = [...FORMATS, 'svg'] as const;

export function parseFormat(value: string, allowed: readonly string[] = FORMATS): Format {
  if (!allowed.includes(value)) throw new UsageError(`invalid format '${value}'`, `use one of: ${allowed.join(', ')}`);
  return value as Format;
}

/** One column of a record listing: how to head it and how to render a record's value in it as text. */
export interface Column<T> {
  header: string;
  value: (record: T) => string | number | null | undefined;
  /** Right-align (numbers) in tables. */
  numeric?: boolean;
  /** A table cell may be cut to this many characters; data formats are never cut. */
  maxWidth?: number;
}

/** What a command hands to an emitter: records for json/jsonl, columns for table/csv/tsv. */
export interface Listing<T> {
  records: T[];
  /** The JSON form of a record (the documented contract). */
  toJson: (record: T) => unknown;
  columns: Column<T>[];
  /** The whole JSON document, when it is more than an array of records (e.g. `compare`). */
  document?: unknown;
  /** Lines a person reads above a table (summaries); never part of data formats. */
  preamble?: string[];
}

/** Styling for tables; data formats never use it. */
export interface Paint {
  /** 0 when colours are off. */
  level: number;
  bold(text: string): string;
  dim(text: string): string;
  green(text: string): string;
  red(text: string): string;
}

const same = (text: string) => text;
export const NO_PAINT: Paint = { level: 0, bold: same, dim: same, green: same, red: same };
