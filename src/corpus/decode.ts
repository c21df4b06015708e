import { createRequire } from 'node:module';
import { InputError } from '../errors.js';

// The encoding libraries load only for a file that is not UTF-8.
const require = createRequire(import.meta.url);
const iconv = () => require('iconv-lite') as typeof import('iconv-lite');
const chardet = () => require('chardet') as typeof import('chardet');

export interface Decoded {
  text: string;
  encoding: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a document's bytes: UTF-8 with or without BOM, UTF-16 with BOM, and otherwise a legacy 8-bit encoding
 * as chardet detects it (Windows-1252 when it cannot tell). A BOM is not part of the text, so offsets count from
 * the first character after it.
 */
export function decode(bytes: Uint8Array, name: string): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv().decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
  if (looksBinary(bytes)) throw new InputError(`${name}: not a text file (binary content)`);
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    const detected = chardet().detect(bytes);
    const encoding = detected && iconv().encodingExists(detected) && !/^utf/i.test(detected) ? detected.toLowerCase() : 'windows-1252';
    return { text: iconv().decode(Buffer.from(bytes), encoding), encoding };
  }
}

const CONTROL_BYTES = /[\x01-\x07\x0e-\x1a\x1c-\x1f]/g;

/**
 * NUL bytes or a high share of control characters mean the file is not text in an 8-bit or UTF-8 encoding.
 * The first 8 KB are searched as Latin-1 with regular expressions, not a loop over bytes: a run reads its first
 * files before the JIT has compiled any loop, and an interpreted loop costs half a millisecond a file.
 */
function looksBinary(bytes: Uint8Array): boolean {
  const sample = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.length, 8192)).toString('latin1');
  if (sample.includes('\0')) return true;
  return sample.length > 0 && (sample.match(CONTROL_BYTES)?.length ?? 0) / sample.length > 0.1;
}
