import { spawnSync } from 'child_process';
import { readStacks, selectStacks, SynthesizedStack } from './stack-manifest';

/**
 * Runs Terraform in `cdktf.out/stacks/<stack>` for one, several or all stacks, in dependency order
 * (reverse order for `destroy`). Usage:
 *
 *   terraform-stacks <validate|plan|diff|deploy|destroy> [stack or pattern ...] [-- terraform flags ...]
 *
 * Arguments starting with `-` are passed to the Terraform command. Set TERRAFORM_BINARY to use another
 * binary than `terraform` from PATH; TF_CLI_CONFIG_FILE and every other TF_* variable are passed through.
 */

type Command = 'validate' | 'plan' | 'diff' | 'deploy' | 'destroy';
const COMMANDS: readonly Command[] = ['validate', 'plan', 'diff', 'deploy', 'destroy'];

export interface RunOptions {
  readonly outdir: string;
  readonly terraform: string;
}

export function terraformSteps(command: Command, extraArgs: readonly string[]): string[][] {
  switch (command) {
    case 'validate':
      return [
        ['init', '-backend=false', '-input=false'],
        ['validate', ...extraArgs],
      ];
    case 'plan':
      return [
        ['init', '-input=false'],
        ['plan', '-input=false', '-out=tfplan', ...extraArgs],
      ];
    case 'diff':
      return [
        ['init', '-input=false'],
        ['plan', '-input=false', '-detailed-exitcode', ...extraArgs],
      ];
    case 'deploy':
      return [
        ['init', '-input=false'],
        ['apply', '-input=false', ...extraArgs],
      ];
    case 'destroy':
      return [
        ['init', '-input=false'],
        ['destroy', '-input=false', ...extraArgs],
      ];
  }
}

function runTerraform(options: RunOptions, stack: SynthesizedStack, args: readonly string[]): number {
  console.log(`\n[${stack.name}] terraform ${args.join(' ')}`);
  const result = spawnSync(options.terraform, args, { cwd: stack.workingDirectory, stdio: 'inherit' });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(
      `"${options.terraform}" was not found. Install Terraform >= 1.10 (https://developer.hashicorp.com/terraform/install) ` +
        'and put it on PATH, or set TERRAFORM_BINARY to its path.',
    );
  }
  if (result.error) throw result.error;
  return result.status ?? 1;
}

/** Returns the process exit code: for `diff`, 2 means that at least one stack has changes. */
export function run(command: Command, selectors: readonly string[], extraArgs: readonly string[], options: RunOptions): number {
  let stacks = selectStacks(readStacks(options.outdir), selectors);
  if (command === 'destroy') stacks = stacks.reverse();
  const changed: string[] = [];
  for (const stack of stacks) {
    for (const args of terraformSteps(command, extraArgs)) {
      const status = runTerraform(options, stack, args);
      if (command === 'diff' && args[0] === 'plan' && status === 2) {
        changed.push(stack.name);
        continue;
      }
      if (status !== 0) {
        console.error(`\n[${stack.name}] terraform ${args[0]} failed (exit ${status}); stopping.`);
        return status;
      }
    }
  }
  if (command === 'diff') {
    console.log(changed.length ? `\nStacks with changes: ${changed.join(', ')}` : '\nNo changes in any stack.');
    return changed.length ? 2 : 0;
  }
  console.log(`\nterraform ${command}: ${stacks.map((s) => s.name).join(', ')} done.`);
  return 0;
}

function main(argv: readonly string[]): number {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    console.error(`Usage: terraform-stacks <${COMMANDS.join('|')}> [stack or pattern ...] [terraform flags ...]`);
    return 64;
  }
  const args = rest.filter((a) => a !== '--');
  const selectors = args.filter((a) => !a.startsWith('-'));
  const extraArgs = args.filter((a) => a.startsWith('-'));
  try {
    return run(command as Command, selectors, extraArgs, {
      outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out',
      terraform: process.env.TERRAFORM_BINARY ?? 'terraform',
    });
  } catch (error) {
    console.error(`terraform-stacks: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
