import type { Command } from 'commander';
import { homedir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { BUNDLED_CORPUS, STDIN_SOURCE, loadCorpus, readAllBounded, type LoadResult } from '../corpus/load.js';
import { UsageError } from '../errors.js';
import { analyseCorpus, type CorpusOptions, type CorpusResult } from '../extract/corpus.js';
import type { CorpusIndex } from '../extract/corpus-index.js';
import { FORMATS, NO_PAINT, parseFormat, type Format, type Listing, type Paint } from '../output/format.js';
import { emit } from '../output/emit.js';
import { printable } from '../output/printable.js';
import { matchesEntity } from '../analysis/select.js';
import type { Mention } from '../types.js';

const OUTPUT_BLOCK = 1 << 16;

export interface GlobalOptions {
  corpus?: string[];
  format?: string;
  json?: boolean;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
  cache?: boolean;
  jobs?: string;
}

/** What every command gets from the command line and the environment; the only place they are read. */
export class CommandContext {
  private constructor(
    readonly options: GlobalOptions,
    readonly format: Format,
    /** Colours for tables; data formats are never coloured. */
    readonly paint: Paint,
    /** --jobs: worker threads for extraction, when given. */
    readonly workerThreads: number | undefined,
  ) {}

  /** chalk is loaded only for a table on a terminal that takes colours. */
  static async create(command: Command, formats: readonly string[] = FORMATS, defaultFormat: Format = 'table'): Promise<CommandContext> {
    const options = command.optsWithGlobals<GlobalOptions>();
    const format = parseFormat(options.json ? 'json' : (options.format ?? defaultFormat), formats);
    const workerThreads = parseJobs(options.jobs);
    const level = format === 'table' ? colourLevel(options) : 0;
    const paint = level === 0 ? NO_PAINT : new (await import('chalk')).Chalk({ level });
    return new CommandContext(options, format, paint, workerThreads);
  }

  /**
   * `$XDG_CACHE_HOME/party-diplo`, else `~/.cache/party-diplo`; none with --no-cache or without a home directory.
   * A relative XDG_CACHE_HOME is ignored, as the XDG specification says.
   */
  get cacheDirectory(): string | undefined {
    if (this.options.cache === false) return undefined;
    const xdg = process.env.XDG_CACHE_HOME;
    const base = xdg && isAbsolute(xdg) ? xdg : homeCache();
    return base ? join(base, 'party-diplo') : undefined;
  }

  get sources(): string[] {
    if (this.options.corpus && this.options.corpus.length > 0) return this.options.corpus;
    return [process.env.PARTY_DIPLO_CORPUS || BUNDLED_CORPUS];
  }

  /** The corpus's documents as read, without extraction. */
  async load(): Promise<LoadResult> {
    const result = await loadCorpus(this.sources, readStandardInput);
    for (const warning of result.warnings) this.warn(warning);
    return result;
  }

  async corpus(keepText = false): Promise<CorpusResult> {
    return this.analysed((options) => analyseCorpus({ ...options, keepText }));
  }

  /** What the counting commands read (entities, compare, cooccur, trend): the corpus's index, cached as one entry. */
  async index(): Promise<CorpusIndex> {
    const { indexCorpus } = await import('../extract/indexed.js');
    return (await this.analysed(indexCorpus)).index;
  }

  private async analysed<T extends { warnings: string[] }>(analyse: (options: CorpusOptions) => Promise<T>): Promise<T> {
    // Progress is for a person at a terminal: never in a pipe or a log, nor with --quiet.
    const progress = process.stderr.isTTY && !this.options.quiet ? new (await import('./progress.js')).Progress(process.stderr) : undefined;
    try {
      const result = await analyse({
        sources: this.sources,
        readStdin: readStandardInput,
        cacheDirectory: this.cacheDirectory,
        workerThreads: this.workerThreads,
        onProgress: progress && ((stage, done, total) => progress.update(stage === 'reading' ? 'reading files' : 'extracting documents', done, total)),
      });
      for (const warning of result.warnings) this.warn(warning);
      return result;
    } finally {
      progress?.finish();
    }
  }

  /** An --entity that names nothing in the corpus gives empty output, and a warning to say why. */
  warnIfUnknown(entity: string, mentions: readonly Pick<Mention, 'id' | 'name' | 'type'>[]): void {
    if (!mentions.some((m) => matchesEntity(m, entity))) this.warn(`no entity in the corpus has the id or name '${entity}'`);
  }

  warn(message: string): void {
    if (!this.options.quiet) process.stderr.write(`party-diplo: warning: ${printable(message)}\n`);
  }

  write(text: string): void {
    process.stdout.write(text);
  }

  /** Written in blocks: a write per record would be a system call per record. */
  emit<T>(listing: Listing<T>): void {
    let block = '';
    for (const piece of emit(listing, this.format, { paint: this.paint })) {
      block += piece;
      if (block.length >= OUTPUT_BLOCK) {
        this.write(block);
        block = '';
      }
    }
    if (block !== '') this.write(block);
  }
}

/** The cache is optional: no home directory (HOME unset and no passwd entry) means no cache, not an error. */
function homeCache(): string | undefined {
  try {
    const home = homedir();
    return home && isAbsolute(home) ? join(home, '.cache') : undefined;
  } catch {
    return undefined;
  }
}

function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new UsageError(`invalid value '${value}' for --jobs`, '--jobs takes a whole number, 0 for no worker threads');
  return Number(value);
}

/** Reads all of standard input without blocking the event loop (a blocked loop would not hear Ctrl-C). */
function readStandardInput(): Promise<Uint8Array> {
  return readAllBounded(process.stdin, STDIN_SOURCE);
}

function colourLevel(options: GlobalOptions): 0 | 1 | 2 | 3 {
  if (options.color === false || process.env.NO_COLOR) return 0;
  const forced = process.env.FORCE_COLOR;
  if (forced && forced !== '0' && forced !== 'false') return 1;
  return process.stdout.isTTY ? (process.stdout.hasColors?.(256) ? 2 : 1) : 0;
}

/** A command whose output has one form (a page, a text) refuses `--format` rather than ignore it. */
export function refuseFormat(command: Command, output: string): void {
  const globals = command.optsWithGlobals<{ format?: string; json?: boolean }>();
  if (globals.format !== undefined || globals.json) throw new UsageError(`${command.name()} writes ${output}; --format does not apply to it`, 'leave out --format');
}
