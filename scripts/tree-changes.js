#!/usr/bin/env node
// Attributes changes of the working tree to the step that made them, for the anti-tamper check of `.ci/run`.
//
//   node scripts/tree-changes.js record <step>   after a step: log every file it changed (or created, or deleted)
//   node scripts/tree-changes.js report          print "<step> changed <file>" lines; exit 1 when there are any
//
// Recording is a no-op unless SAS_TREE_CHANGES names the log file, so a developer's build is not affected.
// A file is attributed to a step when its content after that step differs from its content after the step before.
const { execFileSync } = require('child_process');
const fs = require('fs');

const log = process.env.SAS_TREE_CHANGES;
const [command, step] = process.argv.slice(2);

/** Every changed or untracked path (ignored files excluded) with a hash of its current content. */
function treeState() {
  const status = execFileSync('git', ['status', '--porcelain=v1', '-z', '--untracked-files=all'], { encoding: 'utf-8' });
  const entries = status.split('\0').filter(Boolean);
  const state = {};
  for (let i = 0; i < entries.length; i++) {
    const code = entries[i].slice(0, 2);
    const file = entries[i].slice(3);
    if (code.startsWith('R')) i++; // a rename is followed by its source path
    state[file] = fs.existsSync(file) ? execFileSync('git', ['hash-object', '--', file], { encoding: 'utf-8' }).trim() : 'deleted';
  }
  return state;
}

function readLog() {
  return fs.existsSync(log) ? JSON.parse(fs.readFileSync(log, 'utf-8')) : { state: {}, changes: [] };
}

if (command === 'record') {
  if (!log) process.exit(0);
  if (!step) throw new Error('usage: tree-changes.js record <step>');
  const previous = readLog();
  const state = treeState();
  const touched = new Set([...Object.keys(state), ...Object.keys(previous.state)]);
  for (const file of [...touched].sort()) {
    if (state[file] === previous.state[file]) continue;
    const how = !(file in state) ? 'restored' : state[file] === 'deleted' ? 'deleted' : file in previous.state ? 'changed again' : 'changed';
    previous.changes.push({ step, file, how });
  }
  fs.writeFileSync(log, JSON.stringify({ state, changes: previous.changes }, undefined, 2));
} else if (command === 'report') {
  if (!log) throw new Error('SAS_TREE_CHANGES must name the log written by `record`');
  const remaining = treeState();
  const changes = readLog().changes.filter((c) => c.file in remaining);
  for (const c of changes) console.error(`  ${c.step}: ${c.how} ${c.file}`);
  const unattributed = Object.keys(remaining).filter((file) => !changes.some((c) => c.file === file));
  for (const file of unattributed) console.error(`  (no recorded step): ${file}`);
  process.exit(Object.keys(remaining).length > 0 ? 1 : 0);
} else {
  throw new Error('usage: tree-changes.js record <step> | report');
}
