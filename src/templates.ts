import * as fs from 'fs';
import * as path from 'path';

/** Root of the files this package stamps into generated repositories (shipped in the npm tarball). */
export const TEMPLATES_DIR = path.resolve(__dirname, '..', 'templates');

// ejs is bundled and untyped; only `render` is used.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const ejs: { render(template: string, data: object, options: object): string } = require('ejs');

/**
 * Renders an EJS template of `templates/`. Locals are a plain object, read as `locals.x` (`_with: false`),
 * and code is emitted with `<%-` + JSON.stringify so that no value can break out of a string literal.
 */
export function renderTemplate(relativePath: string, locals: Record<string, unknown>): string {
  const file = path.join(TEMPLATES_DIR, relativePath);
  return ejs.render(fs.readFileSync(file, 'utf-8'), { ...locals }, { strict: true, _with: false, localsName: 'locals', filename: file });
}

/** Every file below a folder of `templates/`, as paths relative to that folder, sorted. */
export function listTemplateFiles(relativeDir: string): string[] {
  const root = path.join(TEMPLATES_DIR, relativeDir);
  const walk = (dir: string): string[] =>
    fs
      .readdirSync(dir, { withFileTypes: true })
      .flatMap((entry) => (entry.isDirectory() ? walk(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
  return walk(root)
    .map((file) => path.relative(root, file).split(path.sep).join('/'))
    .sort();
}
