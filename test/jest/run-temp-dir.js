// One temporary folder per jest run, removed when the run ends: every test file, and every process they start, gets it
// as TMPDIR, so the synth outdirs, scaffolded repositories and Terraform folders of a run do not pile up in the system's
// temporary folder. The caches that later runs reuse (test/e2e/harness.ts, persistentTempDir) stay in the base folder
// that SAS_PERSISTENT_TMPDIR names (temporaryBase). SAS_KEEP_TEST_TMP=1 keeps the run's folder to look into after a
// failure.
const { spawn } = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');

const RUN_DIR = 'SAS_TEST_RUN_TMPDIR';
const MEMORY_FOLDER = '/dev/shm';
const TMPFS_MAGIC = 0x01021994;
/** A run keeps up to about 2 GB in it (scaffolded repositories, two copies of the 700 MB AWS provider). */
const MEMORY_FOLDER_MIN_FREE = 8 * 1024 ** 3;

/**
 * Where the run's folder and the caches go: SAS_PERSISTENT_TMPDIR when set; else the caller's TMPDIR when set; else,
 * under CI=true, the memory-backed /dev/shm when it is a tmpfs with 8 GiB free (a full run writes some 165,000 files,
 * most of them by npm installs of generated repositories, which spend half as much system time on a tmpfs as on a
 * journaling disk); else the system's temporary folder. Outside CI the caches are reused by later runs, so they stay
 * on disk instead of holding memory until the next reboot.
 */
function temporaryBase(env = process.env, statfs = writableFolderStats) {
  if (env.SAS_PERSISTENT_TMPDIR) return env.SAS_PERSISTENT_TMPDIR;
  if (env.TMPDIR) return env.TMPDIR;
  if (env.CI === 'true' && memoryFolderHasRoom(statfs)) return MEMORY_FOLDER;
  return os.tmpdir();
}

function memoryFolderHasRoom(statfs) {
  try {
    const stats = statfs(MEMORY_FOLDER);
    return stats.type === TMPFS_MAGIC && stats.bavail * stats.bsize >= MEMORY_FOLDER_MIN_FREE;
  } catch {
    return false;
  }
}

function writableFolderStats(dir) {
  fs.accessSync(dir, fs.constants.W_OK);
  return fs.statfsSync(dir);
}

function setup() {
  process.env.SAS_PERSISTENT_TMPDIR = temporaryBase();
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

module.exports = { setup, teardown, temporaryBase, MEMORY_FOLDER, TMPFS_MAGIC };
