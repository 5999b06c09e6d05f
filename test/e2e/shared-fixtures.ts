import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { userShellEnv, packPackage, persistentTempDir, projenNew, projenVersion, REPO_ROOT, sh } from './harness';

/**
 * Fixtures built once and shared by every end-to-end test file of a run, whichever jest worker asks first (the
 * others wait for it), and reused by later runs while the package is byte-for-byte the same. They live outside the
 * checkout (jest and jsii-docgen would otherwise crawl their node_modules), in `$SAS_E2E_CACHE` or
 * `<system tmpdir>/sas-e2e-cache`:
 *
 *   package-<source hash>/secure-aws-stack-<version>.tgz    the packed package (sharedPackage)
 *   repo-<tarball + flags hash>/                            a scaffolded, built repository (sharedRepository)
 *
 * A shared repository is read-only by convention: a test that changes files takes its own copy
 * (copyOfSharedRepository), whose node_modules are hard links into the shared one (seconds, no disk).
 */
export const E2E_CACHE = process.env.SAS_E2E_CACHE ?? persistentTempDir('sas-e2e-cache');

/**
 * The tarball of this checkout as npm would publish it: compiled (unless `lib/` is newer than every source) and
 * packed once per distinct source tree.
 */
export function sharedPackage(): string {
  // Hashed once per test file, so that all its tests use the same package even if the sources change meanwhile.
  packageOfThisFile ??= sharedPackageOf(hashOf(packageSources()));
  return packageOfThisFile;
}
let packageOfThisFile: string | undefined;

function sharedPackageOf(key: string): string {
  return once(`package-${key}`, (dir) => {
    const tarball = packPackage(dir, { compile: compiledOutputIsStale() });
    return path.basename(tarball);
  });
}

/**
 * A repository scaffolded with `projen new --from secure-aws-stack@file:<sharedPackage()> <flags>` and built with
 * `npx projen build` (install, compile, synth, guardrails, its tests), once per package and flags. Treat it as
 * read-only: tests that change it use copyOfSharedRepository.
 */
export function sharedRepository(flags: readonly string[] = []): string {
  const tarball = sharedPackage();
  const key = hashOf([fs.readFileSync(tarball), JSON.stringify(flags), projenVersion()]);
  return once(`repo-${key}`, (dir) => {
    const repo = path.join(dir, 'repo');
    fs.mkdirSync(repo);
    projenNew(repo, `secure-aws-stack@file:${tarball}`, flags);
    if (!flags.includes('--no-post')) sh('npx', ['projen', 'build'], repo, userShellEnv());
    return 'repo';
  });
}

/**
 * A private, writable copy of sharedRepository(flags) in a new folder under `parent`: files are copied (the synthesized
 * `cdktf.out` included), node_modules are hard links, so the copy costs seconds and no disk.
 */
export function copyOfSharedRepository(parent: string, name: string, flags: readonly string[] = []): string {
  const source = sharedRepository(flags);
  const target = path.join(parent, name);
  fs.mkdirSync(target, { recursive: true });
  for (const entry of fs.readdirSync(source)) {
    const from = path.join(source, entry);
    if (entry === 'node_modules') sh('cp', ['-al', from, path.join(target, entry)], parent);
    else fs.cpSync(from, path.join(target, entry), { recursive: true, preserveTimestamps: true, verbatimSymlinks: true });
  }
  return target;
}

const WAIT_STEP_MS = 500;
const WAIT_LIMIT_MS = 30 * 60 * 1000;

/**
 * Builds `<E2E_CACHE>/<name>` once across processes: the first caller creates `<name>.lock` (an atomic mkdir) and
 * runs `build` in a scratch folder that is renamed into place when it succeeds; concurrent callers wait for it.
 * `build` returns the path of the result relative to the folder. A failed build leaves its error for the waiters and
 * is retried by the next run.
 */
function once(name: string, build: (dir: string) => string): string {
  fs.mkdirSync(E2E_CACHE, { recursive: true });
  const done = path.join(E2E_CACHE, name);
  const result = path.join(E2E_CACHE, `${name}.result`);
  const lock = path.join(E2E_CACHE, `${name}.lock`);
  const failure = path.join(lock, 'error.txt');
  const waited = Date.now();
  for (;;) {
    if (fs.existsSync(result)) return path.join(done, fs.readFileSync(result, 'utf-8'));
    try {
      fs.mkdirSync(lock);
      fs.writeFileSync(path.join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      if (builderIsGone(lock)) {
        fs.rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (fs.existsSync(failure)) {
        const message = fs.readFileSync(failure, 'utf-8');
        fs.rmSync(lock, { recursive: true, force: true });
        throw new Error(`the shared e2e fixture ${name} failed to build in another test file:\n${message}`);
      }
      if (Date.now() - waited > WAIT_LIMIT_MS) throw new Error(`timed out waiting for the shared e2e fixture ${name} (remove ${lock} if no test run is building it)`);
      sleep(WAIT_STEP_MS);
    }
  }
  const scratch = `${done}.building-${process.pid}`;
  try {
    fs.rmSync(done, { recursive: true, force: true });
    fs.mkdirSync(scratch, { recursive: true });
    const relative = build(scratch);
    fs.renameSync(scratch, done);
    fs.writeFileSync(result, relative);
    fs.rmSync(lock, { recursive: true, force: true });
    return path.join(done, relative);
  } catch (error) {
    fs.writeFileSync(failure, (error as Error).message);
    fs.rmSync(scratch, { recursive: true, force: true });
    throw error;
  }
}

/** A lock left by a process that no longer runs (a run that was killed) is stale. */
function builderIsGone(lock: string): boolean {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(path.join(lock, 'pid'), 'utf-8'));
  } catch {
    return false; // just created, pid not written yet
  }
  try {
    process.kill(pid, 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function hashOf(parts: ReadonlyArray<string | Buffer>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** What the package is built from: its sources, templates, manifest and docs (paths and contents). */
function packageSources(): Array<string | Buffer> {
  const parts: Array<string | Buffer> = [];
  for (const file of sourceFiles()) parts.push(path.relative(REPO_ROOT, file), fs.readFileSync(file));
  return parts;
}

function sourceFiles(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const child = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(child);
      else files.push(child);
    }
  };
  for (const dir of ['src', 'templates']) walk(path.join(REPO_ROOT, dir));
  for (const file of ['package.json', 'README.md', 'LICENSE', '.npmignore']) {
    if (fs.existsSync(path.join(REPO_ROOT, file))) files.push(path.join(REPO_ROOT, file));
  }
  return files;
}

/** Whether `lib/` (jsii's output and `.jsii` manifest) is older than a source of the package. */
function compiledOutputIsStale(): boolean {
  const manifest = path.join(REPO_ROOT, '.jsii');
  if (!fs.existsSync(manifest)) return true;
  const compiledAt = fs.statSync(manifest).mtimeMs;
  const srcFiles = sourceFiles().filter((f) => f.startsWith(path.join(REPO_ROOT, 'src') + path.sep) || f.endsWith('package.json'));
  return srcFiles.some((f) => fs.statSync(f).mtimeMs > compiledAt);
}
