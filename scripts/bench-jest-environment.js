#!/usr/bin/env node
// Benchmark: the package's jest environment (test/jest/fast-globals-environment.js, plain globals) side by side with
// jest's own node environment (a contextified proxy as the global), alternating, each run `jest -i` of the same test
// files in one process. Prints wall and CPU seconds; asserts nothing.
//
//   node scripts/bench-jest-environment.js [runs, default 3] [test file ...]
const { execFileSync } = require('child_process');
const path = require('path');
const { measureChildren, median } = require('./bench-support');

const root = path.resolve(__dirname, '..');
const runs = Number(process.argv[2] || 3);
/** Files that synthesize projects and platforms and run no Terraform: JavaScript in the test file's context. */
const files = process.argv.slice(3).length > 0 ? process.argv.slice(3) : [
  'test/platform/guardrails/presets.test.ts',
  'test/project.test.ts',
  'test/platform/skeleton/platform.test.ts',
  'test/platform/addresses/address-contract.test.ts',
  'test/ci/workflows.test.ts',
];
const environments = { 'jest (node)': ['--testEnvironment', 'node'], 'fast globals': [] };

const jest = path.join(root, 'node_modules', '.bin', 'jest');
const samples = Object.fromEntries(Object.keys(environments).map((name) => [name, []]));
for (let i = 0; i < runs; i++) {
  const order = i % 2 === 0 ? Object.keys(environments) : Object.keys(environments).reverse();
  for (const name of order) {
    samples[name].push(measureChildren(() => execFileSync(jest, ['-i', ...environments[name], ...files], { cwd: root, stdio: 'ignore' })));
  }
}

console.log(`jest -i of ${files.length} test files, ${runs} runs each, alternating`);
for (const [name, list] of Object.entries(samples)) {
  console.log(
    `  ${name.padEnd(12)}  wall median ${median(list.map((s) => s.wall)).toFixed(1)} s` +
      `  CPU median ${median(list.map((s) => s.cpu)).toFixed(1)} s (${list.map((s) => s.cpu.toFixed(1)).join(', ')})`,
  );
}
