import type { Command } from 'commander';
import { setFlagsFromString } from 'node:v8';
import { NoDocumentError } from '../corpus/load.js';
import { PartyDiploError } from '../errors.js';
import { printable } from '../output/printable.js';
import { commander } from './commander.js';
import { FORMATS } from '../output/format.js';
import { registerCompare } from './commands/compare.js';
import { registerCooccur } from './commands/cooccur.js';
import { registerCompletion } from './commands/completion.js';
import { registerCorpus } from './commands/corpus.js';
import { registerEntities } from './commands/entities.js';
import { registerEval } from './commands/eval.js';
import { registerEvents } from './commands/events.js';
import { registerMentions } from './commands/mentions.js';
import { registerText } from './commands/text.js';
import { registerTimeline } from './commands/timeline.js';
import { registerMap } from './commands/map.js';
import { registerReport } from './commands/report.js';
import { registerTrend } from './commands/trend.js';

const collect = (value: string, previous: string[] = []) => [...previous, value];

export function buildProgram(): Command {
  const program = new commander.Command('party-diplo')
    .description("Counts and compares the parties, countries, people and dates in reviews of the Communist Party of Vietnam's party diplomacy.")
    .version('0.1.0')
    .option('--corpus <path>', 'a directory of .txt and .html files, a file, or - for stdin (repeatable; default: $PARTY_DIPLO_CORPUS or the bundled corpus)', collect)
    .addOption(new commander.Option('--format <format>', 'output format').choices([...FORMATS, 'dot', 'svg']).default(undefined, 'table'))
    .option('--json', 'same as --format json')
    .option('--no-color', 'no colours in tables (also NO_COLOR)')
    .option('--quiet', 'no warnings on stderr')
    .option('--no-cache', 'extract every document again instead of reading cached results')
    .option('--jobs <n>', 'worker threads for extraction (default: one per core but one; 0: none)')
    .option('--debug', 'a stack trace with errors')
    .exitOverride()
    .configureOutput({ outputError: (message, write) => write(oneLine(message)) });
  // Commands import their analysis when they run, so that a run loads only its own command's code.
  for (const register of [registerCorpus, registerEntities, registerMentions, registerCooccur, registerCompare, registerTrend, registerTimeline, registerEvents, registerMap, registerReport, registerText, registerEval, registerCompletion]) register(program);
  program.commands.forEach((command) => command.exitOverride().configureOutput({ outputError: (message, write) => write(oneLine(message)) }));
  return program;
}

/** Commander's messages as one `party-diplo: error: …` line with a hint, as scripts expect of stderr. */
function oneLine(message: string): string {
  const text = message.trim().replace(/^error:\s*/, '').replace(/\s*\n\s*/g, ' ');
  return `party-diplo: error: ${printable(text)} (see party-diplo --help)\n`;
}

/** Runs the CLI: the only place that sets the exit status, handles signals and a reader that went away. */
export async function main(argv: string[]): Promise<void> {
  // V8 lets its heap grow to about twice what is alive (up to fourfold) before it collects; on a huge file that
  // doubled the peak (1 GB for 50 MB of text), and an archive's cache made the peak its garbage (455 MB for a live
  // heap of 160). Growing by a tenth keeps the peak near what is alive, at no cost in time measured. Set for the
  // command line only: a library does not set its host's flags.
  setFlagsFromString('--heap-growing-percent=10');
  // No listener for SIGINT or SIGTERM: Node's own handler ends the process at once (status 130 or 143 to the
  // shell), even in the middle of a document, when a listener would wait for the JavaScript at work to return.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    // A full disk or a closed descriptor: one line, not a stack trace.
    process.stderr.write(`party-diplo: error: cannot write the output: ${error.code ?? error.message}\n`);
    process.exit(1);
  });
  // A reader of stderr that went away (2>&1 | head -1) is not a failure of the work.
  process.stderr.on('error', () => process.exit(process.exitCode ?? 0));
  const debug = argv.includes('--debug');
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    process.exitCode = report(error, debug, argv.includes('--quiet'));
  }
}

function report(error: unknown, debug: boolean, quiet: boolean): number {
  if (error instanceof commander.CommanderError) {
    // Commander has printed its message already; help and version are not errors.
    return error.exitCode === 0 || error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
  }
  if (error instanceof NoDocumentError && !quiet) {
    for (const warning of error.warnings) process.stderr.write(`party-diplo: warning: ${printable(warning)}\n`);
  }
  if (error instanceof PartyDiploError) {
    process.stderr.write(`party-diplo: error: ${printable(error.message)}${error.hint ? ` (${printable(error.hint)})` : ''}\n`);
    if (debug) process.stderr.write(`${error.stack}\n`);
    return error.exitCode;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`party-diplo: error: ${printable(message)}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 1;
}
