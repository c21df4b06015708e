import type { Command } from 'commander';
import { UsageError } from '../../errors.js';
import { CommandContext, refuseFormat } from '../context.js';

export function registerText(program: Command): void {
  program
    .command('text')
    .argument('<doc>', 'a document of the corpus, as the corpus command names it (- for standard input)')
    .description("a document's text as read: the article of a saved web page; every mention's offsets refer to it")
    .addHelpText('after', `
Examples:
  $ party-diplo text 2021-party-diplomacy.txt | head
  $ party-diplo text page.html --corpus ~/saved-pages > page.txt
  $ curl -s https://example.org/article | party-diplo text - --corpus -`)
    .action(async (doc: string, _options, command: Command) => {
      refuseFormat(command, "a document's text as it is");
      const context = await CommandContext.create(command);
      const { documents } = await context.load();
      const document = documents.find((d) => d.doc === doc);
      if (!document) throw new UsageError(`no document '${doc}' in the corpus`, `the corpus has: ${documents.map((d) => d.doc).join(', ')}`);
      context.write(document.text);
    });
}
