import { platformPath } from '../repository-layout';

/** The TypeScript loader's path inside the platform library (this package's `templates/platform/`). */
export const TYPESCRIPT_LOADER_IN_LIBRARY = 'tooling/register-typescript.js';

/** The platform library's TypeScript loader in a repository. */
export const TYPESCRIPT_LOADER = platformPath(TYPESCRIPT_LOADER_IN_LIBRARY);

/**
 * The argv that runs a TypeScript file of a generated repository: node with the platform library's loader, which
 * compiles each file with swc as it is required (no compile step, no type-check; `npx projen build` type-checks).
 * The tasks and the workflows' scripts share it.
 */
export function typescriptCommand(entry: string, ...args: readonly string[]): string[] {
  return ['node', '--require', `./${TYPESCRIPT_LOADER}`, entry, ...args];
}
