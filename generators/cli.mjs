#!/usr/bin/env node
// secure-aws-stack <command>: `init` creates a repository (guided creation); `add` and `migrate` run inside one,
// as `npx projen add` and `npx projen migrate`.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { generators } from './lib.mjs';

const USAGE = {
  add: `npx projen add <component> <name> [--environments a,b] [--regions r1,r2] [--force] [--dry-run] [component options]
components: ${generators.COMPONENT_KINDS.map((k) => `\n  ${k.name}: ${k.description}${k.options.map((o) => `\n      --${o.flag}  ${o.description}${o.default === undefined ? '' : ` (default: ${o.default})`}`).join('')}`).join('')}`,
  migrate: 'npx projen migrate [--dry-run]',
  init: 'npx secure-aws-stack init [<directory>] [--answers <file.json>] [--from <package spec>]',
};

class UsageError extends Error {}

async function main(argv) {
  const [command, ...rest] = argv;
  switch (command) {
    case 'add':
      return add(rest);
    case 'migrate':
      return migrate(rest);
    case 'init': {
      const { init } = await import('./init.mjs');
      return init(rest);
    }
    default:
      throw new UsageError(`unknown command ${JSON.stringify(command ?? '')}; use one of:\n${Object.values(USAGE).map((u) => `  ${u.split('\n')[0]}`).join('\n')}`);
  }
}

function parse(args, options, usage) {
  try {
    return parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(`${error.message}\nusage: ${usage}`);
  }
}

function repositorySettings(cwd) {
  const file = path.join(cwd, generators.SETTINGS_FILE);
  if (!fs.existsSync(file)) {
    throw new UsageError(`no ${generators.SETTINGS_FILE} in ${cwd}: run this in the root of a repository created by secure-aws-stack (npx projen new --from secure-aws-stack)`);
  }
  return generators.readRepositorySettings(fs.readFileSync(file, 'utf-8'));
}

async function add(args) {
  const componentFlags = Object.fromEntries(
    generators.COMPONENT_KINDS.flatMap((k) => k.options).map((o) => [o.flag, { type: o.type === 'boolean' ? 'boolean' : 'string' }]),
  );
  const { values, positionals } = parse(
    args,
    { environments: { type: 'string' }, regions: { type: 'string' }, force: { type: 'boolean' }, 'dry-run': { type: 'boolean' }, ...componentFlags },
    USAGE.add,
  );
  if (values.help) return console.log(`usage: ${USAGE.add}`);
  if (positionals.length > 2) throw new UsageError(`unexpected arguments ${positionals.slice(2).join(' ')}\nusage: ${USAGE.add}`);
  const cwd = process.cwd();
  const settings = repositorySettings(cwd);
  const { onTerminal, runGenerator } = await import('./environment.mjs');
  const answers = {
    component: positionals[0],
    name: positionals[1],
    environments: values.environments,
    regions: values.regions,
    options: Object.fromEntries(Object.keys(componentFlags).filter((f) => values[f] !== undefined).map((f) => [f, values[f]])),
  };
  const interactive = onTerminal();
  const missing = generators.missingAddAnswers(answers);
  if (missing.length > 0 && !interactive) {
    throw new UsageError(`missing ${missing.join(' and ')}: this is not a terminal, so nothing can be asked; give every answer on the command line\nusage: ${USAGE.add}`);
  }
  // Bad answers given as flags fail before anything is asked or written.
  if (missing.length === 0) {
    // On a terminal a service's --host and --path are still to be asked: only the answers given are checked now.
    const ruleUnanswered = interactive && answers.options.host === undefined && answers.options.path === undefined;
    const problems = generators.resolveAddRequest(answers, settings).problems.filter((p) => !(ruleUnanswered && p.startsWith('--host/--path:')));
    if (problems.length > 0) throw new UsageError(`nothing was written:\n  - ${problems.join('\n  - ')}`);
  }
  const dryRun = Boolean(values['dry-run']);
  await runGenerator({
    cwd,
    dryRun,
    force: Boolean(values.force),
    namespace: 'secure-aws-stack:add',
    generatorFile: './add/index.mjs',
    options: { answers, settings, interactive, force: Boolean(values.force), dryRun },
  });
}

async function migrate(args) {
  const { values, positionals } = parse(args, { 'dry-run': { type: 'boolean' } }, USAGE.migrate);
  if (values.help) return console.log(`usage: ${USAGE.migrate}`);
  if (positionals.length > 0) throw new UsageError(`unexpected arguments ${positionals.join(' ')}\nusage: ${USAGE.migrate}`);
  const cwd = process.cwd();
  repositorySettings(cwd);
  const { runGenerator } = await import('./environment.mjs');
  const dryRun = Boolean(values['dry-run']);
  await runGenerator({ cwd, dryRun, namespace: 'secure-aws-stack:migrate', generatorFile: './migrate/index.mjs', options: { dryRun } });
}

main(process.argv.slice(2)).catch((error) => {
  const command = process.argv[2] ?? '';
  console.error(`secure-aws-stack ${command}: ${process.env.DEBUG ? error.stack : error.message ?? error}`);
  process.exit(error.migrationConflict ? 2 : 1);
});
