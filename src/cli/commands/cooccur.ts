import type { Command } from 'commander';
import type { Pair } from '../../analysis/cooccur.js';
import { documentsReviewing, entitiesNamed } from '../../analysis/indexed.js';
import { corpusYears, parseCount, parseTypes, parseYear } from '../../analysis/select.js';
import { PICTURE_FORMATS } from '../../output/format.js';
import { fixed, roundNumbers } from '../../output/numbers.js';
import { CommandContext } from '../context.js';
import { writePicture } from '../picture.js';

interface CooccurOptions {
  unit?: string;
  type?: string;
  entity?: string;
  min?: string;
  top?: string;
  year?: string;
  sort?: string;
}

export function registerCooccur(program: Command): void {
  program
    .command('cooccur')
    .description('pairs of entities named in the same sentence, paragraph or document, with PMI, Dice and log-likelihood')
    .option('--unit <unit>', 'sentence, paragraph or doc', 'sentence')
    .option('--type <types>', 'both sides of a pair of these types (party, country, person; comma-separated)')
    .option('--entity <id-or-name>', "one entity's partners (its ego network)")
    .option('--min <n>', 'only pairs named together in at least n units', '1')
    .option('--top <n>', 'only the first n pairs')
    .option('--year <year>', 'only documents that review this year')
    .option('--sort <key>', 'count, pmi, dice or ll', 'count')
    .addHelpText('after', `
Examples:
  $ party-diplo cooccur --top 10
  $ party-diplo cooccur --entity "Nguyen Phu Trong" --type person,country
  $ party-diplo cooccur --unit paragraph --sort ll --json | jq '.[0]'
  $ party-diplo cooccur --min 2 --format dot | dot -Tsvg > ties.svg
  $ party-diplo cooccur --min 2 --format svg > network.svg`)
    .action(async (options: CooccurOptions, command: Command) => {
      const context = await CommandContext.create(command, [...PICTURE_FORMATS, 'dot']);
      const [{ parseSortKey, unitsNaming }, { parseUnit }, { entityPairs }] = await Promise.all([
        import('../../analysis/cooccur.js'),
        import('../../analysis/units.js'),
        import('../../api/cooccurrences.js'),
      ]);
      const unit = parseUnit(options.unit);
      const types = parseTypes(options.type, ['party', 'country', 'person']);
      const min = parseCount(options.min, '--min');
      const top = parseCount(options.top, '--top');
      const sort = parseSortKey(options.sort);
      const index = await context.index();
      const year = parseYear(options.year, index.documents.year);
      const years = corpusYears(index.documents.year);
      const documents = documentsReviewing(index, year);
      if (options.entity) context.warnIfUnknown(options.entity, entitiesNamed(index, documents));
      const pairs = entityPairs(index, { unit, types, entity: options.entity, min, top, year, sort });
      if (context.format === 'svg') {
        const { networkFigure } = await import('../../output/charts/network.js');
        const naming = unitsNaming(index, documents, unit);
        return writePicture(context, networkFigure(pairs, (type, id) => naming.get(`${type}:${id}`) ?? 1, unit));
      }
      if (context.format === 'dot') {
        const { toDot } = await import('../../output/dot.js');
        const naming = unitsNaming(index, documents, unit);
        context.write(toDot(pairs, (type, id) => naming.get(`${type}:${id}`) ?? 1));
        return;
      }
      context.emit<Pair>({
        records: pairs,
        toJson: (p) => roundNumbers(p),
        columns: [
          { header: 'a', value: (p) => p.a.name },
          { header: 'a type', value: (p) => p.a.type },
          ...(context.format === 'table' ? [] : [{ header: 'a id', value: (p: Pair) => p.a.id }]),
          { header: 'b', value: (p) => p.b.name },
          { header: 'b type', value: (p) => p.b.type },
          ...(context.format === 'table' ? [] : [{ header: 'b id', value: (p: Pair) => p.b.id }]),
          { header: 'count', value: (p) => p.count, numeric: true },
          ...years.map((y) => ({ header: y, value: (p: Pair) => p.years[y] ?? 0, numeric: true })),
          { header: 'pmi', value: (p) => fixed(p.pmi, 2), numeric: true },
          { header: 'dice', value: (p) => fixed(p.dice, 3), numeric: true },
          { header: 'll', value: (p) => fixed(p.ll, 2), numeric: true },
        ],
      });
    });
}
