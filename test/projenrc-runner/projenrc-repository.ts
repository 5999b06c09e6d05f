import * as fs from 'fs';
import * as path from 'path';
import { PRINT_REJECTION_AND_EXIT } from '../../src/resolve/invalid-options-error';
import { freshDir } from '../synth-helper';

export const NODE_MODULES = path.resolve(__dirname, '../../node_modules');

/**
 * A scratch repository as `projen new` lays it out: `.projenrc.ts` importing the options of a package
 * (`node_modules/options-package`, whose `configure` writes `configured.json`: the options, the main module, its
 * arguments and whether a rejection of the options would be printed alone), `projenrc/tsconfig.json` extending
 * `tsconfig.json`, TypeScript linked from this checkout. No global types and only the ES2020 library, so that a
 * check takes a fraction of a second.
 */
export function projenrcRepository(projenrc: string): string {
  const dir = freshDir('sas-projenrc-');
  const files: Record<string, string> = {
    '.projenrc.ts': projenrc,
    'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, target: 'ES2020', module: 'CommonJS', lib: ['es2020'], types: ['jest'] } }),
    'projenrc/tsconfig.json': JSON.stringify({ extends: '../tsconfig.json', compilerOptions: { noEmit: true, rootDir: '..', types: [] }, include: ['**/*.ts', '../.projenrc.ts'] }),
    'node_modules/options-package/package.json': JSON.stringify({ name: 'options-package', version: '1.0.0', main: 'index.js', types: 'index.d.ts' }),
    'node_modules/options-package/index.d.ts': 'export interface Options { readonly name: string; readonly regions?: string[] }\nexport declare function configure(options: Options): string;\n',
    'node_modules/options-package/index.js': [
      "const fs = require('fs');",
      `const printsRejections = () => globalThis[Symbol.for(${JSON.stringify(PRINT_REJECTION_AND_EXIT.description)})] === true;`,
      'exports.configure = (options) => {',
      '  const main = require.main.filename;',
      "  fs.writeFileSync('configured.json', JSON.stringify({ options, main, argv: process.argv.slice(2), printsRejections: printsRejections() }));",
      '  return options.name;',
      '};',
      '',
    ].join('\n'),
  };
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), content);
  }
  fs.symlinkSync(path.join(NODE_MODULES, 'typescript'), path.join(dir, 'node_modules', 'typescript'), 'dir');
  return dir;
}

export const VALID_PROJENRC = "import { configure } from 'options-package';\n\nconfigure({ name: 'payments' });\n";
