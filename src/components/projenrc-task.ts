import { Projenrc, TypeScriptProject } from 'projen/lib/typescript';

/** The command of this package that runs `.projenrc.ts` (`lib/projenrc-runner/run-projenrc.js`). */
export const PROJENRC_RUNNER_BIN = 'secure-aws-stack-projenrc';

/**
 * `npx projen` type-checks `.projenrc.ts` only when a file the previous passed check read has changed.
 *
 * projen runs `.projenrc.ts` through ts-node with type-checking, so every resync (and the first step of every build)
 * builds a TypeScript program of about 390 files (projen's, Node's and this package's declarations) to check one file
 * that rarely changes. The default task runs this package's runner instead (`src/projenrc-runner/`): it type-checks as
 * ts-node did, records a passed check with a hash of every file the check read, and skips the check while none of them
 * changed; it then runs the file with the platform library's TypeScript loader. A misspelt option is still a type
 * error, the first time and every time after.
 */
export function runProjenrcWithCachedTypeCheck(project: TypeScriptProject): void {
  const projenrc = project.components.find((c): c is Projenrc => c instanceof Projenrc);
  const task = project.defaultTask;
  if (!projenrc || !task) return;
  task.reset();
  task.addSteps({ execArgs: [PROJENRC_RUNNER_BIN, '--project', projenrc.tsconfig.fileName, projenrc.filePath] });
}
