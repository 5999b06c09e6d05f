// What the benchmarks of scripts/ share.
const fs = require('fs');

/** CPU seconds of this process's finished children and their descendants (Linux: /proc/self/stat cutime + cstime). */
function childrenCpuSeconds() {
  const fields = fs.readFileSync('/proc/self/stat', 'utf-8').split(') ')[1].split(' ');
  return (Number(fields[13]) + Number(fields[14])) / 100;
}

module.exports = { childrenCpuSeconds };
