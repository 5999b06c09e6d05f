// One temporary folder per jest run, removed when the run ends: every test file, and every process they start, gets it
// as TMPDIR, so the synth outdirs, scaffolded repositories and Terraform folders of a run do not pile up in the system's
// temporary folder. The caches that later runs reuse (test/e2e/harness.ts, persistentTempDir) stay in the system's
// one, which SAS_PERSISTENT_TMPDIR names. SAS_KEEP_TEST_TMP=1 keeps the run's folder to look into after a failure.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RUN_DIR = 'SAS_TEST_RUN_TMPDIR';

function setup() {
  process.env.SAS_PERSISTENT_TMPDIR ??= os.tmpdir();
  const dir = fs.mkdtempSync(path.join(process.env.SAS_PERSISTENT_TMPDIR, 'sas-test-run-'));
  process.env[RUN_DIR] = dir;
  process.env.TMPDIR = dir;
}

function teardown() {
  const dir = process.env[RUN_DIR];
  if (!dir) return;
  if (process.env.SAS_KEEP_TEST_TMP) {
    console.log(`\nKept the temporary folder of this run (SAS_KEEP_TEST_TMP): ${dir}`);
    return;
  }
  // A full run leaves some 165,000 files (scaffolded repositories): a detached process removes them, so that the run
  // does not wait for the disk.
  const remover = `require('fs').rmSync(${JSON.stringify(dir)}, { recursive: true, force: true })`;
  spawn(process.execPath, ['-e', remover], { detached: true, stdio: 'ignore' }).unref();
}

module.exports = { setup, teardown };
