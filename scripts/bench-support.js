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

/** CPU seconds, user and system, of this process's finished children and their descendants. */
function childrenCpuSeconds() {
  const { user, system } = childrenCpuTimes();
  return user + system;
}

module.exports = { childrenCpuSeconds, childrenCpuTimes };
