#!/usr/bin/env node
// Benchmark: wall time and peak memory of synthesizing a generated repository's app, the way its `synth` task
// runs it (node + ts-node/swc, no cdktf-cli). Prints figures; asserts nothing.
//
//   node scripts/bench-synth.js [repository dir, default ../<checkout>-demo] [runs, default 5]
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const repo = path.resolve(process.argv[2] || `${path.resolve(__dirname, '..')}-demo`);
const runs = Number(process.argv[3] || 5);
if (!fs.existsSync(path.join(repo, 'src', 'main.ts'))) {
  console.error(`bench-synth: ${repo} is not a generated repository (no src/main.ts); run "npx projen scaffold" first.`);
  process.exit(1);
}

const samples = [];
for (let i = 0; i < runs; i++) {
  fs.rmSync(path.join(repo, 'cdktf.out'), { recursive: true, force: true });
  // GNU time's %e is wall seconds and %M the peak resident set in KiB.
  const report = path.join(os.tmpdir(), `bench-synth-${process.pid}.txt`);
  execFileSync('/usr/bin/time', ['-o', report, '-f', '%e %M', 'node_modules/.bin/ts-node', '--swc', 'src/main.ts'], {
    cwd: repo,
    stdio: 'ignore',
  });
  const [wall, kib] = fs.readFileSync(report, 'utf-8').trim().split(' ').map(Number);
  samples.push({ wall, mib: kib / 1024 });
}
const stacks = fs.readdirSync(path.join(repo, 'cdktf.out', 'stacks'));
const resources = stacks.reduce((sum, stack) => {
  const json = JSON.parse(fs.readFileSync(path.join(repo, 'cdktf.out', 'stacks', stack, 'cdk.tf.json'), 'utf-8'));
  return sum + Object.values(json.resource || {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
}, 0);
const walls = samples.map((s) => s.wall).sort((a, b) => a - b);
console.log(`repository: ${repo}`);
console.log(`stacks: ${stacks.length}, resources: ${resources}, runs: ${runs}`);
console.log(`synth wall seconds: median ${walls[Math.floor(walls.length / 2)].toFixed(2)}, min ${walls[0].toFixed(2)}, max ${walls[walls.length - 1].toFixed(2)}`);
console.log(`synth peak RSS MiB: max ${Math.max(...samples.map((s) => s.mib)).toFixed(0)}`);
