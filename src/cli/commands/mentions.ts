import type { Command } from 'commander';
import { parseTypes, parseYear, selectMentions } from '../../analysis/select.js';
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
      const kwic = await import('../../analysis/kwic.js');
      const types = parseTypes(options.type);
      const kinds = parseKinds(options.kinds);
      const corpus = await context.corpus(true);
      const year = parseYear(options.year, corpus.documents.map((d) => d.metadata.year));
      const mentions = selectMentions(corpus.mentions, { types, year, entity: options.entity, kinds });
      const { sentenceOf, inContext } = sentenceQuotes(corpus, kwic);
      context.emit<Mention>({
        records: mentions,
        toJson: (m) => ({
          doc: m.doc,
          year: m.year,
          type: m.type,
          id: m.id,
          name: m.name,
          text: m.text,
          start: m.start,
          end: m.end,
          kind: m.kind,
          ...(m.value !== undefined ? { value: m.value } : {}),
          ...(m.country !== undefined ? { country: m.country } : {}),
          ...(m.role !== undefined ? { role: m.role } : {}),
          sentence: sentenceOf(m),
          ...(options.explain ? { rule: m.rule } : {}),
        }),
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
            : [{ header: 'value', value: (m: Mention) => m.value }, { header: 'sentence', value: (m: Mention) => sentenceOf(m) }]),
          ...(options.explain ? [{ header: 'rule', value: (m: Mention) => m.rule }] : []),
        ],
      });
    });
}

type Corpus = Awaited<ReturnType<CommandContext['corpus']>>;

function sentenceQuotes(corpus: Corpus, { quoteSentence, keywordInContext }: typeof import('../../analysis/kwic.js')) {
  const documents = new Map(corpus.documents.map((d) => [d.doc, d]));
  const textOf = (m: Mention) => corpus.texts.get(m.doc) ?? '';
  const spanOf = (m: Mention) => documents.get(m.doc)?.sentences[m.sentence];
  return {
    sentenceOf: (m: Mention) => quoteSentence(textOf(m), spanOf(m), m),
    inContext: (m: Mention) => keywordInContext(textOf(m), m, spanOf(m)),
  };
}
