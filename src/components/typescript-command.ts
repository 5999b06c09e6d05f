import { platformPath } from '../repository-layout';

/** The platform library's TypeScript loader (`templates/platform/tooling/register-typescript.js`) in a repository. */
export const TYPESCRIPT_LOADER = platformPath('tooling/register-typescript.js');

/**
 * The argv that runs a TypeScript file of a generated repository: node with the platform library's loader, which
 * compiles each file with swc as it is required (no compile step, no type-check; `npx projen build` type-checks).
 * The tasks and the workflows' scripts share it.
 */
export function typescriptCommand(entry: string, ...args: readonly string[]): string[] {
  return ['node', '--require', `./${TYPESCRIPT_LOADER}`, entry, ...args];
}
