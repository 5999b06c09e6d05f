import * as fs from 'fs';
import * as path from 'path';
import { NODE_MODULES, projenrcRepository, VALID_PROJENRC } from './projenrc-repository';
import { TYPE_CHECK_RECORD, typeCheckProjenrc } from '../../src/projenrc-runner/projenrc-type-check';
import { freshDir } from '../synth-helper';

const check = (root: string) => typeCheckProjenrc({ root, entry: '.projenrc.ts', tsconfig: 'projenrc/tsconfig.json' });
const edit = (root: string, file: string, change: (text: string) => string) =>
  fs.writeFileSync(path.join(root, file), change(fs.readFileSync(path.join(root, file), 'utf-8')));

describe('the type-check of .projenrc.ts', () => {
  test('runs once; while no file it read changes, the next runs skip it', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    expect(check(root)).toEqual({ checked: true, errors: '' });
    expect(check(root)).toEqual({ checked: false, errors: '' });
    const record = JSON.parse(fs.readFileSync(path.join(root, TYPE_CHECK_RECORD), 'utf-8'));
    const files = Object.keys(record.files);
    for (const file of ['.projenrc.ts', 'projenrc/tsconfig.json', 'tsconfig.json', 'node_modules/options-package/index.d.ts', 'node_modules/options-package/package.json']) {
      expect(files).toContain(file);
    }
    // TypeScript's own library (the real files, as the compiler read them through the link) and its version.
    const typescript = path.relative(root, fs.realpathSync(path.join(NODE_MODULES, 'typescript')));
    expect(files).toContain(path.join(typescript, 'package.json'));
    expect(files).toContain(path.join(typescript, 'lib', 'lib.es2020.d.ts'));
  });

  test('a file saved with a byte order mark is recorded as the compiler read it', () => {
    const root = projenrcRepository(`\uFEFF${VALID_PROJENRC}`);
    expect(check(root).checked).toBe(true);
    expect(check(root).checked).toBe(false);
  });

  test('a misspelt option is an error every time, and a failed check records nothing', () => {
    const root = projenrcRepository("import { configure } from 'options-package';\n\nconfigure({ name: 'payments', regionz: ['us-east-1'] });\n");
    for (let run = 0; run < 2; run++) {
      const result = check(root);
      expect(result.checked).toBe(true);
      expect(result.errors).toMatch(/^\.projenrc\.ts\(3,31\): error TS2561: .*'regionz' does not exist in type 'Options'\. Did you mean to write 'regions'\?/);
      expect(fs.existsSync(path.join(root, TYPE_CHECK_RECORD))).toBe(false);
    }
  });

  test('an edit of .projenrc.ts is checked again', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    check(root);
    edit(root, '.projenrc.ts', (text) => text.replace("name: 'payments'", "name: 'payments', regions: ['eu-west-1']"));
    expect(check(root)).toEqual({ checked: true, errors: '' });
    edit(root, '.projenrc.ts', (text) => text.replace("name: 'payments'", 'name: 42'));
    expect(check(root).errors).toContain("error TS2322: Type 'number' is not assignable to type 'string'.");
  });

  test('a new version of an imported package is checked again: its declarations, or only its package.json', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    check(root);
    edit(root, 'node_modules/options-package/package.json', (text) => text.replace('1.0.0', '1.1.0'));
    expect(check(root).checked).toBe(true);
    // The next version requires an option: the unchanged .projenrc.ts no longer type-checks.
    edit(root, 'node_modules/options-package/index.d.ts', (text) => text.replace('readonly regions?: string[]', 'readonly owner: string'));
    expect(check(root).errors).toContain("Property 'owner' is missing");
  });

  test('a changed tsconfig is checked again', () => {
    const root = projenrcRepository("import { configure } from 'options-package';\n\nexport function name(options) { return configure(options); }\n");
    edit(root, 'tsconfig.json', (text) => text.replace('"strict":true', '"strict":false'));
    expect(check(root)).toEqual({ checked: true, errors: '' });
    edit(root, 'tsconfig.json', (text) => text.replace('"strict":false', '"strict":true'));
    expect(check(root).errors).toContain("error TS7006: Parameter 'options' implicitly has an 'any' type.");
  });

  test('a record that is not JSON, or of another format, is not trusted', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    check(root);
    const record = path.join(root, TYPE_CHECK_RECORD);
    fs.writeFileSync(record, '{ not json');
    expect(check(root).checked).toBe(true);
    fs.writeFileSync(record, JSON.stringify({ ...JSON.parse(fs.readFileSync(record, 'utf-8')), format: 0 }));
    expect(check(root).checked).toBe(true);
    expect(check(root).checked).toBe(false);
  });

  test('without node_modules to keep a record in, it checks every time', () => {
    const root = projenrcRepository(VALID_PROJENRC);
    const elsewhere = freshDir('sas-projenrc-modules-');
    fs.renameSync(path.join(root, 'node_modules'), path.join(elsewhere, 'node_modules'));
    // TypeScript and the package are found in a folder above, as in a workspace.
    const nested = path.join(elsewhere, 'repository');
    fs.renameSync(root, nested);
    expect(check(nested)).toEqual({ checked: true, errors: '' });
    expect(check(nested).checked).toBe(true);
    expect(fs.existsSync(path.join(elsewhere, TYPE_CHECK_RECORD))).toBe(false);
  });
});
