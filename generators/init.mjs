// `npx secure-aws-stack init`: guided creation of a repository. Asks the questions (or reads --answers), validates
// every answer with the resolver of `projen new` before anything is written, runs `projen new --from
// secure-aws-stack` with them, and writes the struct options flags cannot carry (capabilities) into .projenrc.ts.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { generators, packageJson } from './lib.mjs';

const { INIT_QUESTIONS, addCapabilitiesToProjenrc, planInit } = generators;
const USAGE = 'npx secure-aws-stack init [<directory>] [--answers <file.json>] [--from <package spec>] [--no-git] [--no-post]';

export async function init(args) {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      options: {
        answers: { type: 'string' },
        from: { type: 'string' },
        'no-git': { type: 'boolean' },
        'no-post': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new Error(`${error.message}\nusage: ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return console.log(`usage: ${USAGE}\nanswers file keys: ${[...INIT_QUESTIONS.map((q) => q.key), 'accountIds', 'capabilities'].join(', ')}`);
  if (positionals.length > 1) throw new Error(`unexpected arguments ${positionals.slice(1).join(' ')}\nusage: ${USAGE}`);
  const directory = path.resolve(positionals[0] ?? '.');
  if (fs.existsSync(directory) && fs.readdirSync(directory).length > 0) {
    throw new Error(`${directory} is not empty: init creates a repository in a new or empty directory`);
  }

  const answers = values.answers ? readAnswers(values.answers) : await askOnTerminal();
  const { plan, problems } = planInit(answers, path.basename(directory));
  if (!plan) throw new Error(`nothing was written; fix these answers:\n  - ${problems.join('\n  - ')}`);

  fs.mkdirSync(directory, { recursive: true });
  const require = createRequire(import.meta.url);
  const projenDir = path.dirname(require.resolve('projen/package.json'));
  const projenVersion = require('projen/package.json').version;
  const projen = (projenArgs) => {
    const { CI: _ci, ...env } = process.env; // with CI set, projen would `npm ci` before a lock file exists
    const result = spawnSync(process.execPath, [path.join(projenDir, 'bin', 'projen'), ...projenArgs], { cwd: directory, stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`projen ${projenArgs[0] ?? ''} failed (exit ${result.status}) in ${directory}`);
  };
  const from = values.from ?? `secure-aws-stack@${packageJson.version}`;
  console.log(`Creating ${directory}: projen new --from ${from} ${plan.projenNewFlags.join(' ')}`);
  const passThrough = [...(values['no-git'] ? ['--no-git'] : []), ...(values['no-post'] ? ['--no-post'] : [])];
  projen(['new', '--from', from, '--projen-version', projenVersion, ...passThrough, ...plan.projenNewFlags]);
  if (plan.capabilities) {
    const projenrc = path.join(directory, '.projenrc.ts');
    fs.writeFileSync(projenrc, addCapabilitiesToProjenrc(fs.readFileSync(projenrc, 'utf-8'), plan.capabilities));
    if (values['no-post']) {
      console.log('Added the capabilities to .projenrc.ts; run npx projen after installing (--no-post skipped it)');
    } else {
      console.log('Added the capabilities to .projenrc.ts; synthesizing (npx projen)');
      projen([]);
    }
  }
  console.log(`Done: cd ${path.relative(process.cwd(), directory) || '.'} && npx projen build`);
}

function readAnswers(file) {
  let text;
  try {
    text = fs.readFileSync(file, 'utf-8');
  } catch (error) {
    throw new Error(`--answers ${file}: cannot be read (${error.code ?? error.message})`);
  }
  try {
    const answers = JSON.parse(text);
    if (answers === null || typeof answers !== 'object' || Array.isArray(answers)) throw new Error('not an object');
    return answers;
  } catch (error) {
    throw new Error(`--answers ${file}: is not a JSON object of answers (${error.message})`);
  }
}

async function askOnTerminal() {
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new Error(
      `this is not a terminal, so nothing can be asked: give the answers with --answers <file.json> (keys: ${[...INIT_QUESTIONS.map((q) => q.key), 'accountIds', 'capabilities'].join(', ')})`,
    );
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answers = {};
    for (const question of INIT_QUESTIONS) {
      const suffix = question.default !== undefined ? ` [${question.default}]` : '';
      const raw = (await rl.question(`? ${question.message}${suffix}: `)).trim() || question.default || '';
      if (raw === '') continue;
      answers[question.key] = question.kind === 'list' ? raw.split(',').map((v) => v.trim()).filter(Boolean) : raw;
      if (question.key === 'environments') {
        const accountIds = {};
        for (const env of answers.environments) {
          const id = (await rl.question(`? Account id of ${env} (12 digits; empty: a placeholder that never deploys): `)).trim();
          if (id) accountIds[env] = id;
        }
        if (Object.keys(accountIds).length > 0) answers.accountIds = accountIds;
      }
    }
    return answers;
  } finally {
    rl.close();
  }
}
