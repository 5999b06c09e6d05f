import * as fs from 'fs';
import * as path from 'path';

/**
 * Refuses a run of `.projenrc.ts` that projen would synthesize somewhere other than where it runs.
 *
 * projen takes `NODE_ENV=test` for one of its own unit tests: without an `outdir` option, and outside the system's
 * temporary folder, it synthesizes the project into a new temporary folder, installs its packages there and prints
 * nothing. Under jest (`JEST_WORKER_ID`) that is what a team's unit test of its project wants. Anywhere else it is a
 * `NODE_ENV=test` exported by a shell or a CI job, and `npx projen` would leave the repository as it was while a
 * `git diff --exit-code` after it passes. The empty folder projen made is removed before the error is thrown.
 */
export function assertSynthesizesInWorkingDirectory(
  outdir: string,
  outdirOption: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
  cwd: string = process.cwd(),
): void {
  if (env.NODE_ENV !== 'test' || env.JEST_WORKER_ID !== undefined || outdirOption !== undefined) return;
  const target = path.resolve(outdir);
  if (target === path.resolve(cwd) || target === fs.realpathSync(cwd)) return;
  if (fs.existsSync(target) && fs.readdirSync(target).length === 0) fs.rmdirSync(target);
  throw new Error(
    `secure-aws-stack: NODE_ENV=test is set, so projen takes this run for one of its own unit tests: it would synthesize the project into ${target} `
    + `(a new temporary folder) instead of ${cwd}, and print nothing. Run projen without it (e.g. \`env -u NODE_ENV npx projen\`), `
    + 'and set NODE_ENV=test only for the commands that run tests.',
  );
}
