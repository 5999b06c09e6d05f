/**
 * End-to-end test harness.
 *
 * Shared fixtures (prefer these: each is built once per test run and shared by every e2e file and jest worker;
 * see shared-fixtures.ts):
 * - `sharedPackage()`: the tarball of this checkout, compiled and packed once per source tree.
 * - `sharedRepository(flags)`: a repository made by `projen new --from <sharedPackage()> <flags>` and built
 *   (`npx projen build`, or nothing more with `--no-post`); read-only by convention.
 * - `copyOfSharedRepository(parent, name, flags)`: a private writable copy of it (node_modules hard-linked), for
 *   tests that edit `.projenrc.ts`, resynthesize or run Terraform in it.
 *
 * Building blocks: `packPackage(dir)` and `projenNew(dir, spec, flags)` for tests that need a package or a
 * `projen new` of their own (e.g. a failing one), `sh`, `userShellEnv`, the Terraform helpers
 * (`checkTerraformTools`, `offlineTerraformEnv`, `writeTerraformCliConfig`, `writeOfflinePlanOverride`) and
 * `parseRunnerSummary` for the output of a generated repository's Terraform tasks.
 */
import { execFileSync, ExecFileSyncOptions } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { withTerraformGoRuntime } from '../../templates/platform/tooling/go-runtime';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');
const PROVIDER_MIRROR = process.env.SAS_TF_PROVIDER_MIRROR ?? '/opt/tf-plugins';

export interface ToolCheck {
  readonly ok: boolean;
  readonly reason?: string;
}

/** Terraform and the offline provider mirror are needed; under CI=true their absence is a failure, not a skip. */
export function checkTerraformTools(): ToolCheck {
  try {
    execFileSync('terraform', ['version'], { stdio: 'ignore' });
  } catch {
    return { ok: false, reason: 'terraform is not on PATH' };
  }
  if (!fs.existsSync(path.join(PROVIDER_MIRROR, 'registry.terraform.io', 'hashicorp', 'aws'))) {
    return { ok: false, reason: `no hashicorp/aws provider mirror at ${PROVIDER_MIRROR}` };
  }
  return { ok: true };
}

/** Runs a command, returning stdout; on failure the error carries the command's full output. */
export function sh(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const options: ExecFileSyncOptions = { cwd, env, encoding: 'utf-8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 };
  try {
    return execFileSync(command, args, options) as string;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string; status?: number };
    throw new Error(`${command} ${args.join(' ')} (in ${cwd}) exited ${e.status}:\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
  }
}

/**
 * The environment of a user's shell, in which the tests run a generated repository's commands:
 * - without `CI=true`, which makes projen `npm ci` before a lock file exists;
 * - without the markers jest gives its workers (`NODE_ENV=test`, `JEST_WORKER_ID`): projen takes `NODE_ENV=test` for
 *   its own unit tests, silences its log and, in a folder outside the system's temporary folder, synthesizes the
 *   project into a new temporary folder and installs its packages there (a whole `npm install` that users never run);
 * - installs take packages from npm's cache when it has them (after the first repository of a run, all of them)
 *   instead of asking the registry about each one.
 */
export function userShellEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { CI: _ci, JEST_WORKER_ID: _worker, NODE_ENV: nodeEnv, ...env } = process.env;
  return {
    npm_config_prefer_offline: 'true',
    npm_config_audit: 'false',
    npm_config_fund: 'false',
    ...env,
    ...(nodeEnv === undefined || nodeEnv === 'test' ? {} : { NODE_ENV: nodeEnv }),
    ...extra,
  };
}

export function timed<T>(label: string, timings: Record<string, number>, fn: () => T): T {
  const start = Date.now();
  try {
    return fn();
  } finally {
    timings[label] = (Date.now() - start) / 1000;
  }
}

/** Compiles this package (unless told it is compiled) and packs it as npm would publish it. */
export function packPackage(destination: string, options: { readonly compile?: boolean } = {}): string {
  if (options.compile ?? true) sh('npx', ['projen', 'compile'], REPO_ROOT);
  const name = sh('npm', ['pack', '--silent', '--pack-destination', destination], REPO_ROOT).trim().split('\n').pop()!;
  return path.join(destination, name);
}

export function projenVersion(): string {
  return JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'node_modules', 'projen', 'package.json'), 'utf-8')).version;
}

/** `projen new --from <spec> ...` in `dir`, with this checkout's projen (the version the package is built against). */
export function projenNew(dir: string, fromSpec: string, flags: readonly string[]): string {
  const projen = path.join(REPO_ROOT, 'node_modules', '.bin', 'projen');
  return sh(projen, ['new', '--from', fromSpec, '--projen-version', projenVersion(), '--no-git', ...flags], dir, userShellEnv());
}

/**
 * A folder in the system's temporary folder that outlives the test run (a cache for later runs): jest gives each run a
 * temporary folder of its own as TMPDIR and removes it at the end (test/jest/run-temp-dir.js).
 */
export function persistentTempDir(name: string): string {
  return path.join(process.env.SAS_PERSISTENT_TMPDIR ?? os.tmpdir(), name);
}

/**
 * A Terraform CLI configuration that installs hashicorp/aws from the offline mirror only, and shares one plugin
 * cache across every stack (a 600 MB provider binary is linked, not copied, per stack).
 */
export function writeTerraformCliConfig(dir: string, cache = persistentTempDir('sas-e2e-terraform-plugin-cache')): string {
  fs.mkdirSync(cache, { recursive: true });
  const file = path.join(dir, 'terraform.rc');
  fs.writeFileSync(
    file,
    [
      'provider_installation {',
      `  filesystem_mirror {\n    path    = ${JSON.stringify(PROVIDER_MIRROR)}\n    include = ["registry.terraform.io/hashicorp/aws"]\n  }`,
      '  direct {\n    exclude = ["registry.terraform.io/hashicorp/aws"]\n  }',
      '}',
      `plugin_cache_dir = ${JSON.stringify(cache)}`,
      '',
    ].join('\n'),
  );
  return file;
}

export const DUMMY_AWS_ENV = {
  AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
  AWS_EC2_METADATA_DISABLED: 'true',
};

export interface OfflineTerraformEnvOptions {
  /** The environment to extend. @default process.env */
  readonly base?: NodeJS.ProcessEnv;
  /** The plugin cache. @default the one `writeTerraformCliConfig` shares */
  readonly pluginCache?: string;
}

/**
 * The environment every test runs Terraform in: the offline provider mirror and a plugin cache (a CLI configuration
 * written in `workDir`), dummy AWS credentials, no prompts or version checks, and the garbage collector setting of
 * the repositories' Terraform tasks (go-runtime.ts), also where a test runs Terraform itself.
 */
export function offlineTerraformEnv(workDir: string, options: OfflineTerraformEnvOptions = {}): NodeJS.ProcessEnv {
  return withTerraformGoRuntime({
    ...(options.base ?? process.env),
    ...DUMMY_AWS_ENV,
    TF_CLI_CONFIG_FILE: writeTerraformCliConfig(workDir, options.pluginCache),
    TF_IN_AUTOMATION: '1',
    CHECKPOINT_DISABLE: '1',
  });
}

/** The file of a stack's folder that writeOfflinePlanOverride writes. */
export const OFFLINE_PLAN_OVERRIDE_FILE = 'e2e_offline_override.tf.json';

/**
 * Lets a stack plan without AWS: a local backend instead of S3, and every AWS provider told not to call STS or the
 * metadata service. `allowed_account_ids` is dropped because the account cannot be known without STS. This override
 * exists only in the test harness; generated code never contains it.
 */
export function writeOfflinePlanOverride(stackDir: string): void {
  const stack = JSON.parse(fs.readFileSync(path.join(stackDir, 'cdk.tf.json'), 'utf-8'));
  const providers = (stack.provider?.aws ?? []) as Array<{ alias?: string }>;
  const override = {
    terraform: { backend: { local: { path: 'terraform.tfstate' } } },
    provider: {
      aws: providers.map((p) => ({
        ...(p.alias ? { alias: p.alias } : {}),
        skip_credentials_validation: true,
        skip_requesting_account_id: true,
        skip_metadata_api_check: true,
        allowed_account_ids: null,
      })),
    },
  };
  fs.writeFileSync(path.join(stackDir, OFFLINE_PLAN_OVERRIDE_FILE), JSON.stringify(override, undefined, 2));
}

/** Files of a repository, by relative path, except installed, built and synthesized output. */
export function snapshotRepository(dir: string): Map<string, string> {
  const skip = new Set(['node_modules', 'cdktf.out', 'lib', 'test-reports', 'coverage', '.git']);
  const files = new Map<string, string>();
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (skip.has(entry.name)) continue;
      const child = path.join(rel, entry.name);
      if (entry.isDirectory()) walk(child);
      else files.set(child, fs.readFileSync(path.join(dir, child), 'utf-8'));
    }
  };
  walk('.');
  return files;
}

export interface RunnerSummaryRow {
  readonly result: string;
  /** Resources to add, change, destroy; undefined where the command reports none (validate). */
  readonly add?: number;
  readonly change?: number;
  readonly destroy?: number;
  readonly seconds?: number;
}

/** The closing table of a generated repository's Terraform task (`npx projen validate|plan|…`), by stack. */
export function parseRunnerSummary(output: string): Record<string, RunnerSummaryRow> {
  const lines = output.split('\n');
  const header = lines.findIndex((l) => /^stack\s+result\s+add\s+change\s+destroy\s+seconds$/.test(l));
  if (header < 0) throw new Error(`no summary table in the runner's output:\n${output}`);
  const rows: Record<string, RunnerSummaryRow> = {};
  for (const line of lines.slice(header + 1)) {
    if (!line.trim()) break;
    const [stack, result, ...numbers] = line.trim().split(/\s+/);
    const [add, change, destroy, seconds] = numbers.map((n) => (n === '-' ? undefined : Number(n)));
    rows[stack] = { result, add, change, destroy, seconds };
  }
  return rows;
}

// Re-exported last: shared-fixtures.ts builds on the functions above.
export * from './shared-fixtures';
