// Regenerates src/extract/knowledge/countries.json from the world-countries data set.
// Sovereign states only: UN members plus the two UN observer states.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const source = JSON.parse(readFileSync(require.resolve('world-countries/countries.json'), 'utf8'));
const observerStates = new Set(['PS', 'VA']);
const latinName = /^[\p{Script=Latin}\s'’.,()-]+$/u;

const countries = source
  .filter((c) => c.unMember || observerStates.has(c.cca2))
  .map((c) => {
    const names = new Set([c.name.common, c.name.official]);
    for (const alt of c.altSpellings) {
      // Two-letter codes and inverted forms ("Korea, Republic of") are not how prose names a state.
      if (alt.length > 3 && !alt.includes(',') && latinName.test(alt)) names.add(alt);
    }
    const demonyms = new Set([c.demonyms?.eng?.m, c.demonyms?.eng?.f].filter(Boolean));
    return { code: c.cca2, name: c.name.common, names: [...names].sort(), demonyms: [...demonyms].sort() };
  })
  .sort((a, b) => a.code.localeCompare(b.code));

writeFileSync(new URL('../src/extract/knowledge/countries.json', import.meta.url), JSON.stringify(countries, null, 1) + '\n');
console.log(`${countries.length} sovereign states written`);
