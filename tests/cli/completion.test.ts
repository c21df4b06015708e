import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildProgram } from '../../src/cli/main.js';
import { runCli, scratch } from '../helpers.js';

const installed = (shell: string) => spawnSync(shell, ['-c', 'exit 0']).status === 0;
const scriptFor = (shell: string) => {
  const result = runCli(['completion', shell]);
  expect(result.status).toBe(0);
  const path = join(scratch(), `party-diplo.${shell}`);
  writeFileSync(path, result.stdout);
  return path;
};
const program = buildProgram();
const commandNames = program.commands.map((c) => c.name());

describe('party-diplo completion', () => {
  it('refuses a shell it does not know', () => {
    const result = runCli(['completion', 'ksh']);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/bash, zsh, fish/);
  });

  it('loads in bash and completes commands, options and format choices from the program', () => {
    const script = scriptFor('bash');
    const complete = (...words: string[]) => {
      const run = spawnSync('bash', ['-c', `source '${script}'; COMP_WORDS=(${words.map((w) => `'${w}'`).join(' ')}); COMP_CWORD=${words.length - 1}; _party_diplo; printf '%s\\n' "\${COMPREPLY[@]}"`], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return run.stdout.split('\n').filter(Boolean).sort();
    };
    expect(complete('party-diplo', '')).toEqual(expect.arrayContaining(commandNames));
    expect(complete('party-diplo', 'co')).toEqual(commandNames.filter((name) => name.startsWith('co')).sort());
    expect(complete('party-diplo', '--format', '')).toEqual(['csv', 'dot', 'json', 'jsonl', 'svg', 'table', 'tsv']);
    // Options of the command named, after global options and their values.
    const cooccur = program.commands.find((c) => c.name() === 'cooccur')!.options.map((o) => o.long!);
    expect(complete('party-diplo', '--corpus', 'texts', 'cooccur', '--')).toEqual(expect.arrayContaining(cooccur));
    expect(complete('party-diplo', 'compare', '--un')).toEqual([]);
    expect(complete('party-diplo', 'completion', '')).toEqual(['bash', 'fish', 'zsh']);
    expect(spawnSync('bash', ['-c', `source '${script}'; complete -p party-diplo`], { encoding: 'utf8' }).stdout).toContain('-F _party_diplo party-diplo');
  });

  it.skipIf(!installed('zsh'))('loads in zsh after compinit and registers its function', () => {
    const script = scriptFor('zsh');
    const run = spawnSync('zsh', ['-fc', `autoload -Uz compinit && compinit -u -D; source '${script}'; print -r -- \${_comps[party-diplo]}; whence -w _party_diplo`], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('_party_diplo\n_party_diplo: function\n');
  });

  it.skipIf(!installed('fish'))('loads in fish and completes commands, options and choices', () => {
    const script = scriptFor('fish');
    const complete = (line: string) => {
      const run = spawnSync('fish', ['--no-config', '-c', `source '${script}'; complete --do-complete='${line}'`], { encoding: 'utf8' });
      expect(run.stderr).toBe('');
      return run.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')[0]).sort();
    };
    expect(complete('party-diplo ')).toEqual(expect.arrayContaining(commandNames));
    expect(complete('party-diplo cooccur --so')).toEqual(['--sort']);
    expect(complete('party-diplo --format ')).toEqual(['csv', 'dot', 'json', 'jsonl', 'svg', 'table', 'tsv']);
    expect(complete('party-diplo completion ')).toEqual(['bash', 'fish', 'zsh']);
  });
});
