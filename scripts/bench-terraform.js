#!/usr/bin/env node
// Benchmark: wall time of `npx projen validate` over every synthesized stack of a generated repository, the runner
// before the parallel runner (stack after stack, every `terraform init` installing the provider on its own, all
// output printed) side by side with the current one (bounded parallelism, one shared plugin cache, logs per stack).
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

function timeRunner(label, runner, extraEnv) {
  const walls = [];
  for (let i = 0; i < runs; i++) {
    cleanStacks();
    const start = process.hrtime.bigint();
    const result = spawnSync(path.join(repo, 'node_modules', '.bin', 'ts-node'), ['--swc', runner, 'validate'], {
      cwd: repo,
      env: { ...env, CDKTF_OUTDIR: 'cdktf.out', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
      encoding: 'utf-8',
      maxBuffer: 256 * 1024 * 1024,
    });
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    if (result.status !== 0) {
      console.error(`${label} failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
      process.exit(1);
    }
    walls.push(seconds);
  }
  return Math.min(...walls);
}

try {
  const before = timeRunner('before', path.join(oldRunnerDir, 'terraform-stacks.ts'), {});
  const coldCache = path.join(work, 'plugin-cache-cold');
  const afterCold = timeRunner('after (empty plugin cache)', 'src/platform/tooling/terraform-stacks.ts', { TF_PLUGIN_CACHE_DIR: coldCache });
  const afterWarm = timeRunner('after (warm plugin cache)', 'src/platform/tooling/terraform-stacks.ts', { TF_PLUGIN_CACHE_DIR: coldCache });
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  console.log(`repository: ${repo}`);
  console.log(`npx projen validate of ${stacks.length} stacks, ${cores} cores, best of ${runs} run(s), wall seconds:`);
  console.log(`  before (sequential, no plugin cache; runner of ${baselineCommit}): ${before.toFixed(1)}`);
  console.log(`  after  (--concurrency ${cores}, empty shared plugin cache):        ${afterCold.toFixed(1)}  (${(afterCold / before).toFixed(2)}x)`);
  console.log(`  after  (--concurrency ${cores}, warm shared plugin cache):         ${afterWarm.toFixed(1)}  (${(afterWarm / before).toFixed(2)}x)`);
} finally {
  fs.rmSync(oldRunnerDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
