import { isUtf8 } from 'node:buffer';
import { createRequire } from 'node:module';
import { InputError } from '../errors.js';

// The encoding libraries load only for a file that is not UTF-8.
const require = createRequire(import.meta.url);
const iconv = () => require('iconv-lite') as typeof import('iconv-lite');
const chardet = () => require('chardet') as typeof import('chardet');

export interface Decoded {
  text: string;
  encoding: string;
  /** What decoding could not keep, for a warning. */
  warning?: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
const lenientUtf8 = new TextDecoder('utf-8', { ignoreBOM: false });
const SAMPLE_BYTES = 8192;

/**
 * Decodes a document's bytes: UTF-8 with or without BOM, UTF-16 with BOM or recognisably without one, and
 * otherwise a legacy 8-bit encoding as chardet detects it (Windows-1252 when it cannot tell). A file that is UTF-8
 * but for a few bytes stays UTF-8, those bytes read as U+FFFD, with a warning. A BOM is not part of the text, so
 * offsets count from the first character after it.
 */
export function decode(bytes: Uint8Array, name: string): Decoded {
  const sample = sampleOf(bytes);
  const utf16 = utf16Order(bytes, sample);
  if (utf16) {
    const bom = utf16.bom ? 2 : 0;
    const text = iconv().decode(Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.length - bom), utf16.encoding);
    if (binaryShare(text.slice(0, SAMPLE_BYTES / 2)) > MAX_BINARY_SHARE) throw notText(name);
    return { text, encoding: utf16.encoding };
  }
  if (binaryShare(sample) > MAX_BINARY_SHARE) throw notText(name);
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    return mostlyUtf8(bytes, name) ?? legacy(bytes);
  }
}

const sampleOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES)).toString('latin1');

/**
 * Whether these bytes are the UTF-8 of the text `decode` gives, as they are and with no warning, and that text is
 * not blank: UTF-8 without a BOM, not UTF-16, not binary, with a visible ASCII character. Such a text can be hashed
 * without being decoded.
 */
export function isPlainUtf8(bytes: Uint8Array): boolean {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return false;
  const sample = sampleOf(bytes);
  if (utf16Order(bytes, sample) || binaryShare(sample) > MAX_BINARY_SHARE) return false;
  return hasVisibleAscii(bytes) && isUtf8(bytes);
}

function hasVisibleAscii(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte > 0x20 && byte < 0x7f) return true;
  return false;
}

function notText(name: string): InputError {
  return new InputError(`${name}: not a text file (binary content: NUL or control bytes in its first ${SAMPLE_BYTES / 1024} KB)`);
}

/**
 * UTF-8 with a few invalid bytes (a stray byte from a converter or an editor) is still UTF-8: it is so when its valid
 * multi-byte characters outnumber its invalid bytes. A legacy 8-bit text has no valid multi-byte characters but by
 * chance.
 */
function mostlyUtf8(bytes: Uint8Array, name: string): Decoded | undefined {
  const text = lenientUtf8.decode(bytes);
  const replacements = count(text, /\ufffd/g) - countBytes(bytes, REPLACEMENT_BYTES);
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const invalidBytes = bytes.length - bom - (Buffer.byteLength(text) - 3 * replacements);
  const validNonAscii = count(text, /[^\x00-\x7f\ufffd]/g);
  if (validNonAscii <= invalidBytes) return undefined;
  const bytesWord = invalidBytes === 1 ? 'byte is' : 'bytes are';
  return { text, encoding: 'utf-8', warning: `${name}: ${invalidBytes} ${bytesWord} not valid UTF-8, read as U+FFFD (${replacements} replacement characters); the rest is decoded as UTF-8` };
}

// A saved page says its encoding in its head (`<meta charset="windows-1250">`, or the http-equiv form).
const DECLARED_CHARSET = /<meta\b[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)/i;

/** A legacy encoding: the one a page declares, when the decoder knows it, else the one chardet detects. */
function legacy(bytes: Uint8Array): Decoded {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, SAMPLE_BYTES)).toString('latin1');
  const declared = DECLARED_CHARSET.exec(head)?.[1];
  const known = (name: string | null | undefined): name is string => !!name && iconv().encodingExists(name) && !/^utf/i.test(name);
  const detected = known(declared) ? declared : chardet().detect(bytes);
  const encoding = known(detected) ? detected.toLowerCase() : 'windows-1252';
  return { text: iconv().decode(Buffer.from(bytes), encoding), encoding };
}

const REPLACEMENT_BYTES = Buffer.from([0xef, 0xbf, 0xbd]);

function countBytes(bytes: Uint8Array, needle: Buffer): number {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let found = 0;
  for (let at = buffer.indexOf(needle); at !== -1; at = buffer.indexOf(needle, at + needle.length)) found++;
  return found;
}

function count(text: string, pattern: RegExp): number {
  let found = 0;
  pattern.lastIndex = 0;
  while (pattern.exec(text)) found++;
  return found;
}

/**
 * UTF-16 by its BOM, or without one by its zero bytes: text in Latin script has a zero in every other byte (the
 * high byte of each character), on the odd bytes in little-endian order and on the even ones in big-endian.
 */
function utf16Order(bytes: Uint8Array, sample: string): { encoding: 'utf-16le' | 'utf-16be'; bom: boolean } | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', bom: true };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', bom: true };
  const pairs = Math.min(bytes.length, SAMPLE_BYTES) >> 1;
  if (pairs < 2 || bytes.length % 2 !== 0 || !sample.includes('\0')) return undefined;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  if (oddZeros >= pairs * 0.3 && evenZeros <= pairs * 0.02) return { encoding: 'utf-16le', bom: false };
  if (evenZeros >= pairs * 0.3 && oddZeros <= pairs * 0.02) return { encoding: 'utf-16be', bom: false };
  return undefined;
}

// NUL and control characters other than the whitespace ones (tab, line ends, form feed) and escape.
const BINARY_CHARACTERS = /[\x00-\x08\x0e-\x1a\x1c-\x1f]/g;
/** Text may hold a stray NUL or control byte; binary files (images, archives, executables) hold many. */
const MAX_BINARY_SHARE = 0.05;

/**
 * The share of NUL and control characters in a file's first 8 KB, wherever in them they are: one rule for the
 * whole file, so that a stray NUL is kept wherever it is and a binary file is told by its start. Searched with a
 * regular expression, not a loop over bytes: a run reads its first files before the JIT has compiled any loop.
 */
function binaryShare(sample: string): number {
  return sample.length === 0 ? 0 : count(sample, BINARY_CHARACTERS) / sample.length;
}
