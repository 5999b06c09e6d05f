#!/usr/bin/env node
// Benchmark: wall and CPU time of `npx projen validate` over the stacks of a generated repository (every stack but
// the bootstrap stacks, as the task selects them), the runner before the parallel runner (stack after stack, every
// `terraform init` installing the provider on its own, all output printed) side by side with the current one
// (bounded parallelism, one shared plugin cache, logs per stack), stack by stack (--no-batch) and in batches.
// Prints figures; asserts nothing.
//
//   node scripts/bench-terraform.js [repository dir, default ../<checkout>-demo] [runs, default 1]
//
// The repository should be synthesized with the enterprise preset (15 stacks), e.g.
//   SCAFFOLD_DIR=/tmp/bench-enterprise npx projen scaffold --preset enterprise
// The "before" runner is taken from git history (BENCH_BASELINE_COMMIT, default the last commit before the
// parallel runner). With the offline provider mirror at /opt/tf-plugins (or $SAS_TF_PROVIDER_MIRROR) the benchmark
// installs providers from it; otherwise from the Terraform CLI configuration in effect.
const { execFileSync, spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measureChildren } = require('./bench-support');

const root = path.resolve(__dirname, '..');
const repo = path.resolve(process.argv[2] || `${root}-demo`);
const runs = Number(process.argv[3] || 1);
const baselineCommit = process.env.BENCH_BASELINE_COMMIT || '6d1e995';
const outdir = path.join(repo, 'cdktf.out');

if (!fs.existsSync(path.join(outdir, 'manifest.json'))) {
  console.error(`bench-terraform: ${outdir}/manifest.json is missing; scaffold and synthesize a repository first (see the header of this script).`);
  process.exit(1);
}
const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
const validated = stacks.filter((stack) => !stack.endsWith('-bootstrap'));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-terraform-'));
const env = { ...process.env, CHECKPOINT_DISABLE: '1' };
delete env.TF_PLUGIN_CACHE_DIR;
const mirror = process.env.SAS_TF_PROVIDER_MIRROR || '/opt/tf-plugins';
if (fs.existsSync(mirror)) {
  env.TF_CLI_CONFIG_FILE = path.join(work, 'terraform.rc');
  fs.writeFileSync(env.TF_CLI_CONFIG_FILE, `provider_installation {\n  filesystem_mirror { path = ${JSON.stringify(mirror)} }\n}\n`);
}

// The runner as it was, from git history, next to the repository's own copy so that it resolves the same modules.
const oldRunnerDir = path.join(repo, 'src', 'platform', 'tooling-before-parallel-runner');
fs.mkdirSync(oldRunnerDir, { recursive: true });
for (const file of ['terraform-stacks.ts', 'stack-manifest.ts']) {
  const source = execFileSync('git', ['show', `${baselineCommit}:templates/platform/tooling/${file}`], { cwd: root, encoding: 'utf-8' });
  fs.writeFileSync(path.join(oldRunnerDir, file), source);
}

function cleanStacks() {
  for (const stack of stacks) {
    const dir = path.join(outdir, 'stacks', stack);
    fs.rmSync(path.join(dir, '.terraform'), { recursive: true, force: true });
    fs.rmSync(path.join(dir, '.terraform.lock.hcl'), { force: true });
  }
}

/** Best wall time of the runs, and the CPU time (user + system of the runner and every Terraform) of that run. */
function timeRunner(label, runner, extraEnv, args = []) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    cleanStacks();
    const { result, wall, cpu } = measureChildren(() => spawnSync(path.join(repo, 'node_modules', '.bin', 'ts-node'), ['--swc', runner, 'validate', ...args], {
      cwd: repo,
      env: { ...env, CDKTF_OUTDIR: 'cdktf.out', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf-8',
      maxBuffer: 256 * 1024 * 1024,
    }));
    if (result.status !== 0) {
      console.error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
      process.exit(1);
    }
    results.push({ wall, cpu });
  }
  return results.reduce((best, r) => (r.wall < best.wall ? r : best));
}

try {
  const before = timeRunner('before', path.join(oldRunnerDir, 'terraform-stacks.ts'), {});
  const coldCache = path.join(work, 'plugin-cache-cold');
  const runner = 'src/platform/tooling/terraform-stacks.ts';
  const oneByOne = timeRunner('after (stack by stack)', runner, { TF_PLUGIN_CACHE_DIR: coldCache }, ['--no-batch']);
  const batches = timeRunner('after (in batches)', runner, { TF_PLUGIN_CACHE_DIR: coldCache });
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const row = (label, r) => `  ${label.padEnd(66)} ${r.wall.toFixed(1).padStart(6)} ${(r.wall / before.wall).toFixed(2).padStart(6)}x ${r.cpu.toFixed(1).padStart(6)}`;
  console.log(`repository: ${repo}`);
  console.log(`npx projen validate of ${validated.length} stacks, ${cores} cores, best of ${runs} run(s):`);
  console.log(`  ${'runner'.padEnd(66)} ${'wall s'.padStart(6)} ${'ratio'.padStart(7)} ${'CPU s'.padStart(6)}`);
  console.log(row(`before (sequential, no plugin cache; runner of ${baselineCommit})`, before));
  console.log(row(`after, stack by stack (--no-batch, --concurrency ${cores}, shared cache)`, oneByOne));
  console.log(row(`after, in batches (default, --concurrency ${cores}, shared cache)`, batches));
} finally {
  fs.rmSync(oldRunnerDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
