#!/usr/bin/env node
// Benchmark: what `npx projen` spends in the project type itself: constructing a SecureAwsStackProject with the
// options `projen new` writes and synthesizing its files into a new folder, in this process, with the compiled
// package (`lib/`, from `npx projen compile`). Side by side, alternating: the managed files as built ("after": one
// marker per project) and with projen's own `FileBase.marker` ("before": every file looks `.projenrc.ts` up among all
// the project's components). Prints wall and CPU milliseconds per synthesis; asserts nothing.
//
//   node scripts/bench-project-synth.js [runs, default 10]
const fs = require('fs');
const os = require('os');
const path = require('path');
const { median } = require('./bench-support');

const root = path.resolve(__dirname, '..');
const runs = Number(process.argv[2] || 10);
if (!fs.existsSync(path.join(root, 'lib', 'index.js'))) {
  console.error('bench-project-synth: lib/index.js is missing; run "npx projen compile" first.');
  process.exit(1);
}
// As projen's Testing.synth: no `npm install` after synthesis.
process.env.PROJEN_DISABLE_POST = 'true';
const { javascript, LogLevel } = require('projen');
const { SecureAwsStackProject } = require(path.join(root, 'lib'));
const { ManagedSourceFile } = require(path.join(root, 'lib', 'components', 'managed-source-file'));

const cachedMarker = Object.getOwnPropertyDescriptor(ManagedSourceFile.prototype, 'marker');
const variants = {
  before: () => delete ManagedSourceFile.prototype.marker,
  after: () => Object.defineProperty(ManagedSourceFile.prototype, 'marker', cachedMarker),
};

function synthesizeOnce() {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-project-synth-'));
  const log = console.log;
  console.log = () => undefined; // the resync report's line
  try {
    const cpu = process.cpuUsage();
    const start = process.hrtime.bigint();
    const project = new SecureAwsStackProject({
      name: 'bench',
      defaultReleaseBranch: 'main',
      packageManager: javascript.NodePackageManager.NPM,
      networkCidr: '10.64.0.0/10',
      outdir,
      logging: { level: LogLevel.OFF },
    });
    project.synth();
    const wall = Number(process.hrtime.bigint() - start) / 1e6;
    const used = process.cpuUsage(cpu);
    return { wall, cpu: (used.user + used.system) / 1000, files: project.files.length };
  } finally {
    console.log = log;
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

const samples = { before: [], after: [] };
for (const name of Object.keys(variants)) {
  variants[name]();
  synthesizeOnce(); // warm-up: module loading and the JIT
}
for (let i = 0; i < runs; i++) {
  for (const name of i % 2 === 0 ? ['before', 'after'] : ['after', 'before']) {
    variants[name]();
    samples[name].push(synthesizeOnce());
  }
}
variants.after();

console.log(`SecureAwsStackProject construction + synthesis (${samples.after[0].files} files), ${runs} runs each, alternating, Node ${process.version}`);
for (const [name, list] of Object.entries(samples)) {
  const walls = list.map((s) => s.wall);
  console.log(
    `  ${name.padEnd(6)}  wall median ${median(walls).toFixed(0)} ms (min ${Math.min(...walls).toFixed(0)}, max ${Math.max(...walls).toFixed(0)})` +
      `  CPU median ${median(list.map((s) => s.cpu)).toFixed(0)} ms`,
  );
}
console.log(`  after / before (median wall): ${(median(samples.after.map((s) => s.wall)) / median(samples.before.map((s) => s.wall))).toFixed(2)}`);
