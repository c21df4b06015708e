import type { ChartSpec } from './vega.js';

export type Cell = string | number;

/** A figure's data as a table: what a screen reader reads and a printed page keeps. */
export interface FigureTable {
  headers: string[];
  /** Right-aligned columns. */
  numeric: boolean[];
  rows: Cell[][];
}

/** One picture: its chart, a title, a sentence saying what it shows, and its data. */
export interface Figure {
  /** A name for the file and for the page's anchors: `entities`, `map`. */
  id: string;
  title: string;
  summary: string;
  chart: ChartSpec;
  table: FigureTable;
}

export function table(columns: [header: string, numeric: boolean][], rows: Cell[][]): FigureTable {
  return { headers: columns.map(([h]) => h), numeric: columns.map(([, n]) => n), rows };
}

/** A y axis of names as wide in every panel of a figure, so that the panels' bars start at one line. */
export const NAME_AXIS = { labelLimit: 250, minExtent: 250, maxExtent: 250 } as const;

export const TYPE_LABELS = { party: 'Parties', country: 'Countries', person: 'People', date: 'Dates' } as const;

/** A number as the tables show it: whole numbers plain, others with one decimal. */
export const oneDecimal = (value: number): string => value.toFixed(1);

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
