import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { packAt, PROVENANCE, RECORDED_BASELINE_DIR, readRecordedBaseline, RecordedBaseline, sha256Of } from './earlier-build';
import { REPO_ROOT, sh } from './harness';

/**
 * `npx projen upgrade-baseline:record [commit]`: builds the package at the commit (default: the one recorded now) the
 * way earlier-build.ts does, and records the tarball and its provenance in test/fixtures/upgrade-baseline/ for the
 * upgrade test. Commit both files.
 */
function main(): void {
  const requested = process.argv[2] ?? readRecordedBaseline().commit;
  let commit: string;
  try {
    commit = sh('git', ['rev-parse', '--verify', `${requested}^{commit}`], REPO_ROOT).trim();
  } catch {
    console.error(`upgrade-baseline:record: "${requested}" is not a commit of this repository; give a commit, tag or branch`);
    process.exit(1);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sas-upgrade-baseline-'));
  try {
    const built = packAt(commit, scratch);
    fs.mkdirSync(RECORDED_BASELINE_DIR, { recursive: true });
    const tarball = `secure-aws-stack-${commit.slice(0, 12)}.tgz`;
    for (const old of fs.readdirSync(RECORDED_BASELINE_DIR).filter((f) => f.endsWith('.tgz'))) fs.rmSync(path.join(RECORDED_BASELINE_DIR, old));
    fs.copyFileSync(built, path.join(RECORDED_BASELINE_DIR, tarball));
    const provenance: RecordedBaseline = {
      commit,
      tarball,
      sha256: sha256Of(built),
      builtWith: `packAt of test/e2e/earlier-build.ts, node ${process.version}, npm ${sh('npm', ['--version'], REPO_ROOT).trim()}`,
    };
    fs.writeFileSync(path.join(RECORDED_BASELINE_DIR, PROVENANCE), `${JSON.stringify(provenance, undefined, 2)}\n`);
    console.log(`recorded ${path.relative(REPO_ROOT, path.join(RECORDED_BASELINE_DIR, tarball))} (${fs.statSync(built).size} bytes) from ${commit}`);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

main();
