#!/usr/bin/env node
// Benchmark: wall time, CPU time and peak memory of an offline `npx projen plan` of the stacks of a generated
// repository (every stack but the bootstrap stacks, as the task selects them) with Go's default garbage collector
// (GOGC=100) side by side with the runner's default (GOGC=400, templates/platform/tooling/go-runtime.ts), the runs
// alternating. Prints figures; asserts nothing.
//
//   node scripts/bench-terraform-plan.js [repository dir, default ../<checkout>-demo] [runs per setting, default 2]
//
// The repository should be synthesized with the enterprise preset (15 stacks), e.g.
//   SCAFFOLD_DIR=/tmp/bench-enterprise npx projen scaffold --preset enterprise
// The plans need no AWS account: every stack gets the end-to-end harness's offline override (a local backend and
// providers that call no AWS API; removed afterwards) and its dummy credentials. Providers come from the offline
// mirror at /opt/tf-plugins (or $SAS_TF_PROVIDER_MIRROR) when there is one, else from the Terraform CLI
// configuration in effect.
const { spawnSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measureChildren, median } = require('./bench-support');

const root = path.resolve(__dirname, '..');
require('ts-node').register({ swc: true, transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const harness = require(path.join(root, 'test/e2e/harness'));
const { isBootstrapStack } = require(path.join(root, 'src/kernel/stack-manifest'));
const repo = path.resolve(process.argv[2] || `${root}-demo`);
const runs = Number(process.argv[3] || 2);
const outdir = path.join(repo, 'cdktf.out');

if (!fs.existsSync(path.join(outdir, 'manifest.json'))) {
  console.error(`bench-terraform-plan: ${outdir}/manifest.json is missing; scaffold and synthesize a repository first (see the header of this script).`);
  process.exit(1);
}
if (!fs.existsSync(path.join(repo, 'src', 'platform', 'tooling', 'go-runtime.ts'))) {
  console.error(`bench-terraform-plan: ${repo} was scaffolded before the runner set GOGC (go-runtime.ts); scaffold it again from this checkout.`);
  process.exit(1);
}
const stacks = fs.readdirSync(path.join(outdir, 'stacks')).sort();
const planned = stacks.filter((stack) => !isBootstrapStack(stack));

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-terraform-plan-'));
const pluginCache = path.join(work, 'plugin-cache');
const env = { ...process.env, ...harness.DUMMY_AWS_ENV, CHECKPOINT_DISABLE: '1', TF_IN_AUTOMATION: '1', TF_PLUGIN_CACHE_DIR: pluginCache };
delete env.GOGC;
if (harness.checkTerraformTools().ok) env.TF_CLI_CONFIG_FILE = harness.writeTerraformCliConfig(work, pluginCache);

function cleanStacks(all) {
  for (const stack of stacks) {
    const dir = path.join(outdir, 'stacks', stack);
    for (const file of ['.terraform', '.terraform.lock.hcl', 'tfplan', 'terraform.tfstate', ...(all ? [harness.OFFLINE_PLAN_OVERRIDE_FILE] : [])]) {
      fs.rmSync(path.join(dir, file), { recursive: true, force: true });
    }
  }
}

/** One `npx projen plan`; the peak RSS is that of the largest process (GNU time), when /usr/bin/time is there. */
function plan(extraEnv) {
  cleanStacks(false);
  const time = fs.existsSync('/usr/bin/time');
  const rssFile = path.join(work, 'rss');
  const command = ['npx', 'projen', 'plan', '--', '-refresh=false', '-lock=false', '-no-color'];
  const { result, wall, cpu } = measureChildren(() => spawnSync(time ? '/usr/bin/time' : command[0], time ? ['-o', rssFile, '-f', '%M', ...command] : command.slice(1), {
    cwd: repo,
    env: { ...env, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf-8',
    maxBuffer: 256 * 1024 * 1024,
  }));
  if (result.status !== 0) {
    console.error(`npx projen plan failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
    process.exit(1);
  }
  const rss = time ? Number(fs.readFileSync(rssFile, 'utf-8').trim().split('\n').pop()) / 1024 : undefined;
  return { wall, cpu, rss };
}


try {
  for (const stack of stacks) harness.writeOfflinePlanOverride(path.join(outdir, 'stacks', stack));
  plan({}); // fills the plugin cache
  const settings = [
    { label: 'GOGC=100 (Go default)', env: { GOGC: '100' }, results: [] },
    { label: 'runner default (GOGC=400)', env: {}, results: [] },
  ];
  for (let i = 0; i < runs; i++) for (const setting of settings) setting.results.push(plan(setting.env));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  const base = median(settings[0].results.map((r) => r.cpu));
  console.log(`repository: ${repo}`);
  console.log(`npx projen plan (offline, -refresh=false) of ${planned.length} stacks, ${cores} cores, median of ${runs} alternating run(s):`);
  console.log(`  ${'setting'.padEnd(28)} ${'wall s'.padStart(7)} ${'CPU s'.padStart(7)} ${'CPU ratio'.padStart(9)} ${'peak RSS MiB'.padStart(13)}`);
  for (const s of settings) {
    const cpu = median(s.results.map((r) => r.cpu));
    const rss = s.results[0].rss === undefined ? '-' : median(s.results.map((r) => r.rss)).toFixed(0);
    console.log(`  ${s.label.padEnd(28)} ${median(s.results.map((r) => r.wall)).toFixed(1).padStart(7)} ${cpu.toFixed(1).padStart(7)} ${(cpu / base).toFixed(2).padStart(8)}x ${rss.padStart(13)}`);
  }
} finally {
  cleanStacks(true);
  fs.rmSync(work, { recursive: true, force: true });
}
