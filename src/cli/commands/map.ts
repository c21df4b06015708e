import type { Command } from 'commander';
import type { CountryRate } from '../../analysis/map.js';
import { corpusYears, parseYear, selectMentions } from '../../analysis/select.js';
import { UsageError } from '../../errors.js';
import { PICTURE_FORMATS } from '../../output/format.js';
import { roundNumbers } from '../../output/numbers.js';
import { CommandContext } from '../context.js';
import { writePicture } from '../picture.js';

interface MapOptions {
  year?: string;
  type?: string;
}

export function registerMap(program: Command): void {
  program
    .command('map')
    .description('a world map per reviewed year, each country shaded by how often it (or its parties) is named per 10,000 words (SVG)')
    .option('--year <year>', 'only this reviewed year')
    .option('--type <type>', 'country (the country named) or party (its parties named)', 'country')
    .addHelpText('after', `
Writes SVG unless --format asks for the map's data (table, json, jsonl, csv, tsv).

Examples:
  $ party-diplo map > map.svg
  $ party-diplo map --type party --year 2021 > parties-2021.svg
  $ party-diplo map --format json | jq -r '.[] | select(.year=="2021") | .code'`)
    .action(async (options: MapOptions, command: Command) => {
      const context = await CommandContext.create(command, PICTURE_FORMATS, 'svg');
      const { countryRates, MAP_TYPES } = await import('../../analysis/map.js');
      const type = options.type ?? 'country';
      if (!(MAP_TYPES as readonly string[]).includes(type)) throw new UsageError(`invalid map type '${type}'`, `use one of: ${MAP_TYPES.join(', ')}`);
      const corpus = await context.corpus();
      const documentYears = corpus.documents.map((d) => d.metadata.year);
      const year = parseYear(options.year, documentYears);
      const years = year === undefined ? corpusYears(documentYears) : [String(year)];
      const rates = countryRates(selectMentions(corpus.mentions, { types: [type as 'country' | 'party'] }), corpus.entities, corpus.documents, type as 'country' | 'party').filter((r) => years.includes(r.year));
      const { countryNames } = await import('../../output/charts/countries.js');
      const nameOf = countryNames();
      if (context.format === 'svg') {
        const [{ mapFigure }, { worldShapes }] = await Promise.all([import('../../output/charts/map.js'), import('../../output/charts/world.js')]);
        const shapes = worldShapes();
        return writePicture(context, mapFigure(rates, shapes, years, type as 'country' | 'party', nameOf));
      }
      context.emit<CountryRate>({
        records: rates,
        toJson: (r) => roundNumbers({ year: r.year, code: r.code, name: nameOf(r.code), count: r.count, per10k: r.per10k }),
        columns: [
          { header: 'year', value: (r) => r.year },
          { header: 'code', value: (r) => r.code },
          { header: 'country', value: (r) => nameOf(r.code) },
          { header: 'count', value: (r) => r.count, numeric: true },
          { header: 'per 10k', value: (r) => r.per10k.toFixed(1), numeric: true },
        ],
      });
    });
}
