import { spawn } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseResourceChanges, ResourceChanges } from './change-summary';
import { withTerraformGoRuntime } from './go-runtime';
import { resolvePluginCacheDir, shareLockFile } from './plugin-cache';
import { readStacks, selectStacks, SynthesizedStack } from './stack-manifest';
import { progressReporter, Output, PlainProgress, ProgressReporter, StackState } from './stack-progress';
import { ItemOutcome, Ordering, runScheduled } from './stack-scheduler';
import { StackResult, summaryTable } from './summary-table';
import { attributeDiagnostics, canValidateInBatch, splitIntoBatches, ValidateBatch, writeBatchRoot } from './validate-batches';

/**
 * Runs Terraform in `cdktf.out/stacks/<stack>` for one, several or all stacks. Usage:
 *
 *   terraform-stacks <validate|plan|diff|deploy|destroy> [stack or pattern ...] [--concurrency N] [--no-batch] [-- terraform flags ...]
 *
 * Up to N stacks (default: the number of cores) run at once; `plan`, `diff` and `deploy` start a stack after the
 * stacks it depends on, `destroy` after the stacks that depend on it, `validate` in any order. Every stack's
 * Terraform output goes to `cdktf.out/logs/<command>/<stack>.log` and is printed in full only when the stack fails;
 * a failed stack skips the stacks waiting for it, never independent ones. The run ends with a summary table.
 * All stacks share one provider plugin cache (see plugin-cache.ts); Terraform runs with a lazier garbage collector
 * (see go-runtime.ts).
 *
 * `validate` checks stacks in batches, one Terraform run per batch (see validate-batches.ts); `--no-batch` runs it
 * in every stack's folder instead, as do Terraform flags other than `-no-color`.
 *
 * Other arguments starting with `-` are passed to the Terraform command. Set TERRAFORM_BINARY to use another
 * binary than `terraform` from PATH; TF_CLI_CONFIG_FILE and every other TF_* variable are passed through.
 * `deploy` and `destroy` without `-auto-approve` on a terminal run one stack at a time with Terraform's own output
 * and prompt.
 */

export type Command = 'validate' | 'plan' | 'diff' | 'deploy' | 'destroy';
const COMMANDS: readonly Command[] = ['validate', 'plan', 'diff', 'deploy', 'destroy'];

const ORDERING: Record<Command, Ordering> = {
  validate: 'none',
  plan: 'dependencies',
  diff: 'dependencies',
  deploy: 'dependencies',
  destroy: 'reverse',
};

export interface RunOptions {
  readonly outdir: string;
  readonly terraform: string;
  /** Stacks run at once. @default the number of cores */
  readonly concurrency?: number;
  /** Where progress, failed logs and the summary go. @default process.stdout */
  readonly out?: Output;
  /** The environment Terraform runs in. @default process.env */
  readonly env?: NodeJS.ProcessEnv;
  /** Whether a person can answer Terraform's prompts. @default whether stdin is a terminal */
  readonly interactive?: boolean;
  /** Whether `validate` checks stacks in batches (validate-batches.ts) rather than one Terraform run per stack. @default true */
  readonly batch?: boolean;
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

export function defaultConcurrency(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

interface StackRun {
  state: StackState;
  seconds?: number;
  changes?: ResourceChanges;
  exitCode?: number;
  note?: string;
  log: string;
}

/** Returns the process exit code: for `diff`, 2 means that at least one stack has changes. */
export async function run(command: Command, selectors: readonly string[], extraArgs: readonly string[], options: RunOptions): Promise<number> {
  const started = Date.now();
  const out = options.out ?? process.stdout;
  const baseEnv = options.env ?? process.env;
  const stacks = selectStacks(readStacks(options.outdir), selectors);
  const approvalPrompt =
    (command === 'deploy' || command === 'destroy') && !extraArgs.includes('-auto-approve') && (options.interactive ?? process.stdin.isTTY === true);
  const concurrency = approvalPrompt ? 1 : (options.concurrency ?? defaultConcurrency());
  const env = { ...withTerraformGoRuntime(baseEnv), TF_PLUGIN_CACHE_DIR: resolvePluginCacheDir(baseEnv) };
  const logDir = path.join(options.outdir, 'logs', command);
  fs.mkdirSync(logDir, { recursive: true });

  const progress: ProgressReporter = approvalPrompt ? new PlainProgress(out) : progressReporter(stacks.map((s) => s.name), out, baseEnv);
  const colour = approvalPrompt || !(progress instanceof PlainProgress);
  const flags = colour || extraArgs.includes('-no-color') ? [] : ['-no-color'];
  out.write(
    `terraform ${command}: ${stacks.length} stack${stacks.length === 1 ? '' : 's'}, ${concurrency} at a time; ` +
      `plugin cache ${env.TF_PLUGIN_CACHE_DIR}; logs in ${path.relative(process.cwd(), logDir) || '.'}/\n`,
  );

  const runs = new Map<string, StackRun>(stacks.map((s) => [s.name, { state: 'waiting', log: path.join(logDir, `${s.name}.log`) }]));
  let fatal: Error | undefined;
  const firstInit = firstInitGate();

  const finishStack = (stack: SynthesizedStack, begin: number, state: StackState, note?: string): ItemOutcome => {
    const result = runs.get(stack.name)!;
    result.state = state;
    result.seconds = (Date.now() - begin) / 1000;
    result.note = note;
    progress.update(stack.name, { state, seconds: result.seconds, note });
    return state === 'failed' ? 'failed' : 'succeeded';
  };

  const runStack = async (stack: SynthesizedStack): Promise<ItemOutcome> => {
    const result = runs.get(stack.name)!;
    const begin = Date.now();
    const log = fs.openSync(result.log, 'w');
    const finish = (state: StackState, note?: string) => finishStack(stack, begin, state, note);
    try {
      for (const args of terraformSteps(command, extraArgs).map((step) => [...step, ...flags])) {
        const leader = args[0] === 'init' ? await firstInit.enter(stack) : false;
        progress.step(stack.name, args);
        let status: number;
        try {
          status = await spawnTerraform(options.terraform, args, stack.workingDirectory, env, log, approvalPrompt ? out : undefined);
        } finally {
          if (leader) firstInit.release();
        }
        if (command === 'diff' && args[0] === 'plan' && status === 2) {
          result.changes = parseResourceChanges(fs.readFileSync(result.log, 'utf-8'));
          return finish('changes');
        }
        if (status !== 0) {
          result.exitCode = status;
          return finish('failed', `terraform ${args[0]} exited ${status}`);
        }
      }
      result.changes = parseResourceChanges(fs.readFileSync(result.log, 'utf-8'));
      return finish('ok');
    } catch (error) {
      fatal ??= error as Error;
      return finish('failed', (error as Error).message);
    } finally {
      fs.closeSync(log);
    }
  };

  /** A batch of stacks validated in one Terraform run; on anything it cannot attribute, its stacks one by one. */
  const runBatch = async (batch: ValidateBatch): Promise<ItemOutcome> => {
    const begin = Date.now();
    const oneByOne = () => runInTurn(batch.stacks, runStack);
    for (const stack of batch.stacks) progress.step(stack.name, ['validate', `(one run with ${batch.stacks.length - 1} other stacks)`]);
    const log = fs.openSync(path.join(batch.workingDirectory, 'terraform.log'), 'w');
    const json = path.join(batch.workingDirectory, 'validate.json');
    const output = fs.openSync(json, 'w');
    try {
      const leader = await firstInit.enter({ name: batch.workingDirectory, workingDirectory: batch.workingDirectory, dependencies: [] });
      let status: number;
      try {
        status = await spawnTerraform(options.terraform, ['init', '-backend=false', '-input=false', '-no-color'], batch.workingDirectory, env, log, undefined);
      } finally {
        if (leader) firstInit.release();
      }
      if (status !== 0) return await oneByOne();
      await spawnTerraform(options.terraform, ['validate', '-json', '-no-color'], batch.workingDirectory, env, { stdout: output, stderr: log }, undefined);
    } catch (error) {
      fatal ??= error as Error;
      for (const stack of batch.stacks) finishStack(stack, begin, 'failed', (error as Error).message);
      return 'failed';
    } finally {
      fs.closeSync(log);
      fs.closeSync(output);
    }
    const validations = attributeDiagnostics(batch, fs.readFileSync(json, 'utf-8'));
    if (!validations) return oneByOne();
    let outcome: ItemOutcome = 'succeeded';
    for (const stack of batch.stacks) {
      const { valid, log: text } = validations.get(stack.name)!;
      fs.writeFileSync(runs.get(stack.name)!.log, text);
      if (!valid) {
        runs.get(stack.name)!.exitCode = 1;
        outcome = 'failed';
      }
      finishStack(stack, begin, valid ? 'ok' : 'failed', valid ? undefined : 'the configuration is not valid');
    }
    return outcome;
  };

  const batches = command === 'validate' && (options.batch ?? true) && extraArgs.every((a) => a === '-no-color') ? validateBatches(stacks, concurrency, options.outdir) : [];
  const batched = new Set(batches.flatMap((b) => b.stacks.map((s) => s.name)));
  type Item = { name: string; dependencies: readonly string[]; batch?: ValidateBatch; stack?: SynthesizedStack };
  const items: Item[] = [
    ...batches.map((batch, i) => ({ name: `batch ${i + 1}`, dependencies: [], batch })),
    ...stacks.filter((s) => !batched.has(s.name)).map((stack) => ({ ...stack, stack })),
  ];

  await runScheduled(items, {
    concurrency,
    ordering: ORDERING[command],
    run: (item) => (item.batch ? runBatch(item.batch) : runStack(item.stack!)),
    skip: (item, blockedBy) => {
      const stack = item.stack!;
      const result = runs.get(stack.name)!;
      result.state = 'skipped';
      result.note = `${blockedBy} ${runs.get(blockedBy)?.state === 'skipped' ? 'was skipped' : 'failed'}`;
      progress.update(stack.name, { state: 'skipped', note: result.note });
    },
  });
  progress.close();
  if (fatal) throw fatal;

  const failed = stacks.filter((s) => runs.get(s.name)!.state === 'failed');
  if (!approvalPrompt) {
    for (const stack of failed) {
      const result = runs.get(stack.name)!;
      out.write(`\n── ${stack.name}: ${result.note}; its full log (${result.log}) ──\n${fs.readFileSync(result.log, 'utf-8').trimEnd()}\n`);
    }
  }
  const results: StackResult[] = stacks.map((s) => ({ stack: s.name, ...runs.get(s.name)! }));
  out.write(`\n${summaryTable(results)}\n`);

  const count = (state: StackState) => results.filter((r) => r.state === state).length;
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  const changed = results.filter((r) => r.state === 'changes').map((r) => r.stack);
  if (command === 'diff' && failed.length === 0) {
    out.write(changed.length ? `\nStacks with changes: ${changed.join(', ')}\n` : '\nNo changes in any stack.\n');
  }
  out.write(
    `\nterraform ${command}: ${count('ok') + count('changes')} ok, ${failed.length} failed, ${count('skipped')} skipped, in ${seconds}s.\n`,
  );
  if (failed.length > 0) return runs.get(failed[0].name)!.exitCode ?? 1;
  return command === 'diff' && changed.length > 0 ? 2 : 0;
}

/**
 * The batches `validate` checks the stacks in: as many as stacks run at once, each of at least two stacks, from the
 * stacks that can be called as a module (the others run on their own).
 */
function validateBatches(stacks: readonly SynthesizedStack[], concurrency: number, outdir: string): ValidateBatch[] {
  const candidates = stacks.filter(canValidateInBatch);
  if (candidates.length < 2) return [];
  const count = Math.min(concurrency, Math.floor(candidates.length / 2));
  return splitIntoBatches(candidates, count).map((batch, i) => writeBatchRoot(path.resolve(outdir, 'validate', `batch-${i + 1}`), batch));
}

/** Runs the stacks one after the other; the outcome is failed when one failed. */
async function runInTurn(stacks: readonly SynthesizedStack[], runStack: (s: SynthesizedStack) => Promise<ItemOutcome>): Promise<ItemOutcome> {
  let outcome: ItemOutcome = 'succeeded';
  for (const stack of stacks) if ((await runStack(stack)) === 'failed') outcome = 'failed';
  return outcome;
}

/**
 * The first `terraform init` of a run runs alone: the plugin cache is not safe for concurrent installs, and its lock
 * file lets every later stack take the provider from the cache (see shareLockFile).
 */
function firstInitGate() {
  let leader: SynthesizedStack | undefined;
  let release!: () => void;
  const done = new Promise<void>((resolve) => (release = resolve));
  return {
    /** Resolves when the stack may run `init`; true for the first stack, which must call release() afterwards. */
    async enter(stack: SynthesizedStack): Promise<boolean> {
      if (!leader) {
        leader = stack;
        return true;
      }
      await done;
      if (leader !== stack) shareLockFile(leader.workingDirectory, stack.workingDirectory);
      return false;
    },
    release,
  };
}

function spawnTerraform(
  terraform: string,
  args: readonly string[],
  cwd: string,
  env: NodeJS.ProcessEnv,
  log: number | { readonly stdout: number; readonly stderr: number },
  tee: Output | undefined,
): Promise<number> {
  const { stdout, stderr } = typeof log === 'number' ? { stdout: log, stderr: log } : log;
  return new Promise((resolve, reject) => {
    const child = spawn(terraform, args, { cwd, env, stdio: tee ? ['inherit', 'pipe', 'pipe'] : ['ignore', stdout, stderr] });
    if (tee) {
      for (const stream of [child.stdout!, child.stderr!]) {
        stream.on('data', (chunk: Buffer) => {
          fs.writeSync(stdout, chunk);
          tee.write(chunk.toString());
        });
      }
    }
    child.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') {
        reject(
          new Error(
            `"${terraform}" was not found. Install Terraform >= 1.10 (https://developer.hashicorp.com/terraform/install) ` +
              'and put it on PATH, or set TERRAFORM_BINARY to its path.',
          ),
        );
      } else {
        reject(error);
      }
    });
    child.on('close', (code, signal) => resolve(code ?? (signal ? 128 + (os.constants.signals[signal] ?? 0) : 1)));
  });
}

/** Splits the command line: stacks, `--concurrency N`, and flags for Terraform. */
export function parseArguments(args: readonly string[]): { selectors: string[]; extraArgs: string[]; concurrency?: number; batch: boolean } {
  const selectors: string[] = [];
  const extraArgs: string[] = [];
  let concurrency: number | undefined;
  let batch = true;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') continue;
    if (arg === '--no-batch') {
      batch = false;
      continue;
    }
    const inline = /^--concurrency=(.*)$/.exec(arg);
    if (arg === '--concurrency' || inline) {
      const value = inline ? inline[1] : args[++i];
      if (!/^[1-9]\d*$/.test(value ?? '')) {
        throw new Error(`--concurrency needs a positive whole number of stacks to run at once (got ${JSON.stringify(value ?? '')}), e.g. --concurrency 4`);
      }
      concurrency = Number(value);
    } else if (arg.startsWith('-')) {
      extraArgs.push(arg);
    } else {
      selectors.push(arg);
    }
  }
  return { selectors, extraArgs, concurrency, batch };
}

async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!COMMANDS.includes(command as Command)) {
    console.error(`Usage: terraform-stacks <${COMMANDS.join('|')}> [stack or pattern ...] [--concurrency N] [--no-batch] [-- terraform flags ...]`);
    return 64;
  }
  try {
    const { selectors, extraArgs, concurrency, batch } = parseArguments(rest);
    return await run(command as Command, selectors, extraArgs, {
      outdir: process.env.CDKTF_OUTDIR ?? 'cdktf.out',
      terraform: process.env.TERRAFORM_BINARY ?? 'terraform',
      concurrency,
      batch,
    });
  } catch (error) {
    console.error(`terraform-stacks: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
