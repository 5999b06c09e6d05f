import * as fs from 'fs';
import * as path from 'path';
import { TEMPLATES_DIR } from '../templates';

/**
 * Scripts for actions/github-script, written as CommonJS modules under `templates/ci/github-scripts/` (type-checked
 * and tested there) and inlined into the workflows, so that a workflow needs no checkout to run them. Each module
 * exports one async function of github-script's `{ github, context, core }`; the inlined script carries the module
 * and the modules it requires with `./`, and calls it.
 */
const SCRIPTS_DIR = path.join(TEMPLATES_DIR, 'ci', 'github-scripts');

/** Posts the plan of every stack to the pull request as one comment, updated on every push. */
export const PLAN_COMMENT_SCRIPT = githubScript('plan-comment');

/** Opens an issue when a stack differs from the code, updates it while drift lasts, and closes it once none is left. */
export const DRIFT_ISSUE_SCRIPT = githubScript('drift-issue');

/** The body of a github-script step that runs `templates/ci/github-scripts/<entry>.js`. */
export function githubScript(entry: string): string {
  const modules = new Map<string, string>();
  const collect = (name: string) => {
    if (modules.has(name)) return;
    const source = fs.readFileSync(path.join(SCRIPTS_DIR, `${name}.js`), 'utf-8').replace(/^\/\/ @ts-check\n/, '');
    modules.set(name, source);
    for (const [, local] of source.matchAll(/require\('\.\/([\w-]+)'\)/g)) collect(local);
  };
  collect(entry);
  const definitions = [...modules].map(([name, source]) => `modules['./${name}'] = (module, exports, require) => {\n${source.trimEnd()}\n};`);
  return [
    '// Generated from templates/ci/github-scripts of secure-aws-stack.',
    'const modules = {};',
    'const loaded = {};',
    'const load = (name) => {',
    '  if (!(name in modules)) return require(name);',
    '  if (!(name in loaded)) {',
    '    const module = { exports: {} };',
    '    loaded[name] = module;',
    '    modules[name](module, module.exports, load);',
    '  }',
    '  return loaded[name].exports;',
    '};',
    ...definitions,
    `await load('./${entry}')({ github, context, core });`,
    '',
  ].join('\n');
}
