import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from './e2e/harness';
import { freshDir, newProject } from './synth-helper';
import { assertSynthesizesInWorkingDirectory } from '../src/synthesis-folder';

describe('a NODE_ENV=test outside jest, which makes projen synthesize into a temporary folder', () => {
  test('is refused with the fix, and the empty folder projen made is removed', () => {
    const projenFolder = freshDir('projen.');
    const cwd = freshDir('payments-infra-');
    expect(() => assertSynthesizesInWorkingDirectory(projenFolder, undefined, { NODE_ENV: 'test' }, cwd)).toThrow(
      `secure-aws-stack: NODE_ENV=test is set, so projen takes this run for one of its own unit tests: it would synthesize the project into ${projenFolder} `
      + `(a new temporary folder) instead of ${cwd}, and print nothing. Run projen without it (e.g. \`env -u NODE_ENV npx projen\`), `
      + 'and set NODE_ENV=test only for the commands that run tests.',
    );
    expect(fs.existsSync(projenFolder)).toBe(false);
  });

  test('is accepted under jest, with an outdir option, with another NODE_ENV, or when the folder is the working directory', () => {
    const elsewhere = freshDir('projen.');
    const cwd = freshDir('payments-infra-');
    expect(() => assertSynthesizesInWorkingDirectory(elsewhere, undefined, { NODE_ENV: 'test', JEST_WORKER_ID: '1' }, cwd)).not.toThrow();
    expect(() => assertSynthesizesInWorkingDirectory(elsewhere, elsewhere, { NODE_ENV: 'test' }, cwd)).not.toThrow();
    expect(() => assertSynthesizesInWorkingDirectory(elsewhere, undefined, { NODE_ENV: 'production' }, cwd)).not.toThrow();
    expect(() => assertSynthesizesInWorkingDirectory(elsewhere, undefined, {}, cwd)).not.toThrow();
    expect(() => assertSynthesizesInWorkingDirectory(elsewhere, undefined, { NODE_ENV: 'test' }, elsewhere)).not.toThrow();
    expect(fs.existsSync(elsewhere)).toBe(true);
  });

  describe('in the project type, run where a repository is (outside the temporary folder)', () => {
    const saved = { ...process.env };
    const savedCwd = process.cwd();
    afterEach(() => {
      process.env = { ...saved };
      process.chdir(savedCwd);
    });

    test('the constructor refuses it before anything is written, and leaves no projen folder behind', () => {
      // The checkout is outside the temporary folder, as a repository is where projen picks a folder of its own.
      expect(path.relative(os.tmpdir(), REPO_ROOT).startsWith('..')).toBe(true);
      const projenFolders = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith('projen.'));
      const before = projenFolders();
      process.chdir(REPO_ROOT);
      const { JEST_WORKER_ID: _worker, ...env } = saved;
      process.env = { ...env, NODE_ENV: 'test' };
      expect(() => newProject({ outdir: undefined })).toThrow(`instead of ${REPO_ROOT}, and print nothing`);
      expect(projenFolders()).toEqual(before);
    });
  });
});
