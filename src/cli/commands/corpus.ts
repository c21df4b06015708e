import type { Command } from 'commander';
import { yearLabel } from '../../analysis/select.js';
import type { DocumentRecord } from '../../api/documents.js';
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
      const { documentRecords } = await import('../../api/documents.js');
      context.emit<DocumentRecord>({
        records: documentRecords(await context.corpus()),
        toJson: (d) => d,
        columns: [
          { header: 'file', value: (d) => d.doc },
          { header: 'year', value: (d) => yearLabel(d.year) },
          { header: 'title', value: (d) => d.title, maxWidth: 50 },
          { header: 'author', value: (d) => d.author },
          { header: 'publication', value: (d) => d.publication },
          { header: 'published', value: (d) => d.published },
          { header: 'tokens', value: (d) => d.tokens, numeric: true },
          { header: 'sentences', value: (d) => d.sentences, numeric: true },
        ],
      });
    });
}
