import type { Command } from 'commander';
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { EvaluationReport } from '../../analysis/evaluate.js';
import { documentsReviewing } from '../../analysis/indexed.js';
import { corpusYears, selectMentions } from '../../analysis/select.js';
import { BUNDLED_CORPUS } from '../../corpus/load.js';
import { InputError } from '../../errors.js';
import type { CorpusResult } from '../../extract/corpus.js';
import { corpusIndexOf } from '../../extract/corpus-index.js';
import type { TableSection } from '../../output/report.js';
import { ENTITY_TYPES, type EntityType } from '../../types.js';
import { CommandContext, refuseFormat } from '../context.js';
import { readGold } from './eval.js';

interface ReportOptions {
  out?: string;
  gold?: string;
}

/** The hand annotation of the bundled articles, where the package has its tests beside it. */
const BUNDLED_GOLD = fileURLToPath(new URL('../../../tests/fixtures/gold/seed-mentions.jsonl', import.meta.url));

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('one self-contained HTML page: the corpus, the top entities, the comparison of years, the map, the network, the timeline and the extraction figures')
    .option('--out <file>', 'write the page to this file (default: standard output)')
    .option('--gold <file>', 'score the extraction against this hand annotation (default: the bundled one, for the bundled corpus)')
    .addHelpText('after', `
Examples:
  $ party-diplo report --out report.html
  $ party-diplo report --corpus articles/ --gold articles-gold.jsonl --out articles.html`)
    .action(async (options: ReportOptions, command: Command) => {
      refuseFormat(command, 'an HTML page');
      const context = await CommandContext.create(command);
      const corpus = await context.corpus();
      const bundled = context.sources.length === 1 && resolve(context.sources[0]) === resolve(BUNDLED_CORPUS);
      const goldPath = options.gold ?? (bundled && existsSync(BUNDLED_GOLD) ? BUNDLED_GOLD : undefined);
      const { evaluate } = await import('../../analysis/evaluate.js');
      const scores = goldPath === undefined ? undefined : evaluate(await readGold(goldPath), corpus.mentions);
      const html = await buildReport(corpus, context.cacheDirectory, extractionSection(corpus, scores, options.gold === undefined && goldPath !== undefined));
      if (options.out === undefined) return context.write(html);
      try {
        writeFileSync(options.out, html);
      } catch (error) {
        throw new InputError(`cannot write ${options.out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
      }
    });
}

const ACTORS: EntityType[] = ['party', 'country', 'person'];

async function buildReport(corpus: CorpusResult, cacheDirectory: string | undefined, extraction: TableSection): Promise<string> {
  const [{ countEntities }, { compareYears }, { choosePeriods }, { cooccurrences, unitsNaming }, { timeline }, { countryRates }, charts, { renderReport }] = await Promise.all([
    import('../../analysis/entities.js'),
    import('../../analysis/compare.js'),
    import('../../analysis/periods.js'),
    import('../../analysis/cooccur.js'),
    import('../../analysis/timeline.js'),
    import('../../analysis/map.js'),
    import('../../output/charts/index.js'),
    import('../../output/report.js'),
  ]);
  const documentYears = corpus.documents.map((d) => d.metadata.year);
  const years = corpusYears(documentYears);
  const known = years.filter((y) => y !== 'unknown').map(Number);
  const counted = selectMentions(corpus.mentions, {});

  const index = corpusIndexOf(corpus);
  const everyDocument = documentsReviewing(index);
  const figures = [charts.entitiesFigure(countEntities(index, everyDocument, years, ACTORS), years, 8)];
  if (known.length >= 2) {
    const [oldest, newest] = choosePeriods(undefined, undefined, documentYears);
    figures.push(charts.compareFigure(compareYears(oldest, newest, index, ACTORS), 12));
  }
  const rates = countryRates(selectMentions(corpus.mentions, { types: ['country'] }), corpus.entities, corpus.documents, 'country');
  figures.push(charts.mapFigure(rates, charts.worldShapes(), years, 'country', charts.countryNames()));
  const pairsAtLeast = (min: number) => cooccurrences(index, everyDocument, { unit: 'sentence', years, min, sort: 'count' });
  // Ties named together at least twice, unless that leaves too few to draw a network.
  const strong = pairsAtLeast(2);
  const pairs = strong.length >= 10 ? strong : pairsAtLeast(1);
  const naming = unitsNaming(index, everyDocument, 'sentence');
  figures.push(charts.networkFigure(pairs.slice(0, 80), (type, id) => naming.get(`${type}:${id}`) ?? 1, 'sentence'));
  const { corpusEvents, occasionsOf } = await import('../../analysis/events.js');
  const marks = [...charts.dateMarks(timeline(counted, corpus.entities)), ...charts.eventMarks(occasionsOf(corpusEvents(corpus)))];
  figures.push(charts.timelineFigure(marks, [...Object.values(charts.DATE_TRACKS), ...Object.values(charts.EVENT_TRACKS)], charts.reviewedYears(years)));

  const tokens = corpus.documents.reduce((sum, d) => sum + d.tokens, 0);
  const span = known.length === 0 ? '' : known.length === 1 ? `, ${known[0]}` : `, ${known[0]}–${known[known.length - 1]}`;
  return renderReport({
    title: `Parties, countries and people in ${corpus.documents.length === 1 ? 'one text' : `${corpus.documents.length} texts`}${span}`,
    subtitle: `What party-diplo found in ${corpus.documents.length} ${corpus.documents.length === 1 ? 'document' : 'documents'} of ${tokens.toLocaleString('en')} words, reviewing ${years.join(', ')}: who is named, how often, where, with whom and when.`,
    corpus: corpusSection(corpus),
    extraction,
    figures: await Promise.all(figures.map(async (figure) => ({ figure, svg: await charts.renderSvg(figure.chart, figure.id, cacheDirectory) }))),
  });
}

function corpusSection(corpus: CorpusResult): TableSection {
  return {
    id: 'corpus',
    title: 'The texts',
    summary: 'Each document read, with the year it reviews (read from its text) and its length in word tokens.',
    table: {
      headers: ['document', 'year', 'title', 'author', 'publication', 'words'],
      numeric: [false, false, false, false, false, true],
      rows: corpus.documents.map((d) => [d.doc, d.metadata.year ?? 'unknown', d.metadata.title ?? '', d.metadata.author ?? '', d.metadata.publication ?? '', d.tokens]),
    },
  };
}

function extractionSection(corpus: CorpusResult, scores: EvaluationReport | undefined, shippedGold: boolean): TableSection {
  const counted = selectMentions(corpus.mentions, {});
  const found = (type: EntityType) => counted.filter((m) => m.type === type);
  if (scores === undefined) {
    return {
      id: 'extraction',
      title: 'What the extraction found',
      summary: `${counted.length} names of parties, countries, people and dates were found. No hand annotation was given, so they are not scored here: party-diplo report --gold FILE scores them.`,
      table: {
        headers: ['type', 'mentions', 'distinct entities'],
        numeric: [false, true, true],
        rows: ENTITY_TYPES.map((type) => [type, found(type).length, new Set(found(type).map((m) => m.id)).size]),
      },
    };
  }
  const fixed = (n: number) => n.toFixed(3);
  return {
    id: 'extraction',
    title: 'How well the extraction scores',
    summary:
      `The names found, scored against ${shippedGold ? 'the hand annotation shipped with the bundled articles' : 'the hand annotation given'}: ` +
      'precision (the share of names found that are right), recall (the share of right names found) and F1, with overlapping spans counted as found.',
    table: {
      headers: ['measure', 'type', 'precision', 'recall', 'F1', 'annotated', 'found'],
      numeric: [false, false, true, true, true, true, true],
      rows: [
        ...scores.types.map((t) => ['names', t.type, fixed(t.lenient.precision), fixed(t.lenient.recall), fixed(t.lenient.f1), t.gold, t.predicted]),
        ['date values', 'date', '', '', fixed(scores.dateValueAccuracy), '', ''],
        ['grouping (B-cubed)', 'party, country, person', fixed(scores.grouping.precision), fixed(scores.grouping.recall), fixed(scores.grouping.f1), '', ''],
      ],
    },
  };
}
