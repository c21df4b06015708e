import type { Command } from 'commander';
import type { EntityCount } from '../../analysis/entities.js';
import { corpusYears, parseCount, parseTypes, parseYear } from '../../analysis/select.js';
import { PICTURE_FORMATS } from '../../output/format.js';
import { CommandContext } from '../context.js';
import { writePicture } from '../picture.js';

interface EntitiesOptions {
  type?: string;
  year?: string;
  top?: string;
}

export function registerEntities(program: Command): void {
  program
    .command('entities')
    .description('one row per canonical entity: type, name, count in all and per reviewed year, aliases seen')
    .option('--type <types>', 'party, country, person or date (comma-separated for several)')
    .option('--year <year>', 'only documents that review this year')
    .option('--top <n>', 'only the first n rows')
    .addHelpText('after', `
Examples:
  $ party-diplo entities
  $ party-diplo entities --type party --top 10
  $ party-diplo entities --type country --json | jq -r '.[] | "\\(.name)\\t\\(.count)"'
  $ party-diplo entities --format svg --top 8 > entities.svg   (--top: per type)`)
    .action(async (options: EntitiesOptions, command: Command) => {
      const context = await CommandContext.create(command, PICTURE_FORMATS);
      const { entityCounts } = await import('../../api/counts.js');
      const types = parseTypes(options.type);
      const top = parseCount(options.top, '--top');
      const index = await context.index();
      const documentYears = index.documents.year;
      const year = parseYear(options.year, documentYears);
      const years = corpusYears(documentYears);
      if (context.format === 'svg') {
        const { entitiesFigure } = await import('../../output/charts/entities.js');
        return writePicture(context, entitiesFigure(entityCounts(index, { types, year }), year === undefined ? years : [String(year)], top ?? 10));
      }
      const rows = entityCounts(index, { types, year, top });
      context.emit<EntityCount>({
        records: rows,
        toJson: (row) => row,
        columns: [
          { header: 'type', value: (r) => r.type },
          { header: 'id', value: (r) => r.id },
          { header: 'name', value: (r) => r.name },
          { header: 'count', value: (r) => r.count, numeric: true },
          ...years.map((y) => ({ header: y, value: (r: EntityCount) => r.years[y] ?? 0, numeric: true })),
          { header: 'country', value: (r) => r.country },
          { header: 'aliases', value: (r) => r.aliases.join('; '), maxWidth: 60 },
        ],
      });
    });
}
