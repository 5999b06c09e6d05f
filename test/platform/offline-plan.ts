import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SynthesizedStack } from '../../templates/platform/tooling/stack-manifest';
import { canValidateInBatch, moduleName, writeBatchRoot } from '../../templates/platform/tooling/validate-batches';
import { offlineTerraformEnv, writeOfflinePlanOverride } from '../e2e/harness';

/**
 * An offline `terraform plan -refresh=false` of synthesized stacks (the harness's local-backend override and dummy
 * credentials), with the stacks as child modules of one root, the way `npx projen validate` batches them
 * (validate-batches.ts): the provider's schema is loaded and the configuration validated once for all of them, and
 * each stack is still planned with its own providers. A stack that cannot be called as a module is planned alone.
 */

/** The resource changes Terraform plans for one stack. */
export interface PlannedChanges {
  readonly add: number;
  readonly change: number;
  readonly destroy: number;
}

interface PlanMessage {
  readonly 'type': string;
  readonly '@message'?: string;
  readonly 'change'?: { readonly action: string; readonly resource: { readonly module: string } };
  /** Terraform's totals: `remove` is what it calls destroy here. */
  readonly 'changes'?: { readonly add: number; readonly change: number; readonly remove: number };
  readonly 'diagnostic'?: { readonly severity: string; readonly summary: string; readonly detail?: string };
}

/**
 * Plans the stacks (names of folders under `<outdir>/stacks`) and returns the changes of each. `prepare` edits a
 * stack's folder after the offline override is written (e.g. another override of its own). Throws with Terraform's
 * output when a plan fails.
 */
export function planOffline(
  outdir: string,
  names: readonly string[],
  prepare: (stackDir: string) => void = () => undefined,
): Record<string, PlannedChanges> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-plan-'));
  try {
    const env = offlineTerraformEnv(root);
    const stacks: SynthesizedStack[] = names.map((name) => ({ name, workingDirectory: path.join(outdir, 'stacks', name), dependencies: [] }));
    for (const stack of stacks) {
      writeOfflinePlanOverride(stack.workingDirectory);
      prepare(stack.workingDirectory);
    }
    const batched = stacks.filter(canValidateInBatch);
    const alone = stacks.filter((s) => !batched.includes(s));
    // Each run: its folder, and the stack of each module address its resources have ('' is the root module).
    const runs = alone.map((s) => ({ directory: s.workingDirectory, stackOfModule: new Map([['', s.name]]) }));
    if (batched.length > 0) {
      const batch = writeBatchRoot(path.join(root, 'batch'), batched);
      runs.unshift({ directory: batch.workingDirectory, stackOfModule: new Map(batched.map((s) => [`module.${moduleName(s.name)}`, s.name])) });
    }
    return Object.assign({}, ...runs.map((run) => plan(run.directory, run.stackOfModule, env)));
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}

function plan(directory: string, stackOfModule: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): Record<string, PlannedChanges> {
  const terraform = (...args: string[]) => {
    const result = spawnSync('terraform', [...args, '-input=false', '-no-color'], { cwd: directory, env, encoding: 'utf-8', maxBuffer: 256 * 1024 * 1024 });
    if (result.status !== 0) throw new Error(`terraform ${args.join(' ')} failed in ${directory}:\n${result.stdout}\n${result.stderr}`);
    return result.stdout;
  };
  terraform('init');
  const messages: PlanMessage[] = terraform('plan', '-refresh=false', '-lock=false', '-json')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line));
  const changes = new Map([...stackOfModule.values()].map((name) => [name, { add: 0, change: 0, destroy: 0 }]));
  for (const message of messages.filter((m) => m.type === 'planned_change')) {
    const stack = stackOfModule.get(message.change!.resource.module);
    if (!stack) throw new Error(`a planned change of ${directory} belongs to no stack: ${message['@message']}`);
    const counts = changes.get(stack)!;
    const action = message.change!.action;
    if (action === 'create' || action === 'replace') counts.add++;
    if (action === 'update') counts.change++;
    if (action === 'delete' || action === 'replace') counts.destroy++;
  }
  const summary = messages.find((m) => m.type === 'change_summary')?.changes;
  const sum = (key: keyof PlannedChanges) => [...changes.values()].reduce((total, c) => total + c[key], 0);
  const total = { add: sum('add'), change: sum('change'), destroy: sum('destroy') };
  if (!summary || summary.add !== total.add || summary.change !== total.change || summary.remove !== total.destroy) {
    throw new Error(`the planned changes of ${directory} (${JSON.stringify(total)}) do not add up to Terraform's summary (${JSON.stringify(summary)})`);
  }
  return Object.fromEntries(changes);
}
