import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import {
  checkTerraformTools,
  copyOfSharedRepository,
  userShellEnv,
  offlineTerraformEnv,
  parseRunnerSummary,
  REPO_ROOT,
  sh,
  sharedRepository,
  timed,
  ToolCheck,
  writeOfflinePlanOverride,
} from './harness';
import { isBootstrapStack, readManifestStacks } from '../../src/kernel/stack-manifest';

/**
 * Checks that several end-to-end files run against a generated repository: its stacks, `npx projen validate` and
 * an offline `npx projen plan` of every stack through the repository's own Terraform tasks, and option changes.
 */

/**
 * Per environment: the account stack, a stack per region, with more than one region the stack that wires the data
 * bucket's replication between the regional buckets, and the bootstrap stack (state bucket, OIDC, CI roles).
 */
export function expectedStackNames(regions: readonly string[], environments = ['dev', 'staging', 'production']): string[] {
  return environments
    .flatMap((env) => [
      `${env}-account`,
      `${env}-bootstrap`,
      ...regions.map((r) => `${env}-${r}`),
      ...(regions.length > 1 ? [`${env}-replication`] : []),
    ])
    .sort();
}

/** Every option keeps its default but the address plan, which has none for staging and production (docs/platform.md). */
export const ADDRESS_PLAN_FLAGS: readonly string[] = ['--network-cidr', '10.64.0.0/10'];

/**
 * Every stack in one run: `*` picks all but the bootstrap stacks, which the repository's Terraform tasks leave out
 * unless a selector says bootstrap (stack-manifest.test.ts). The tasks hand their arguments to the runner as an argv,
 * so a bare `*` is not expanded to the repository's file names on the way.
 */
const EVERY_STACK = ['*', '*-bootstrap'];

/**
 * Runs a Terraform task of the repository on `stacks` (every stack when they are all of them, through the patterns a
 * user would type); returns its output and its summary table.
 */
function runOnStacks(repo: string, tfEnv: NodeJS.ProcessEnv, task: string, stacks: readonly string[], terraformFlags: readonly string[]) {
  const everyStack = [...stacks].sort().join() === synthesizedStacks(repo).join();
  const out = sh('npx', ['projen', task, ...(everyStack ? EVERY_STACK : stacks), ...terraformFlags], repo, tfEnv);
  return { out, summary: parseRunnerSummary(out) };
}

export function synthesizedStacks(repo: string): string[] {
  return fs.readdirSync(path.join(repo, 'cdktf.out', 'stacks')).sort();
}

/** The environment Terraform runs in: dummy credentials, the offline provider mirror, no CI=true. */
export function terraformEnv(workDir: string): NodeJS.ProcessEnv {
  return offlineTerraformEnv(workDir, { base: userShellEnv() });
}

/** `terraform validate` of the synthesized stacks (all of them unless `expected` says which), through the repository's own task. */
export function validateAll(
  repo: string,
  tfEnv: NodeJS.ProcessEnv,
  label: string,
  timings: Record<string, number>,
  expected = synthesizedStacks(repo),
): void {
  const { out, summary } = timed(`terraform validate (${label}, ${expected.length} stacks), s`, timings, () => runOnStacks(repo, tfEnv, 'validate', expected, []));
  for (const stack of expected) expect(out).toContain(`[${stack}] terraform validate`);
  const logs = expected.map((stack) => fs.readFileSync(path.join(repo, 'cdktf.out', 'logs', 'validate', `${stack}.log`), 'utf-8'));
  expect(logs.join('\n').match(/The configuration is valid/g)).toHaveLength(expected.length);
  expect(Object.keys(summary).sort()).toEqual(expected);
  for (const stack of expected) expect(summary[stack].result).toBe('ok');
}

/**
 * Offline `terraform plan` of the synthesized stacks (all of them unless `expected` says which) through the
 * repository's own task; returns resources to add per stack.
 */
export function planAll(
  repo: string,
  tfEnv: NodeJS.ProcessEnv,
  label: string,
  timings: Record<string, number>,
  expected = synthesizedStacks(repo),
): Record<string, number> {
  for (const stack of expected) writeOfflinePlanOverride(path.join(repo, 'cdktf.out', 'stacks', stack));
  const { out, summary } = timed(`terraform plan (${label}, ${expected.length} stacks), s`, timings, () =>
    runOnStacks(repo, tfEnv, 'plan', expected, ['--', '-refresh=false', '-lock=false', '-no-color']),
  );
  const order = [...out.matchAll(/\[([a-z0-9-]+)\] terraform plan/g)].map((m) => m[1]);
  expect([...order].sort()).toEqual(expected);
  // A stack starts (init) only once every stack it depends on has finished its plan: each regional and replication
  // stack after its environment's account stack, and after whatever else the manifest says it depends on (among the
  // stacks of the run: the runner orders only those).
  const lines = out.split('\n');
  const lineOf = (prefix: string) => lines.findIndex((l) => l.startsWith(prefix));
  const dependencies = new Map(readManifestStacks(path.join(repo, 'cdktf.out')).map((s) => [s.name, s.dependencies]));
  const accountOf = (stack: string) => `${stack.split('-')[0]}-account`;
  const isAccountStack = (stack: string) => stack === accountOf(stack);
  const mustFollow = (stack: string) => {
    const account = isAccountStack(stack) || isBootstrapStack(stack) ? [] : [accountOf(stack)];
    return new Set([...dependencies.get(stack)!, ...account].filter((d) => expected.includes(d)));
  };
  for (const stack of expected) {
    for (const dependency of mustFollow(stack)) {
      expect({ stack, dependency, before: order.indexOf(dependency) < order.indexOf(stack) }).toEqual({ stack, dependency, before: true });
      expect(lineOf(`[${dependency}] ok in `)).toBeGreaterThanOrEqual(0);
      expect({ stack, dependency, finishedFirst: lineOf(`[${dependency}] ok in `) < lineOf(`[${stack}] terraform init`) }).toEqual({ stack, dependency, finishedFirst: true });
    }
  }
  const counts: Record<string, number> = Object.fromEntries(
    expected.flatMap((stack) => {
      const log = fs.readFileSync(path.join(repo, 'cdktf.out', 'logs', 'plan', `${stack}.log`), 'utf-8');
      const added = /Plan: (\d+) to add/.exec(log)?.[1];
      return added ? [[stack, Number(added)]] : [];
    }),
  );
  console.log(`Resources to add per stack (${label}): ${JSON.stringify(counts, undefined, 2)}`);
  expect(Object.keys(counts).sort()).toEqual(expected);
  for (const stack of expected) {
    expect(counts[stack]).toBeGreaterThan(0);
    expect(summary[stack]).toMatchObject({ result: 'ok', add: counts[stack], change: 0, destroy: 0 });
    expect(fs.existsSync(path.join(repo, 'cdktf.out', 'stacks', stack, 'tfplan'))).toBe(true);
  }
  return counts;
}

/**
 * The stacks of `repo` whose configuration (`cdk.tf.json`) is byte for byte that of the same stack of the default
 * preset, i.e. of the shared repository scaffolded with only its address plan, which e2e.test.ts validates and plans
 * (after checking that it synthesizes exactly these bytes). Terraform validates and plans the same configuration with
 * the same provider and an empty state the same way, so a preset's file need not run them again.
 */
export function stacksAsInDefaultPreset(repo: string): string[] {
  const defaultPreset = path.join(sharedRepository(ADDRESS_PLAN_FLAGS), 'cdktf.out', 'stacks');
  const configuration = (stacksDir: string, stack: string) => {
    const file = path.join(stacksDir, stack, 'cdk.tf.json');
    return fs.existsSync(file) ? fs.readFileSync(file) : undefined;
  };
  const stacksDir = path.join(repo, 'cdktf.out', 'stacks');
  return synthesizedStacks(repo).filter((stack) => configuration(defaultPreset, stack)?.equals(configuration(stacksDir, stack)!));
}

/**
 * The end-to-end file of a preset (one file per preset, so that jest runs the presets on different workers): the
 * repository scaffolded with only its address plan (shared with e2e.test.ts, which covers the default multi-region
 * preset) is copied, switched to the preset, synthesized, and every stack validated and planned offline, except the
 * stacks the preset leaves exactly as the default preset has them (stacksAsInDefaultPreset), which e2e.test.ts
 * validates and plans.
 */
export function describePreset(preset: string, regions: readonly string[]): void {
  const timings: Record<string, number> = {};
  const work = fs.mkdtempSync(path.join(os.tmpdir(), `sas-e2e-preset-${preset}-`));
  afterAll(() => reportTimings(timings));

  describeWithTerraform()(`the ${preset} preset of a repository scaffolded with only its address plan`, () => {
    beforeAll(() => {
      timed(`projen new to a built repository (shared, ${preset} preset), s`, timings, () => sharedRepository(ADDRESS_PLAN_FLAGS));
    }, 20 * 60 * 1000);

    test('synthesizes, validates and plans every stack offline', () => {
      const tfEnv = terraformEnv(work);
      const repo = copyOfSharedRepository(work, preset, ADDRESS_PLAN_FLAGS);
      const original = fs.readFileSync(path.join(repo, '.projenrc.ts'), 'utf-8');
      reconfigure(repo, original, `  preset: '${preset}',`);
      timed(`synth (${preset} preset, node process), s`, timings, () => sh('npx', ['projen', 'synth'], repo, userShellEnv()));
      const stacks = synthesizedStacks(repo);
      expect(stacks).toEqual(expectedStackNames(regions));
      const asInDefaultPreset = stacksAsInDefaultPreset(repo);
      const ownStacks = stacks.filter((stack) => !asInDefaultPreset.includes(stack));
      console.log(`${preset} preset: ${asInDefaultPreset.length} stacks as in the default preset (validated and planned by e2e.test.ts): ${asInDefaultPreset.join(', ')}`);
      // A preset that synthesized the default preset's stacks would be no preset (and an empty selection means all).
      expect(ownStacks).not.toEqual([]);
      validateAll(repo, tfEnv, `${preset} preset`, timings, ownStacks);
      planAll(repo, tfEnv, `${preset} preset`, timings, ownStacks);
    }, 30 * 60 * 1000);
  });
}

/** `.projenrc.ts` as `projen new` wrote it (`original`) with `options` (lines of the options object) first. */
export function projenrcWithOptions(original: string, options: string): string {
  return original.replace('new SecureAwsStackProject({', `new SecureAwsStackProject({\n${options}`);
}

/** Rewrites the options of `.projenrc.ts` as `projen new` wrote it (`original`), then re-synthesizes the project. */
export function reconfigure(repo: string, original: string, options: string): void {
  fs.writeFileSync(path.join(repo, '.projenrc.ts'), projenrcWithOptions(original, options));
  sh('npx', ['projen'], repo, userShellEnv());
}

/** Adds this file's step timings to `test-reports/e2e-timings.json` (shared by every e2e file) and prints them. */
export function reportTimings(timings: Record<string, number>): void {
  if (Object.keys(timings).length === 0) return;
  const dir = path.join(REPO_ROOT, 'test-reports');
  const file = path.join(dir, 'e2e-timings.json');
  fs.mkdirSync(dir, { recursive: true });
  // Files of one run share the jest process that started them (the parent of the workers, or of the in-band run).
  const run = `jest run of process ${process.ppid}`;
  let all: Record<string, number | string> = {};
  try {
    all = JSON.parse(fs.readFileSync(file, 'utf-8'));
  } catch {
    // first file of the run
  }
  if (all.run !== run) all = { run };
  fs.writeFileSync(file, JSON.stringify({ ...all, ...timings }, undefined, 2));
  console.log(`End-to-end timings:\n${Object.entries(timings).map(([k, v]) => `  ${k}: ${v}`).join('\n')}`);
}

let toolCheck: ToolCheck | undefined;

/**
 * Whether Terraform and the offline provider mirror are there, checked once per file: under CI=true their absence
 * fails the file, elsewhere it skips the end-to-end tests with a warning.
 */
export function terraformTools(): ToolCheck {
  if (!toolCheck) {
    toolCheck = checkTerraformTools();
    if (!toolCheck.ok && process.env.CI === 'true') {
      throw new Error(`End-to-end tests need Terraform and the offline AWS provider mirror under CI: ${toolCheck.reason}`);
    }
    if (!toolCheck.ok) console.warn(`Skipping end-to-end tests (not under CI): ${toolCheck.reason}`);
  }
  return toolCheck;
}

/** `describe` when Terraform and the offline provider mirror are there, `describe.skip` when they are not. */
export function describeWithTerraform(): jest.Describe {
  return terraformTools().ok ? describe : describe.skip;
}
