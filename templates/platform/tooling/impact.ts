import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { withTerraformGoRuntime } from './go-runtime';
import { blockedChanges, hasChanges, ImpactPolicy, PlanJson, renderImpactMarkdown, renderImpactText, StackImpact, stackImpact } from './plan-impact';
import { readStacks, selectStacks, SynthesizedStack } from './stack-manifest';

/**
 * `npx projen impact [stack or pattern ...] [--plan-json=<file>]`: what the saved plans (`tfplan`, written by
 * `npx projen plan`) do, per stack, and every stateful resource they destroy or replace. Writes
 * `<outdir>/impact.json` and `<outdir>/impact.md` (the pull-request summary).
 *
 * Exit codes: 0 nothing blocked; 2 a stateful resource would be destroyed or replaced without an allowance; 1 error.
 * Allowances: `IMPACT_ALLOWED_CHANGES` (the `allowedStatefulChanges` patterns of `.projenrc.ts`, set by the task)
 * and `IMPACT_ALLOW_STATEFUL_CHANGES=true` (set by CI when the pull request carries the allow label).
 * With `--plan-json=<file>`, each stack's plan is read from that JSON file (`terraform show -json` output) in its
 * folder instead of running Terraform, and stacks without the file are skipped (CI: their plan job failed).
 */

export const BLOCKED_EXIT_CODE = 2;

export interface ImpactOptions {
  readonly outdir: string;
  readonly terraform: string;
  readonly policy: ImpactPolicy;
  /** Read `terraform show -json` output from this file in each stack folder instead of running Terraform. */
  readonly planJsonFile?: string;
}

export interface ImpactReport {
  readonly impacts: StackImpact[];
  /** Stacks without a plan (only with `planJsonFile`). */
  readonly missing: string[];
  readonly exitCode: number;
}

export function readPlan(stack: SynthesizedStack, options: ImpactOptions): PlanJson | undefined {
  if (options.planJsonFile) {
    const file = path.join(stack.workingDirectory, options.planJsonFile);
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf-8')) as PlanJson) : undefined;
  }
  if (!fs.existsSync(path.join(stack.workingDirectory, 'tfplan'))) {
    throw new Error(`${stack.name} has no saved plan (${path.join(stack.workingDirectory, 'tfplan')}): run "npx projen plan ${stack.name}" first`);
  }
  const result = spawnSync(options.terraform, ['show', '-json', '-no-color', 'tfplan'], {
    cwd: stack.workingDirectory,
    env: withTerraformGoRuntime(process.env),
    encoding: 'utf-8',
    maxBuffer: 512 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code === 'ENOENT') {
    throw new Error(`"${options.terraform}" was not found: install Terraform >= 1.10 or set TERRAFORM_BINARY`);
  }
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`terraform show -json tfplan failed for ${stack.name}:\n${result.stderr}`);
  return JSON.parse(result.stdout) as PlanJson;
}

export function runImpact(selectors: readonly string[], options: ImpactOptions): ImpactReport {
  const impacts: StackImpact[] = [];
  const missing: string[] = [];
  for (const stack of selectStacks(readStacks(options.outdir), selectors)) {
    const plan = readPlan(stack, options);
    if (plan) impacts.push(stackImpact(stack.name, plan, options.policy));
    else missing.push(stack.name);
  }
  const blocked = blockedChanges(impacts);
  const report = {
    changed: impacts.some(hasChanges),
    blocked: blocked.map((change) => `${change.stack}/${change.address}`),
    missing,
    stacks: impacts,
  };
  fs.writeFileSync(path.join(options.outdir, 'impact.json'), `${JSON.stringify(report, undefined, 2)}\n`);
  const missingNote = missing.length > 0 ? `\n\nNo plan for: ${missing.map((name) => `\`${name}\``).join(', ')}.` : '';
  fs.writeFileSync(path.join(options.outdir, 'impact.md'), `${renderImpactMarkdown(impacts)}${missingNote}\n`);
  return { impacts, missing, exitCode: blocked.length > 0 ? BLOCKED_EXIT_CODE : 0 };
}

export function policyFromEnvironment(env: NodeJS.ProcessEnv): ImpactPolicy {
  return {
    allowed: (env.IMPACT_ALLOWED_CHANGES ?? '').split(/[\s,]+/).filter((pattern) => pattern !== ''),
    allowAll: env.IMPACT_ALLOW_STATEFUL_CHANGES === 'true',
  };
}

function main(argv: readonly string[]): number {
  const args = argv.filter((a) => a !== '--');
  const planJsonFlag = args.find((a) => a.startsWith('--plan-json='));
  const unknown = args.filter((a) => a.startsWith('-') && a !== planJsonFlag);
  if (unknown.length > 0) {
    console.error(`impact: unknown flag ${unknown.join(' ')}. Usage: impact [stack or pattern ...] [--plan-json=<file>]`);
    return 1;
  }
  try {
    const outdir = process.env.CDKTF_OUTDIR ?? 'cdktf.out';
    const report = runImpact(
      args.filter((a) => !a.startsWith('-')),
      {
        outdir,
        terraform: process.env.TERRAFORM_BINARY ?? 'terraform',
        policy: policyFromEnvironment(process.env),
        planJsonFile: planJsonFlag?.slice('--plan-json='.length),
      },
    );
    console.log(renderImpactText(report.impacts));
    if (report.missing.length > 0) console.log(`No plan for: ${report.missing.join(', ')}`);
    console.log(`\nSummary written to ${path.join(outdir, 'impact.md')} and impact.json.`);
    return report.exitCode;
  } catch (error) {
    console.error(`impact: ${(error as Error).message}`);
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
