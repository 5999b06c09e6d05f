import { execSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { NodePackageManager } from 'projen/lib/javascript';
import { freshDir, synthProject } from './synth-helper';
import { LOCAL_BINS_PATH_COMMAND } from '../src/components/local-bins-path';

/** What projen runs for npm and yarn 1 without LocalBinsPath. */
const NPM_PATH_COMMAND = 'npx -c "node --print process.env.PATH"';
const NODE_GYP_BIN = `${path.sep}node-gyp-bin`;

describe('the PATH of the tasks', () => {
  test.each([NodePackageManager.NPM, NodePackageManager.YARN_CLASSIC])('a repository on %s computes it with node alone, not with npx', (packageManager) => {
    expect(synthProject({ packageManager })['.projen/tasks.json'].env.PATH).toBe(`$(${LOCAL_BINS_PATH_COMMAND})`);
  });

  test('pnpm keeps the command projen has for it (its bins are not always in node_modules/.bin)', () => {
    const tasks = synthProject({ packageManager: NodePackageManager.PNPM })['.projen/tasks.json'];
    expect(tasks.env.PATH).toBe('$(pnpm -c exec "node --print process.env.PATH")');
  });

  test('it lists the folders npm would put before the PATH, in the same order', () => {
    const project = path.join(freshDir('sas-bins-'), 'infra', 'platform');
    fs.mkdirSync(project, { recursive: true });
    // The folder of this node first, so that both commands find node and npx.
    const callersPath = [path.dirname(process.execPath), '/usr/bin', '/bin'];
    const env = { ...process.env, PATH: callersPath.join(path.delimiter) };
    const run = (command: string) => execSync(command, { cwd: project, env, encoding: 'utf-8' }).trim().split(path.delimiter);

    const ours = run(LOCAL_BINS_PATH_COMMAND);
    expect(ours.slice(0, 3)).toEqual([
      path.join(project, 'node_modules', '.bin'),
      path.join(project, '..', 'node_modules', '.bin'),
      path.join(project, '..', '..', 'node_modules', '.bin'),
    ]);
    expect(ours.slice(-3)).toEqual(callersPath);
    // npm also adds the node-gyp folder of its install scripts, which tasks do not run.
    expect(ours).toEqual(run(NPM_PATH_COMMAND).filter((dir) => !dir.endsWith(NODE_GYP_BIN)));
  });
});
