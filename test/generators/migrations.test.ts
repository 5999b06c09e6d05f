import { compareVersions, MIGRATIONS, pendingMigrations, planMigrations, RENAME_BUILD_PLATFORM } from '../../src/generators/migrations';

const OLD_MAIN = [
  "import { App } from 'cdktf';",
  "import { buildPlatform } from './platform';",
  "import { settings } from './platform/settings';",
  '',
  'export function createApp(outdir?: string): App {',
  '  const app = new App({ outdir });',
  '  buildPlatform(app, settings);',
  '  return app;',
  '}',
].join('\n');

describe('rename-build-platform', () => {
  test('renames the import and the call', () => {
    expect(RENAME_BUILD_PLATFORM.apply('src/main.ts', OLD_MAIN)).toEqual({
      content: OLD_MAIN.replace("import { buildPlatform } from './platform';", "import { createPlatformStacks } from './platform';").replace(
        '  buildPlatform(app, settings);',
        '  createPlatformStacks(app, settings);',
      ),
    });
  });

  test('keeps other imported names and sorts them; handles imports from ../src/platform in tests', () => {
    const test = "import { buildPlatform, RegionalStack } from '../src/platform';\nconst envs = buildPlatform(app, settings);";
    expect(RENAME_BUILD_PLATFORM.apply('test/x.test.ts', test)).toEqual({
      content: "import { createPlatformStacks, RegionalStack } from '../src/platform';\nconst envs = createPlatformStacks(app, settings);",
    });
  });

  test('leaves files that do not use the old name alone', () => {
    expect(RENAME_BUILD_PLATFORM.apply('src/a.ts', 'export const a = 1;')).toEqual({ content: 'export const a = 1;' });
  });

  test('a use that is not a call is a conflict, naming the line', () => {
    const edited = `${OLD_MAIN}\nexport const build = buildPlatform;`;
    expect(RENAME_BUILD_PLATFORM.apply('src/main.ts', edited)).toEqual({
      conflict: 'line 10 uses buildPlatform other than in a call (export const build = buildPlatform;); rename it to createPlatformStacks by hand',
    });
  });

  test('the old name without the platform import is a conflict', () => {
    expect(RENAME_BUILD_PLATFORM.apply('src/b.ts', 'function buildPlatform() {}\nbuildPlatform();')).toEqual({
      conflict: 'uses buildPlatform without importing it by that name from the platform; rename it to createPlatformStacks by hand',
    });
  });
});

describe('planMigrations', () => {
  test('collects the changes of every file, and every conflict, without writing', () => {
    const files = new Map([
      ['src/main.ts', OLD_MAIN],
      ['src/other.ts', "import { buildPlatform as bp } from './platform';"],
      ['src/untouched.ts', 'export {};'],
    ]);
    const plan = planMigrations(files, MIGRATIONS);
    expect([...plan.changes.keys()]).toEqual(['src/main.ts']);
    expect(plan.conflicts).toEqual([expect.stringMatching(/^src\/other.ts: rename-build-platform: /)]);
  });
});

describe('versions', () => {
  test('a migration applies to repositories migrated before its version, or never migrated', () => {
    expect(pendingMigrations(undefined)).toEqual(MIGRATIONS);
    expect(pendingMigrations('0.0.9')).toEqual([RENAME_BUILD_PLATFORM]);
    expect(pendingMigrations('1.0.0')).toEqual([]);
    expect(pendingMigrations('1.2.3')).toEqual([]);
  });
  test('compareVersions', () => {
    expect(compareVersions('0.10.0', '0.9.1')).toBeGreaterThan(0);
    expect(compareVersions('1.0.0-rc.1', '1.0.0')).toBe(0);
    expect(compareVersions('1.2.3', '1.2.4')).toBeLessThan(0);
  });
});
