import type { Command } from 'commander';
import type { Shell } from '../completion.js';
import { commander } from '../commander.js';

const SHELLS: readonly Shell[] = ['bash', 'zsh', 'fish'];

export function registerCompletion(program: Command): void {
  program
    .command('completion')
    .addArgument(new commander.Argument('<shell>', 'bash, zsh or fish').choices(SHELLS))
    .description('a completion script for bash, zsh or fish, made from the commands and options of this version')
    .addHelpText('after', `
Examples:
  $ source <(party-diplo completion bash)          # in ~/.bashrc
  $ source <(party-diplo completion zsh)           # in ~/.zshrc, after compinit
  $ party-diplo completion fish > ~/.config/fish/completions/party-diplo.fish`)
    .action(async (shell: Shell, _options, command: Command) => {
      const { completionScript } = await import('../completion.js');
      process.stdout.write(completionScript(command.parent!, shell));
    });
}
