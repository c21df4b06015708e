import { readStates } from '../../extract/knowledge/files.js';

/** States' common names from the knowledge base (former states too), by ISO 3166-1 alpha-2 code (the code itself when unknown). */
export function countryNames(): (code: string) => string {
  const names = new Map(readStates<{ code: string; name: string }>().map((c) => [c.code, c.name]));
  return (code) => names.get(code) ?? code;
}
