// Runs one of the package's yeoman generators in a repository: yeoman writes the files the team owns, with its
// conflict handling (a changed file is never overwritten without asking; dry run; abort on conflict off a terminal).
import { fileURLToPath } from 'node:url';
import { loadYeoman } from './yeoman.mjs';

/** Whether questions can be asked: standard input and output are a terminal. */
export function onTerminal() {
  return Boolean(process.stdin.isTTY && process.stdout.isTTY);
}

/**
 * Runs a generator (a module whose default export makes the generator class from yeoman-generator's base class).
 * @param {{ cwd: string, dryRun?: boolean, force?: boolean, options: object, namespace: string, generatorFile: string }} run
 */
export async function runGenerator({ cwd, dryRun = false, force = false, options, namespace, generatorFile }) {
  const { createEnv, Generator, TerminalAdapter } = await loadYeoman(cwd);
  // Off a terminal nobody can answer yeoman's conflict question: abort instead of waiting or crashing.
  class NoTerminalAdapter extends TerminalAdapter {
    async prompt(questions) {
      const names = [questions].flat().map((q) => q.name).join(', ');
      throw new Error(`a file conflicts (question: ${names}) and this is not a terminal: aborted. Rerun with --force to overwrite, or --dry-run to see the differences.`);
    }
  }
  const adapter = onTerminal() ? new TerminalAdapter() : new NoTerminalAdapter();
  const env = createEnv({ cwd, adapter, dryRun, force, skipInstall: true });
  const file = new URL(generatorFile, import.meta.url);
  const { default: createGenerator } = await import(file.href);
  env.register(createGenerator(Generator), { namespace, resolved: fileURLToPath(file), packagePath: fileURLToPath(new URL('..', import.meta.url)) });
  const generator = await env.create(namespace, { generatorArgs: [], generatorOptions: { ...options, skipInstall: true } });
  await env.runGenerator(generator);
  return generator;
}
