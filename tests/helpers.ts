import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'bin', 'party-diplo.js');
export const BUNDLED = join(ROOT, 'corpus');
export const GOLD = join(ROOT, 'tests', 'fixtures', 'gold', 'seed-mentions.jsonl');

/**
 * Runs an ES module program in a fresh Node process (V8's flags and heap are the process's), with `imports` from the
 * built module `dist/<built>`; the program leaves its findings in `result`, which is returned. Nothing on stderr.
 */
export function runBuiltModule(built: string, imports: string, program: string): Record<string, unknown> {
  const source = `import { ${imports} } from ${JSON.stringify(join(ROOT, 'dist', built))};\nconst result = {};\n${program}\nconsole.log(JSON.stringify(result));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', source], { encoding: 'utf8' });
  if (child.stderr !== '') throw new Error(child.stderr);
  return JSON.parse(child.stdout) as Record<string, unknown>;
}

/** Runs the built CLI as a process, as a user's shell would. */
export function runCli(args: string[], options: { input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...args], {
    encoding: 'utf8',
    input: options.input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', XDG_CACHE_HOME: join(scratch(), 'cache'), ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
}

let shimDirectory: string | undefined;

/** A directory holding a `party-diplo` command, as `npm install` puts one on a user's PATH. */
function shim(): string {
  if (shimDirectory && existsSync(shimDirectory)) return shimDirectory;
  shimDirectory = scratch();
  const command = join(shimDirectory, 'party-diplo');
  writeFileSync(command, `#!/bin/sh\nexec "${process.execPath}" "${CLI}" "$@"\n`);
  chmodSync(command, 0o755);
  return shimDirectory;
}

/** Runs a shell pipeline with the CLI available as `party-diplo`. */
export function runShell(script: string, env: NodeJS.ProcessEnv = {}): SpawnSyncReturns<string> {
  return spawnSync('bash', ['-o', 'pipefail', '-c', script], {
    encoding: 'utf8',
    env: { ...process.env, PATH: `${shim()}:${process.env.PATH}`, XDG_CACHE_HOME: join(scratch(), 'cache'), ...env },
    cwd: ROOT,
  });
}

export function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'party-diplo-'));
}

/** Writes files (path → content) under a new directory and returns it. */
export function corpusOf(files: Record<string, string | Buffer>): string {
  const dir = scratch();
  for (const [path, content] of Object.entries(files)) {
    const full = join(dir, path);
    mkdirSync(dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return dir;
}

/** Commands can be run as an unprivileged user only by root, with setpriv (util-linux) installed. */
export const CAN_SWITCH_USER = process.getuid?.() === 0 && spawnSync('setpriv', ['--version']).status === 0;

/** Runs the built CLI as an unprivileged user and group with no home directory entry (uid and gid 65533). */
export function runCliAsStranger(args: string[], options: { env?: NodeJS.ProcessEnv; shell?: string; timeout?: number } = {}): SpawnSyncReturns<string> {
  const command = options.shell ?? `exec "${process.execPath}" "${CLI}" "$@"`;
  return spawnSync('setpriv', ['--reuid=65533', '--regid=65533', '--clear-groups', 'bash', '-c', command, 'party-diplo', ...args], {
    encoding: 'utf8',
    env: { PATH: process.env.PATH, ...options.env },
    cwd: '/',
    timeout: options.timeout ?? 60_000,
  });
}

/** A scratch directory others may read and enter (mkdtemp makes it private), for runs as another user. */
export function sharedScratch(): string {
  const dir = scratch();
  chmodSync(dir, 0o755);
  return dir;
}
