import * as fs from 'fs';
import * as path from 'path';

export const PLATFORM_DIR = path.join(__dirname, '..', '..', '..', 'templates', 'platform');

/** Every TypeScript file of the platform library, as a path relative to `templates/platform/` and its text. */
export function platformSources(): Array<{ file: string; text: string }> {
  const result: Array<{ file: string; text: string }> = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.ts')) result.push({ file: path.relative(PLATFORM_DIR, full).split(path.sep).join('/'), text: fs.readFileSync(full, 'utf-8') });
    }
  };
  walk(PLATFORM_DIR);
  return result.sort((a, b) => a.file.localeCompare(b.file));
}

/** The lines of a source that are code, not comments (`//`, `/*`, ` *`). */
export function codeLines(text: string): Array<{ line: number; code: string }> {
  return text
    .split('\n')
    .map((code, i) => ({ line: i + 1, code }))
    .filter(({ code }) => !/^\s*(\/\/|\/\*|\*)/.test(code));
}
