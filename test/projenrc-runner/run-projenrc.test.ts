import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as ts from 'typescript';
import { NODE_MODULES, projenrcRepository, VALID_PROJENRC } from './projenrc-repository';
import { TYPESCRIPT_LOADER } from '../../src/components/typescript-command';
import { freshDir } from '../synth-helper';
import { TEMPLATE_TYPESCRIPT_LOADER } from '../template-loader';

const REPO_ROOT = path.resolve(__dirname, '../..');

/**
 * The runner as the package ships it (plain JavaScript that node runs as the `secure-aws-stack-projenrc` bin):
 * its sources transpiled into a scratch folder with the same layout as `lib/`.
 */
function shippedRunner(): string {
  const out = freshDir('sas-projenrc-runner-');
  const sources = ['projenrc-runner/run-projenrc.ts', 'projenrc-runner/projenrc-type-check.ts', 'components/typescript-command.ts', 'repository-layout.ts', 'resolve/invalid-options-error.ts'];
  for (const source of sources) {
    const { outputText } = ts.transpileModule(fs.readFileSync(path.join(REPO_ROOT, 'src', source), 'utf-8'), {
      compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2020, esModuleInterop: false },
    });
    fs.mkdirSync(path.dirname(path.join(out, source)), { recursive: true });
    fs.writeFileSync(path.join(out, source.replace(/\.ts$/, '.js')), outputText);
  }
  return path.join(out, 'projenrc-runner', 'run-projenrc.js');
}

const RUNNER = shippedRunner();

/** `secure-aws-stack-projenrc --project projenrc/tsconfig.json .projenrc.ts`, as the default task runs it. */
function runProjenrc(root: string, ...args: string[]) {
  const argv = args.length > 0 ? args : ['--project', 'projenrc/tsconfig.json', '.projenrc.ts'];
  return spawnSync(process.execPath, [RUNNER, ...argv], { cwd: root, encoding: 'utf-8' });
}

/** The repository with the platform library's loader (and swc) in place, as after `projen new`. */
function withPlatformLoader(root: string): string {
  fs.mkdirSync(path.dirname(path.join(root, TYPESCRIPT_LOADER)), { recursive: true });
  fs.copyFileSync(TEMPLATE_TYPESCRIPT_LOADER, path.join(root, TYPESCRIPT_LOADER));
  fs.mkdirSync(path.join(root, 'node_modules', '@swc'), { recursive: true });
  fs.symlinkSync(path.join(NODE_MODULES, '@swc', 'core'), path.join(root, 'node_modules', '@swc', 'core'), 'dir');
  return root;
}

const configured = (root: string) => JSON.parse(fs.readFileSync(path.join(root, 'configured.json'), 'utf-8'));

describe('secure-aws-stack-projenrc (the default task of a generated repository)', () => {
  test('runs .projenrc.ts as the main module with the platform library\'s loader, after the type-check; invalid options would be printed alone', () => {
    const root = withPlatformLoader(projenrcRepository(VALID_PROJENRC));
    for (let run = 0; run < 2; run++) {
      const ran = runProjenrc(root);
      expect({ status: ran.status, stderr: ran.stderr }).toEqual({ status: 0, stderr: '' });
      expect(configured(root)).toEqual({ options: { name: 'payments' }, main: path.join(root, '.projenrc.ts'), argv: [], printsRejections: true });
      fs.rmSync(path.join(root, 'configured.json'));
    }
    // Compiled by swc through the loader, whose cache keeps the entry.
    expect(fs.readdirSync(path.join(root, 'node_modules/.cache/secure-aws-stack/typescript')).filter((f) => f.endsWith('.js'))).toHaveLength(1);
  });

  test('a file that does not type-check is not run: the errors name the file, line and column', () => {
    const root = withPlatformLoader(projenrcRepository("import { configure } from 'options-package';\n\nconfigure({ name: 'payments', regionz: [] });\n"));
    const ran = runProjenrc(root);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('.projenrc.ts does not type-check, so nothing was synthesized:');
    expect(ran.stderr).toContain(".projenrc.ts(3,31): error TS2561: Object literal may only specify known properties, but 'regionz' does not exist in type 'Options'.");
    expect(fs.existsSync(path.join(root, 'configured.json'))).toBe(false);
  });

  test('what .projenrc.ts throws is reported by node with its TypeScript line', () => {
    const root = withPlatformLoader(projenrcRepository("import { configure } from 'options-package';\n\nconfigure({ name: 'payments' });\nthrow new Error('bad option');\n"));
    const ran = runProjenrc(root);
    expect(ran.status).toBe(1);
    expect(ran.stderr).toContain('Error: bad option');
    expect(ran.stderr).toContain(`${path.join(root, '.projenrc.ts')}:4:7`);
  });

  test('without the platform library (deleted, or not written yet) it runs through ts-node, so npx projen can write it again', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    fs.symlinkSync(path.join(NODE_MODULES, 'ts-node'), path.join(root, 'node_modules', 'ts-node'), 'dir');
    const ran = runProjenrc(root);
    expect({ status: ran.status, stderr: ran.stderr }).toEqual({ status: 0, stderr: '' });
    expect(configured(root)).toMatchObject({ options: { name: 'payments' }, printsRejections: true });
  });

  test('bad arguments are named with the usage', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    const noProject = runProjenrc(root, '.projenrc.ts');
    expect(noProject.status).toBe(2);
    expect(noProject.stderr).toBe('secure-aws-stack-projenrc: usage: secure-aws-stack-projenrc --project <tsconfig.json> <.projenrc.ts>\n');
    const missing = runProjenrc(root, '--project', 'projenrc/tsconfig.json', 'projenrc.ts');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain(`projenrc.ts does not exist in ${root}`);
    const unknown = runProjenrc(root, '--projetc', 'x', '.projenrc.ts');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr).toContain("Unknown option '--projetc'");
  });
});
