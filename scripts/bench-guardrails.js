#!/usr/bin/env node
/**
 * Benchmark: how long the guardrails take to check a synthesized app (not a test; prints timings).
 *
 *   node scripts/bench-guardrails.js [outdir]
 *
 * Without an outdir, synthesizes the platform library with the test settings fixture into a temporary folder first
 * (the synthesis time is printed separately); with one (e.g. ../main-demo/cdktf.out after `npx projen scaffold`), checks it.
 * Loads the TypeScript sources through ts-node with swc, as the generated repositories' `guardrails` task does.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const { median } = require('./bench-support');

require('ts-node').register({ swc: true, transpileOnly: true, compilerOptions: { module: 'commonjs' } });
const root = path.resolve(__dirname, '..');
const { loadApp } = require(path.join(root, 'templates/platform/guardrails/app-model'));
const { runGuardrails } = require(path.join(root, 'templates/platform/guardrails/engine'));

function ms(start) {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

let outdir = process.argv[2];
let temporary;
if (!outdir) {
  const { App } = require('cdktf');
  const { buildPlatform } = require(path.join(root, 'templates/platform/platform'));
  const { settingsFixture } = require(path.join(root, 'test/platform/settings-fixture'));
  temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-guardrails-'));
  outdir = temporary;
  const start = process.hrtime.bigint();
  const app = new App({ outdir });
  buildPlatform(app, settingsFixture());
  app.synth();
  console.log(`synth (platform fixture):      ${ms(start).toFixed(0)} ms`);
}

try {
  const runs = [];
  let report;
  for (let i = 0; i < 5; i++) {
    const start = process.hrtime.bigint();
    report = runGuardrails(loadApp(outdir));
    runs.push(ms(start));
  }
  const [first, ...warm] = runs;
  console.log(`guardrails, first run (load + check): ${first.toFixed(1)} ms`);
  console.log(`guardrails, warm median:              ${median(warm).toFixed(1)} ms`);
  console.log(`${report.rules.length} rules, ${report.stats.resources} resources, ${report.stats.stacks} stacks, ${report.findings.length} findings`);
} finally {
  if (temporary) fs.rmSync(temporary, { recursive: true, force: true });
}
