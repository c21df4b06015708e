import type { Command } from 'commander';
import { yearLabel } from '../../analysis/select.js';
import type { ExtractedDocument } from '../../types.js';
import { CommandContext } from '../context.js';

export function registerCorpus(program: Command): void {
  program
    .command('corpus')
    .description('one row per document: reviewed year, title, author, publication, published date, word tokens, sentences')
    .addHelpText('after', `
Examples:
  $ party-diplo corpus
  $ party-diplo corpus --format json | jq '.[].year'
  $ party-diplo corpus --corpus ~/reviews --format csv > documents.csv`)
    .action(async (_options, command: Command) => {
      const context = await CommandContext.create(command);
      const { documents } = await context.corpus();
      context.emit<ExtractedDocument>({
        records: documents,
        toJson: (d) => ({
          doc: d.doc,
          year: d.metadata.year,
          title: d.metadata.title,
          author: d.metadata.author,
          publication: d.metadata.publication,
          published: d.metadata.published,
          tokens: d.tokens,
          sentences: d.sentences.length,
        }),
        columns: [
          { header: 'file', value: (d) => d.doc },
          { header: 'year', value: (d) => yearLabel(d.metadata.year) },
          { header: 'title', value: (d) => d.metadata.title, maxWidth: 50 },
          { header: 'author', value: (d) => d.metadata.author },
          { header: 'publication', value: (d) => d.metadata.publication },
          { header: 'published', value: (d) => d.metadata.published },
          { header: 'tokens', value: (d) => d.tokens, numeric: true },
          { header: 'sentences', value: (d) => d.sentences.length, numeric: true },
        ],
      });
    });
}
