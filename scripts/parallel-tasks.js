#!/usr/bin/env node
// Runs projen tasks of this package at the same time, for the build steps that do not depend on one another.
//
//   node scripts/parallel-tasks.js <task> [<task> ...]
//
// Each task's output is held until it ends, then printed in one block under a line with its result and duration,
// so that the log reads as if the tasks had run one after the other. Every task runs to its end even when another
// fails (all problems at once); the exit code is 1 when any failed.
const { spawn } = require('child_process');
const path = require('path');

const tasks = process.argv.slice(2);
if (tasks.length === 0) {
  console.error('usage: node scripts/parallel-tasks.js <task> [<task> ...] (names of tasks in .projen/tasks.json)');
  process.exit(2);
}
const known = Object.keys(require(path.join(__dirname, '..', '.projen', 'tasks.json')).tasks);
const unknown = tasks.filter((task) => !known.includes(task));
if (unknown.length > 0) {
  console.error(`parallel-tasks: ${unknown.join(', ')} not a task of .projen/tasks.json (run \`npx projen\` after changing .projenrc.ts)`);
  process.exit(2);
}

const projen = require.resolve('projen/bin/projen');

function run(task) {
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [projen, task], { stdio: ['ignore', 'pipe', 'pipe'] });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    let finished = false;
    const finish = (ok, reason) => {
      if (finished) return;
      finished = true;
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      process.stdout.write(`[${task}] ${ok ? 'ok' : `failed (${reason})`} in ${seconds}s\n${Buffer.concat(output).toString()}`);
      resolve(ok);
    };
    child.on('error', (error) => finish(false, error.message));
    child.on('close', (code, signal) => finish(code === 0, signal ? `killed by ${signal}` : `exit code ${code}`));
  });
}

Promise.all(tasks.map(run)).then((results) => {
  const failed = tasks.filter((_, i) => !results[i]);
  if (failed.length > 0) {
    console.error(`parallel-tasks: ${failed.join(', ')} failed (output above)`);
    process.exit(1);
  }
});
