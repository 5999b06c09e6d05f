import { Component } from 'projen';
import { NodePackageManager, NodeProject } from 'projen/lib/javascript';

/**
 * The PATH of every projen task: `node_modules/.bin` of the project folder and of each folder above it (where npm
 * also looks), then the caller's PATH.
 *
 * projen's npm and yarn 1 projects compute it with `$(npx -c "node --print process.env.PATH")`: every `npx projen
 * <task>` (and `npx projen build` twice) starts npm, about 1.1 s of CPU and 1 s of wall time, only to print a PATH.
 * This command starts only node (about 0.1 s) and prints the same folders, without the node-gyp folder that npm adds
 * for package install scripts, which tasks do not run.
 */
export const LOCAL_BINS_PATH_COMMAND =
  'node -e "const p = require(\'path\'); const bins = [];' +
  " for (let dir = process.cwd(); ; dir = p.dirname(dir)) { bins.push(p.join(dir, 'node_modules', '.bin')); if (p.dirname(dir) === dir) break; }" +
  ' console.log([...bins, process.env.PATH].join(p.delimiter))"';

/** The package managers for which projen runs `npx -c`: they install every bin in `node_modules/.bin`. */
const NODE_MODULES_BIN_MANAGERS: readonly NodePackageManager[] = [NodePackageManager.NPM, NodePackageManager.YARN_CLASSIC, NodePackageManager.YARN];

/**
 * Sets the PATH of the project's tasks with LOCAL_BINS_PATH_COMMAND, for npm and yarn 1. Yarn 2+ (Plug'n'Play), pnpm
 * and bun keep projen's command for them.
 */
export class LocalBinsPath extends Component {
  constructor(project: NodeProject) {
    super(project);
    if (NODE_MODULES_BIN_MANAGERS.includes(project.package.packageManager)) project.tasks.addEnvironment('PATH', `$(${LOCAL_BINS_PATH_COMMAND})`);
  }
}
