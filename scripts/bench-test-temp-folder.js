#!/usr/bin/env node
// Benchmark: the npm install of a generated repository (what `projen new` runs, from package.json alone, with npm's
// cache preferred as the end-to-end tests do) and the removal of its node_modules, in the system's temporary folder
// side by side with the memory-backed /dev/shm, which test runs under CI use (test/jest/run-temp-dir.js); the runs
// alternate. Prints wall, user and system seconds; asserts nothing.
//
//   node scripts/bench-test-temp-folder.js [repository dir, default ../<checkout>-demo] [runs per folder, default 3]
const { execFileSync } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { measureChildren } = require('./bench-support');

const root = path.resolve(__dirname, '..');
const repo = path.resolve(process.argv[2] || `${root}-demo`);
const runs = Number(process.argv[3] || 3);
const manifest = path.join(repo, 'package.json');
if (!fs.existsSync(manifest)) {
  console.error(`bench-test-temp-folder: ${manifest} is missing; scaffold a repository first (npx projen scaffold).`);
  process.exit(1);
}
if (!fs.existsSync('/dev/shm')) {
  console.error('bench-test-temp-folder: this machine has no /dev/shm.');
  process.exit(1);
}
const folders = { 'system temporary folder': os.tmpdir(), '/dev/shm': '/dev/shm' };

/** A new folder under `base` with the repository's package.json. */
function installFolder(base) {
  const dir = fs.mkdtempSync(path.join(base, 'bench-install-'));
  fs.copyFileSync(manifest, path.join(dir, 'package.json'));
  return dir;
}
const npmInstall = (cwd) => execFileSync('npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], { cwd, stdio: 'ignore' });

// One install first, so that npm's cache holds every package and its metadata for all the measured runs.
const warm = installFolder(os.tmpdir());
npmInstall(warm);
fs.rmSync(warm, { recursive: true, force: true });

const results = Object.fromEntries(Object.keys(folders).map((name) => [name, { install: [], remove: [] }]));
for (let run = 0; run < runs; run++) {
  for (const [name, base] of Object.entries(folders)) {
    const dir = installFolder(base);
    results[name].install.push(measureChildren(() => npmInstall(dir)));
    results[name].remove.push(measureChildren(() => execFileSync('rm', ['-rf', dir])));
  }
}

const format = (m) => `${m.wall.toFixed(1)} s wall, ${m.user.toFixed(1)} s user, ${m.system.toFixed(1)} s system`;
console.log(`npm install of ${manifest} (${runs} runs per folder, alternating), then rm -rf of the folder:`);
for (const [name, { install, remove }] of Object.entries(results)) {
  console.log(`  ${name} (${folders[name]}):`);
  install.forEach((m, i) => console.log(`    run ${i + 1}: install ${format(m)}; remove ${format(remove[i])}`));
}
