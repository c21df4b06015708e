import type { Command } from 'commander';
import { parseTypes, parseYear } from '../../analysis/select.js';
import { UsageError } from '../../errors.js';
import type { Mention, MentionKind } from '../../types.js';
import { ALL_KINDS } from '../../types.js';
import { CommandContext } from '../context.js';

interface MentionsOptions {
  type?: string;
  entity?: string;
  year?: string;
  kinds?: string;
  explain?: boolean;
}

function parseKinds(value: string | undefined): MentionKind[] | undefined {
  if (value === undefined) return undefined;
  if (value === 'all') return [...ALL_KINDS];
  const kinds = value.split(',').map((k) => k.trim());
  for (const kind of kinds) {
    if (!ALL_KINDS.includes(kind as MentionKind)) throw new UsageError(`invalid kind '${kind}'`, `use all or some of: ${ALL_KINDS.join(', ')}`);
  }
  return kinds as MentionKind[];
}

export function registerMentions(program: Command): void {
  program
    .command('mentions')
    .description('every mention with its document, offsets and the sentence around it (keyword in context)')
    .option('--type <types>', 'party, country, person or date (comma-separated for several)')
    .option('--entity <id-or-name>', "one entity's mentions, by id or name")
    .option('--year <year>', 'only documents that review this year')
    .option('--kinds <kinds>', 'mention kinds to list: name, abbreviation, reference, demonym, relative, or all', 'name,abbreviation')
    .option('--explain', 'say which rule or knowledge-base entry produced each mention')
    .addHelpText('after', `
Examples:
  $ party-diplo mentions --entity "Nguyen Phu Trong"
  $ party-diplo mentions --type date --format jsonl | jq -r .value | sort | uniq -c
  $ party-diplo mentions --kinds all --explain --entity cpv`)
    .action(async (options: MentionsOptions, command: Command) => {
      const context = await CommandContext.create(command);
      const [{ keywordInContext }, { corpusMentions, recordOf }] = await Promise.all([import('../../analysis/kwic.js'), import('../../api/mentions.js')]);
      const types = parseTypes(options.type);
      const kinds = parseKinds(options.kinds);
      const corpus = await context.corpus(true);
      const year = parseYear(options.year, corpus.documents.map((d) => d.metadata.year));
      const mentions = corpusMentions(corpus, { types, year, entity: options.entity, kinds });
      const record = recordOf(corpus, Boolean(options.explain));
      const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
      const inContext = (m: Mention) => keywordInContext(corpus.texts.get(m.doc) ?? '', m, documents.get(m.doc)?.sentences[m.sentence]);
      context.emit<Mention>({
        records: mentions,
        toJson: record,
        columns: [
          { header: 'doc', value: (m) => m.doc, maxWidth: 24 },
          { header: 'start', value: (m) => m.start, numeric: true },
          { header: 'end', value: (m) => m.end, numeric: true },
          { header: 'type', value: (m) => m.type },
          { header: 'kind', value: (m) => m.kind },
          { header: 'name', value: (m) => m.name },
          { header: 'text', value: (m) => m.text },
          ...(context.format === 'table'
            ? [{ header: 'in context', value: inContext }]
            : [{ header: 'value', value: (m: Mention) => m.value }, { header: 'sentence', value: (m: Mention) => record(m).sentence }]),
          ...(options.explain ? [{ header: 'rule', value: (m: Mention) => m.rule }] : []),
        ],
      });
    });
}
