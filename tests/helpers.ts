import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'bin', 'party-diplo.js');
export const BUNDLED = join(ROOT, 'corpus');
export const GOLD = join(ROOT, 'tests', 'fixtures', 'gold', 'seed-mentions.jsonl');

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
