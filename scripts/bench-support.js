// What the benchmarks of scripts/ share.
const fs = require('fs');

/**
 * User and system CPU seconds of this process's finished children and their descendants (Linux: /proc/self/stat
 * cutime and cstime).
 */
function childrenCpuTimes() {
  const fields = fs.readFileSync('/proc/self/stat', 'utf-8').split(') ')[1].split(' ');
  return { user: Number(fields[13]) / 100, system: Number(fields[14]) / 100 };
}

/**
 * Runs `fn` (which runs processes and waits for them) and returns what it returned, its wall seconds and the user,
 * system and total CPU seconds of the processes it ran.
 */
function measureChildren(fn) {
  const before = childrenCpuTimes();
  const start = process.hrtime.bigint();
  const result = fn();
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  const after = childrenCpuTimes();
  const user = after.user - before.user;
  const system = after.system - before.system;
  return { result, wall, user, system, cpu: user + system };
}

/** The middle value of `values` (the upper one of the two middle values when there is an even number of them). */
function median(values) {
  return [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
}

module.exports = { measureChildren, median };
