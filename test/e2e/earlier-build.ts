import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT, sh } from './harness';

/**
 * The package as released at an earlier commit, which the upgrade test scaffolds with before upgrading to this
 * checkout. Teams upgrade from a published tarball, so the baseline is one too: recorded once in
 * `test/fixtures/upgrade-baseline/` (`npx projen upgrade-baseline:record`) instead of rebuilt from git by every run.
 * The build is reproducible (recording the same commit again writes the same bytes), and the tarball's SHA-256 is
 * checked before use. A newer release tag, or `SAS_UPGRADE_FROM`, is built from git.
 */
export const RECORDED_BASELINE_DIR = path.join(REPO_ROOT, 'test', 'fixtures', 'upgrade-baseline');
/** The file beside the tarball that records its commit and SHA-256. */
export const PROVENANCE = 'provenance.json';

/** What `provenance.json` says about the recorded tarball. */
export interface RecordedBaseline {
  /** The commit the tarball was built from. */
  readonly commit: string;
  /** The tarball's file name, in RECORDED_BASELINE_DIR. */
  readonly tarball: string;
  /** Its SHA-256, checked before every use. */
  readonly sha256: string;
  /** How it was built: packAt below, and the node and npm versions. */
  readonly builtWith: string;
}

export interface EarlierBuild {
  /** The commit or tag the package was built from. */
  readonly ref: string;
  /** The packed package. */
  readonly tarball: string;
  /** Whether it is the recorded tarball or was built from git for this run. */
  readonly source: 'recorded' | 'built from git';
}

export function readRecordedBaseline(dir = RECORDED_BASELINE_DIR): RecordedBaseline {
  return JSON.parse(fs.readFileSync(path.join(dir, PROVENANCE), 'utf-8'));
}

/** The baseline to upgrade from: `SAS_UPGRADE_FROM`, else the newest release tag before HEAD, else the recorded one. */
export function earlierBuild(destination: string, recordedDir = RECORDED_BASELINE_DIR): EarlierBuild {
  const ref = process.env.SAS_UPGRADE_FROM ?? newestReleaseTag();
  if (ref) return { ref, tarball: packAt(ref, destination), source: 'built from git' };
  const recorded = readRecordedBaseline(recordedDir);
  const tarball = path.join(recordedDir, recorded.tarball);
  const actual = sha256Of(tarball);
  if (actual !== recorded.sha256) {
    throw new Error(
      `${path.relative(REPO_ROOT, tarball)} has SHA-256 ${actual}, but ${path.relative(REPO_ROOT, path.join(recordedDir, PROVENANCE))} records ${recorded.sha256}; ` +
        `record it again with \`npx projen upgrade-baseline:record ${recorded.commit}\``,
    );
  }
  return { ref: recorded.commit, tarball, source: 'recorded' };
}

function newestReleaseTag(): string | undefined {
  const tags = sh('git', ['tag', '--merged', 'HEAD', '--no-contains', 'HEAD', '--list', 'v*', '--sort=-version:refname'], REPO_ROOT)
    .trim()
    .split('\n')
    .filter(Boolean);
  return tags[0];
}

/**
 * Builds and packs the package as it was at `ref`: its tree from `git archive` (the checkout is not touched), this
 * checkout's node_modules when the lock file is the same (else `npm ci`), then `npx projen compile` and `npm pack`.
 */
export function packAt(ref: string, destination: string): string {
  const tree = path.join(destination, 'tree');
  fs.mkdirSync(tree, { recursive: true });
  sh('bash', ['-c', 'git archive --format=tar "$REF" | tar -x -C "$TREE"'], REPO_ROOT, { ...process.env, REF: ref, TREE: tree });
  const sameLock = fs.readFileSync(path.join(tree, 'package-lock.json'), 'utf-8') === fs.readFileSync(path.join(REPO_ROOT, 'package-lock.json'), 'utf-8');
  if (sameLock) fs.symlinkSync(path.join(REPO_ROOT, 'node_modules'), path.join(tree, 'node_modules'), 'dir');
  else sh('npm', ['ci', '--no-audit', '--no-fund'], tree);
  // The anti-tamper recorder of .ci/run watches this checkout, not the extracted tree (which is no git repository).
  const { SAS_TREE_CHANGES: _recorder, ...compileEnv } = process.env;
  sh('npx', ['projen', 'compile'], tree, compileEnv);
  const name = sh('npm', ['pack', '--silent', '--pack-destination', destination], tree).trim().split('\n').pop()!;
  return path.join(destination, name);
}

export function sha256Of(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
