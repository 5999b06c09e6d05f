import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

/**
 * Which releases of the template package the template-upgrade workflow proposes, each on its own branch
 * `<branchPrefix><version>`:
 * - `compatible`: the newest release of the installed major version (minor and patch releases; for 0.x, of the
 *   installed minor version, as npm's `^` range reads it);
 * - `major`: the newest release beyond it, which gets a pull request of its own naming both versions.
 * A target whose branch already exists is skipped: its pull request is open and may hold commits people added, so
 * the workflow never pushes over it.
 *
 * Usage (CI): upgrade-targets <package> <file listing existing branches>; writes current/compatible/major to
 * $GITHUB_OUTPUT.
 */

export interface UpgradeTargets {
  readonly current: string;
  readonly compatible?: string;
  readonly major?: string;
  /** Targets left alone because their branch exists. */
  readonly skipped: readonly string[];
}

type Version = readonly [number, number, number];

function parse(version: string): Version | undefined {
  const match = /^(\d+)\.(\d+)\.(\d+)$/.exec(version.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

function compare(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

/** `^current`: same major, or for 0.x the same minor. */
function isCompatible(current: Version, candidate: Version): boolean {
  return current[0] === 0 ? candidate[0] === 0 && candidate[1] === current[1] : candidate[0] === current[0];
}

export function upgradeTargets(
  currentVersion: string,
  published: readonly string[],
  existingBranches: readonly string[],
  branchPrefix: string,
): UpgradeTargets {
  const current = parse(currentVersion);
  if (!current) throw new Error(`the installed version "${currentVersion}" is not a release version (major.minor.patch)`);
  const newer = published
    .map((v) => ({ text: v.trim(), version: parse(v) }))
    .filter((v): v is { text: string; version: Version } => v.version !== undefined && compare(v.version, current) > 0)
    .sort((a, b) => compare(a.version, b.version));
  const compatible = newer.filter((v) => isCompatible(current, v.version)).pop()?.text;
  const major = newer.filter((v) => !isCompatible(current, v.version)).pop()?.text;
  const branches = new Set(existingBranches);
  const skipped = [compatible, major].filter((v): v is string => v !== undefined && branches.has(`${branchPrefix}${v}`));
  const keep = (v: string | undefined) => (v !== undefined && !skipped.includes(v) ? v : undefined);
  return { current: currentVersion.trim(), compatible: keep(compatible), major: keep(major), skipped };
}

/** Branch names from `git ls-remote --heads` output (`<sha>\trefs/heads/<name>`) or plain lines. */
export function branchesOf(listing: string): string[] {
  return listing
    .split('\n')
    .map((line) => (line.trim().split(/\s+/).pop() ?? '').replace(/^refs\/heads\//, ''))
    .filter((name) => name !== '');
}

function main(argv: readonly string[]): number {
  const [packageName, branchesFile, branchPrefix = 'github-actions/template-upgrade-'] = argv;
  if (!packageName || !branchesFile) {
    console.error('Usage: upgrade-targets <package> <file with existing branches> [branch prefix]');
    return 64;
  }
  const installed = JSON.parse(fs.readFileSync(path.join('node_modules', packageName, 'package.json'), 'utf-8')).version as string;
  const view = spawnSync('npm', ['view', packageName, 'versions', '--json'], { encoding: 'utf-8' });
  if (view.status !== 0) {
    console.error(`npm view ${packageName} versions failed:\n${view.stderr}`);
    return 1;
  }
  const published = ([] as string[]).concat(JSON.parse(view.stdout));
  const targets = upgradeTargets(installed, published, branchesOf(fs.readFileSync(branchesFile, 'utf-8')), branchPrefix);
  const lines = [`current=${targets.current}`, `compatible=${targets.compatible ?? ''}`, `major=${targets.major ?? ''}`];
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, `${lines.join('\n')}\n`);
  console.log(`${packageName} ${targets.current} installed; compatible release: ${targets.compatible ?? 'none'}; new major: ${targets.major ?? 'none'}`);
  for (const version of targets.skipped) console.log(`${version}: branch ${branchPrefix}${version} exists (its pull request is open): left as it is`);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
