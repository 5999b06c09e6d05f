#!/usr/bin/env node
// Benchmark: the default task of a generated repository (what every `npx projen` runs before it synthesizes), ts-node
// with its type-check as projen sets it up, side by side with this package's runner (lib/projenrc-runner) with its
// type-check record in place and with the record removed before each run; the runs alternate. Prints wall and CPU
// seconds and peak memory (medians); asserts nothing. Needs `npx projen compile` (the runner is run from lib/).
//
//   node scripts/bench-projenrc.js [repository dir, default ../<checkout>-demo] [runs each, default 6]
const { spawnSync } = require('child_process');
const fs = require('fs');
const path = require('path');
const { median } = require('./bench-support');

const root = path.resolve(__dirname, '..');
const repo = path.resolve(process.argv[2] || `${root}-demo`);
const runs = Number(process.argv[3] || 6);
const runner = path.join(root, 'lib', 'projenrc-runner', 'run-projenrc.js');
const tasks = path.join(repo, '.projen', 'tasks.json');
for (const [file, fix] of [[tasks, 'scaffold a repository first (npx projen scaffold)'], [runner, 'run npx projen compile']]) {
  if (!fs.existsSync(file)) {
    console.error(`bench-projenrc: ${file} is missing; ${fix}.`);
    process.exit(1);
  }
}
const record = path.join(repo, require(path.join(root, 'lib', 'projenrc-runner', 'projenrc-type-check.js')).TYPE_CHECK_RECORD);
// The runner's arguments as the repository's default task gives them (`--project <tsconfig> <.projenrc.ts>`), which
// are ts-node's too.
const args = JSON.parse(fs.readFileSync(tasks, 'utf-8')).tasks.default.steps[0].execArgs.slice(1);
const commands = {
  'before: ts-node with its type-check': { argv: [path.join(repo, 'node_modules', '.bin', 'ts-node'), ...args] },
  'after: runner, type-check recorded': { argv: [process.execPath, runner, ...args] },
  'after: runner, record removed before each run': { argv: [process.execPath, runner, ...args], before: () => fs.rmSync(record, { force: true }) },
};

/** Wall and CPU seconds and peak RSS of one run, from GNU time. */
function measure(argv) {
  const result = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', ...argv], { cwd: repo, encoding: 'utf-8' });
  if (result.status !== 0) throw new Error(`${argv.join(' ')} exited ${result.status}:\n${result.stderr}`);
  const [wall, user, system, kib] = result.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + system, rss: kib / 1024 };
}

// One run of each first: the runner records its check, and the files are in the page cache for every measured run.
for (const command of Object.values(commands)) measure(command.argv);
const results = Object.fromEntries(Object.keys(commands).map((name) => [name, []]));
for (let run = 0; run < runs; run++) {
  for (const [name, command] of Object.entries(commands)) {
    command.before?.();
    results[name].push(measure(command.argv));
  }
}

console.log(`Default task of ${repo} (.projenrc.ts), ${runs} runs each, alternating, medians:`);
for (const [name, measures] of Object.entries(results)) {
  const m = (key) => median(measures.map((x) => x[key]));
  console.log(`  ${name.padEnd(48)} ${m('wall').toFixed(2)} s wall, ${m('cpu').toFixed(2)} s CPU, ${m('rss').toFixed(0)} MiB peak`);
}
