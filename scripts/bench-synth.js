#!/usr/bin/env node
// Benchmark: wall time, CPU time and peak memory of synthesizing a generated repository's app (no cdktf-cli), run as
// its tasks run it (node and the platform library's TypeScript loader, with its compile cache warm and cleared before
// each run) and beside it under ts-node --swc; with the
// repository's platform library ("after") and, side by side, with the platform library of an earlier commit of this
// package ("before", BENCH_BASELINE_COMMIT, default the last commit before the synthesis work; empty to skip); then
// `npx projen synth` end to end (npx, projen, clearing the output, the app, the architecture doc) and, with
// BENCH_CDKTF_CLI set to a cdktf binary (e.g. after `npm install --prefix /tmp/cdktf-cli cdktf-cli`:
// /tmp/cdktf-cli/node_modules/.bin/cdktf), `cdktf synth` of the same app. Prints figures; asserts nothing.
//
//   node scripts/bench-synth.js [repository dir, default ../<checkout>-demo] [runs, default 5]
//
// For the enterprise preset: SCAFFOLD_DIR=/tmp/bench-enterprise npx projen scaffold --preset enterprise
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { median } = require('./bench-support');

const root = path.resolve(__dirname, '..');
const repo = path.resolve(process.argv[2] || `${root}-demo`);
const runs = Number(process.argv[3] || 5);
const baselineCommit = process.env.BENCH_BASELINE_COMMIT ?? '6d1e995';
if (!fs.existsSync(path.join(repo, 'src', 'main.ts'))) {
  console.error(`bench-synth: ${repo} is not a generated repository (no src/main.ts); run "npx projen scaffold" first.`);
  process.exit(1);
}

const LOADER = 'src/platform/tooling/register-typescript.js';
const TS_NODE_APP = ['node_modules/.bin/ts-node', '--swc', 'src/main.ts'];
/** The app as the repository's tasks run it: with the platform library's TypeScript loader, or ts-node before it. */
const appOf = (dir) => (fs.existsSync(path.join(dir, LOADER)) ? ['node', '--require', `./${LOADER}`, 'src/main.ts'] : TS_NODE_APP);
const APP = appOf(repo);
/** The loader's compile cache (register-typescript.js). */
const COMPILE_CACHE = path.join('node_modules', '.cache', 'secure-aws-stack', 'typescript');

/**
 * Runs `command` (default: the app) `runs` times in `dir`, after a warm-up run, `beforeEach` before each; returns the
 * samples and the synthesized output's size.
 */
function measure(dir, command = appOf(dir), beforeEach = () => undefined) {
  const env = { ...process.env, CHECKPOINT_DISABLE: '1', DISABLE_VERSION_CHECK: '1' };
  execFileSync(command[0], command.slice(1), { cwd: dir, stdio: 'ignore', env });
  const samples = [];
  for (let i = 0; i < runs; i++) {
    fs.rmSync(path.join(dir, 'cdktf.out'), { recursive: true, force: true });
    beforeEach();
    // GNU time's %e is wall seconds, %U + %S CPU seconds and %M the peak resident set in KiB.
    const report = path.join(os.tmpdir(), `bench-synth-${process.pid}.txt`);
    execFileSync('/usr/bin/time', ['-o', report, '-f', '%e %U %S %M', ...command], {
      cwd: dir,
      stdio: 'ignore',
      env,
    });
    const [wall, user, system, kib] = fs.readFileSync(report, 'utf-8').trim().split(' ').map(Number);
    samples.push({ wall, cpu: user + system, mib: kib / 1024 });
  }
  const stacks = fs.readdirSync(path.join(dir, 'cdktf.out', 'stacks'));
  const resources = stacks.reduce((sum, stack) => {
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf-8'));
    return sum + Object.values(json.resource || {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
  }, 0);
  return { samples, stacks: stacks.length, resources };
}

/** A copy of the repository's app with the platform library of `commit` (generated settings kept). */
function appWithLibraryOf(commit) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-before-'));
  for (const entry of ['src', 'tsconfig.json', 'package.json', 'cdktf.json']) {
    if (fs.existsSync(path.join(repo, entry))) fs.cpSync(path.join(repo, entry), path.join(dir, entry), { recursive: true });
  }
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(dir, 'node_modules'));
  const generated = ['settings.ts', 'guardrails/config.ts'].filter((f) => fs.existsSync(path.join(dir, 'src', 'platform', f)));
  const kept = new Map(generated.map((f) => [f, fs.readFileSync(path.join(dir, 'src', 'platform', f))]));
  fs.rmSync(path.join(dir, 'src', 'platform'), { recursive: true, force: true });
  const archive = execFileSync('git', ['archive', '--format=tar', commit, 'templates/platform'], { cwd: root, maxBuffer: 64 * 1024 * 1024 });
  const extractTo = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-synth-archive-'));
  execFileSync('tar', ['-x', '-C', extractTo], { input: archive });
  fs.cpSync(path.join(extractTo, 'templates', 'platform'), path.join(dir, 'src', 'platform'), { recursive: true });
  fs.rmSync(extractTo, { recursive: true, force: true });
  for (const [file, content] of kept) fs.writeFileSync(path.join(dir, 'src', 'platform', file), content);
  // The sample's src/main.ts calls createPlatformStacks(), which libraries before the generators called buildPlatform().
  const index = path.join(dir, 'src', 'platform', 'index.ts');
  if (!fs.readFileSync(path.join(dir, 'src', 'platform', 'platform.ts'), 'utf-8').includes('createPlatformStacks')) {
    fs.appendFileSync(index, "export { buildPlatform as createPlatformStacks } from './platform';\n");
  }
  return dir;
}

function summary(label, { samples }) {
  const values = (key) => samples.map((s) => s[key]);
  return { label, wall: median(values('wall')), wallMin: Math.min(...values('wall')), cpu: median(values('cpu')), mib: Math.max(...values('mib')) };
}

const after = measure(repo);
const afterRow = summary('after (this repository)', after);
const rows = [afterRow];
if (APP !== TS_NODE_APP) {
  const clearCache = () => fs.rmSync(path.join(repo, COMPILE_CACHE), { recursive: true, force: true });
  rows.push(summary('after, compile cache cleared before each run', measure(repo, APP, clearCache)));
  rows.push(summary('after, run by ts-node --swc instead', measure(repo, TS_NODE_APP)));
}
let beforeRow;
if (baselineCommit) {
  const dir = appWithLibraryOf(baselineCommit);
  try {
    beforeRow = summary(`before (platform library of ${baselineCommit})`, measure(dir));
    rows.unshift(beforeRow);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
console.log(`repository: ${repo}`);
console.log(`stacks: ${after.stacks}, resources: ${after.resources}, runs: ${runs}, load average: ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const r of rows) {
  console.log(
    `${r.label.padEnd(45)} wall s: median ${r.wall.toFixed(2)} (min ${r.wallMin.toFixed(2)})   CPU s (user+sys): median ${r.cpu.toFixed(2)}   peak RSS MiB: ${r.mib.toFixed(0)}`,
  );
}
if (beforeRow) {
  const ratio = (key) => (afterRow[key] / beforeRow[key]).toFixed(2);
  console.log(`after / before: wall ${ratio('wall')}x, CPU ${ratio('cpu')}x, RSS ${ratio('mib')}x`);
}

const task = summary('npx projen synth (task, end to end)', measure(repo, ['npx', 'projen', 'synth']));
const tools = [task];
if (process.env.BENCH_CDKTF_CLI) {
  const cdktf = [process.env.BENCH_CDKTF_CLI, 'synth', '--app', APP.join(' ')];
  tools.push(summary('cdktf synth of the same app (cdktf-cli)', measure(repo, cdktf)));
}
for (const r of tools) {
  console.log(`${r.label.padEnd(45)} wall s: median ${r.wall.toFixed(2)} (min ${r.wallMin.toFixed(2)})   CPU s (user+sys): median ${r.cpu.toFixed(2)}   peak RSS MiB: ${r.mib.toFixed(0)}`);
}
if (tools.length === 2) {
  const [, cdktf] = tools;
  console.log(`vs cdktf synth: the app ${(afterRow.wall / cdktf.wall).toFixed(2)}x, npx projen synth ${(task.wall / cdktf.wall).toFixed(2)}x (wall, medians)`);
}
