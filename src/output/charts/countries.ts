import { readData } from '../../extract/knowledge/files.js';

/** Countries' common names from the knowledge base, by ISO 3166-1 alpha-2 code (the code itself when unknown). */
export function countryNames(): (code: string) => string {
  const names = new Map((JSON.parse(readData('countries.json')) as { code: string; name: string }[]).map((c) => [c.code, c.name]));
  return (code) => names.get(code) ?? code;
}
