#!/usr/bin/env node
/**
 * `npx projen` in a generated repository (its default task): type-checks `.projenrc.ts` unless the files the last
 * passed check read are unchanged (projenrc-type-check.ts), then runs it with the platform library's TypeScript loader.
 *
 *   secure-aws-stack-projenrc --project projenrc/tsconfig.json .projenrc.ts
 */
import * as fs from 'fs';
import * as Module from 'module';
import * as path from 'path';
import { parseArgs } from 'util';
import { typeCheckProjenrc } from './projenrc-type-check';
import { TYPESCRIPT_LOADER } from '../components/typescript-command';
import { PRINT_REJECTION_AND_EXIT } from '../resolve/invalid-options-error';

const USAGE = 'usage: secure-aws-stack-projenrc --project <tsconfig.json> <.projenrc.ts>';

class UsageError extends Error {}

/** Type-checks `.projenrc.ts` and registers a loader for it; whether it may run (as the main module). */
function prepare(argv: readonly string[]): boolean {
  const { values, positionals } = parsed(argv);
  const [entry, ...rest] = positionals;
  if (!entry || !values.project) throw new UsageError(USAGE);
  const root = process.cwd();
  if (!fs.existsSync(path.join(root, entry))) throw new UsageError(`${entry} does not exist in ${root}`);

  const { errors } = typeCheckProjenrc({ root, entry, tsconfig: values.project, pretty: Boolean(process.stderr.isTTY) });
  if (errors) {
    process.stderr.write(`${entry} does not type-check, so nothing was synthesized:\n${errors}`);
    process.exitCode = 1;
    return false;
  }
  registerTypeScript(root, values.project);
  process.argv = [process.argv[0], path.resolve(root, entry), ...rest];
  return true;
}

function parsed(argv: readonly string[]) {
  try {
    return parseArgs({ args: [...argv], options: { project: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n${USAGE}`);
  }
}

/**
 * The platform library's loader (swc, cached) when the repository has it; ts-node without its own type-check when it
 * does not (the library's files were deleted, or not written yet), so that `npx projen` can always write them again.
 */
function registerTypeScript(root: string, tsconfig: string): void {
  const loader = path.join(root, TYPESCRIPT_LOADER);
  if (fs.existsSync(loader)) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    require(loader);
    return;
  }
  let tsNode: string;
  try {
    tsNode = require.resolve('ts-node', { paths: [root] });
  } catch {
    throw new UsageError(`neither ${TYPESCRIPT_LOADER} nor ts-node is in ${root}: run "npm install"`);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(tsNode).register({ project: path.join(root, tsconfig), transpileOnly: true });
}

let ready = false;
try {
  ready = prepare(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`secure-aws-stack-projenrc: ${(error as Error).message}\n`);
  process.exitCode = error instanceof UsageError ? 2 : 1;
}
// As `node <entry>`: the entry is the main module, and what it throws is reported by node, stack trace and all; but
// invalid options are printed as a list, alone.
if (ready) {
  (globalThis as Record<symbol, unknown>)[PRINT_REJECTION_AND_EXIT] = true;
  (Module as unknown as { runMain(): void }).runMain();
}
