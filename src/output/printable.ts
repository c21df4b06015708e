// Control characters (C0, DEL, C1: escape sequences start with ESC or CSI), line and paragraph separators, and the
// bidirectional overrides and isolates that make a terminal show text in another order than it is.
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

const escape = (c: string) => NAMED[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;

/**
 * Text from a document or a file name as it may reach a terminal: what would move the cursor, change colours, set
 * the window title, reorder the line or start a new line is shown as an escape (`\n`, `\u001b`) instead, so that a
 * warning stays one line and a table shows what the text holds.
 */
export function printable(text: string): string {
  UNPRINTABLE.lastIndex = 0;
  return UNPRINTABLE.test(text) ? text.replace(UNPRINTABLE, escape) : text;
}

const LAYOUT_SPACE = /[\t\n\r\f\v]/g;

/** A table cell: spaces and line breaks become one space each, as in the text they stand for; the rest as `printable`. */
export function printableCell(text: string): string {
  return printable(text.replace(LAYOUT_SPACE, ' '));
}
