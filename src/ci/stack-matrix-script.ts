import { Project } from 'projen';
import { ManagedSourceFile } from '../components/managed-source-file';

/** Where the script lands in the generated repository. */
export const STACK_MATRIX_SCRIPT = '.github/scripts/stack-matrix.js';

/**
 * The stacks that CI plans, deploys and checks for drift are read from the synthesized app
 * (`cdktf.out/manifest.json`), not computed from the settings: src/main.ts belongs to the team, which may add stacks
 * of its own, and whether an environment has a replication stack depends on its capabilities. Reading the manifest
 * keeps the workflows right whatever the app holds, at the cost of a synth job before the fan-out.
 *
 * The script groups the stacks by environment (`<environment>-...`, the platform's naming) in dependency order and
 * writes them as the `stacks` step output, e.g. `{"dev":["dev-account","dev-us-east-1"],"production":[...]}`. It
 * fails, naming the stack, when a stack belongs to no environment, when its name cannot be an artifact or folder
 * name, when it depends on a stack of a later environment, or when an environment has no stack.
 * Plain CommonJS without dependencies: it runs with the runner's node before anything is installed.
 */
export const STACK_MATRIX_SOURCE = `'use strict';
// Usage: node ${STACK_MATRIX_SCRIPT} <cdktf outdir> <environment> [environment ...]
const fs = require('fs');
const path = require('path');

function stackMatrix(manifest, environments) {
  // Bootstrap stacks (<environment>-bootstrap) are applied by hand once, never by CI: see docs/platform.md.
  const stacks = Object.values(manifest.stacks || {}).filter((s) => !/-bootstrap$/.test(s.name)).map((s) => ({
    name: s.name,
    workingDirectory: s.workingDirectory,
    dependencies: s.dependencies || [],
  }));
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const environmentOf = (name) => environments.find((env) => name.startsWith(env + '-'));
  const rank = (name) => environments.indexOf(environmentOf(name));
  const problems = [];
  for (const stack of stacks) {
    if (!/^[A-Za-z0-9_-]+$/.test(stack.name)) {
      problems.push('stack "' + stack.name + '" cannot be an artifact name: use letters, digits, "-" and "_"');
      continue;
    }
    if (!environmentOf(stack.name)) {
      problems.push('stack "' + stack.name + '" belongs to no environment: name it "<environment>-..." with one of ' + environments.join(', '));
    }
    if (stack.workingDirectory !== 'stacks/' + stack.name) {
      problems.push('stack "' + stack.name + '" is synthesized into "' + stack.workingDirectory + '", not "stacks/' + stack.name + '"');
    }
    for (const dependency of stack.dependencies) {
      if (!byName.has(dependency)) {
        problems.push('stack "' + stack.name + '" depends on unknown stack "' + dependency + '"');
      } else if (environmentOf(stack.name) && rank(dependency) > rank(stack.name)) {
        problems.push('stack "' + stack.name + '" depends on "' + dependency + '" of a later environment: environments deploy in the order ' + environments.join(', '));
      }
    }
  }
  for (const env of environments) {
    if (!stacks.some((s) => environmentOf(s.name) === env)) {
      problems.push('environment "' + env + '" has no stack (stacks are named "' + env + '-...")');
    }
  }
  if (problems.length > 0) throw new Error(problems.join('\\n'));

  const ordered = [];
  const state = new Map();
  const visit = (stack, trail) => {
    if (state.get(stack.name) === 'done') return;
    if (state.get(stack.name) === 'visiting') {
      throw new Error('stack dependency cycle: ' + trail.concat(stack.name).join(' -> '));
    }
    state.set(stack.name, 'visiting');
    stack.dependencies.forEach((d) => visit(byName.get(d), trail.concat(stack.name)));
    state.set(stack.name, 'done');
    ordered.push(stack.name);
  };
  [...stacks].sort((a, b) => a.name.localeCompare(b.name)).forEach((s) => visit(s, []));
  return Object.fromEntries(environments.map((env) => [env, ordered.filter((name) => environmentOf(name) === env)]));
}

function main(argv) {
  const [outdir, ...environments] = argv;
  if (!outdir || environments.length === 0) {
    console.error('Usage: node ${STACK_MATRIX_SCRIPT} <cdktf outdir> <environment> [environment ...]');
    return 64;
  }
  let matrix;
  try {
    const manifestPath = path.join(outdir, 'manifest.json');
    if (!fs.existsSync(manifestPath)) throw new Error(manifestPath + ' does not exist: synthesize the app first');
    matrix = stackMatrix(JSON.parse(fs.readFileSync(manifestPath, 'utf-8')), environments);
  } catch (error) {
    error.message.split('\\n').forEach((line) => console.log('::error::' + line));
    return 1;
  }
  const json = JSON.stringify(matrix);
  if (process.env.GITHUB_OUTPUT) fs.appendFileSync(process.env.GITHUB_OUTPUT, 'stacks=' + json + '\\n');
  if (process.env.GITHUB_STEP_SUMMARY) {
    const rows = environments.map((env) => '| ' + env + ' | ' + matrix[env].join(', ') + ' |');
    fs.appendFileSync(process.env.GITHUB_STEP_SUMMARY, ['| Environment | Stacks, in deployment order |', '| --- | --- |'].concat(rows).join('\\n') + '\\n');
  }
  console.log(json);
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
} else {
  module.exports = { stackMatrix, main };
}
`;

/** The managed stack-matrix script of the generated repository. */
export function addStackMatrixScript(project: Project): ManagedSourceFile {
  return new ManagedSourceFile(project, STACK_MATRIX_SCRIPT, STACK_MATRIX_SOURCE);
}
