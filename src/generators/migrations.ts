/** A rewrite of the code a team owns, shipped with the release whose platform API it follows. */
export interface Migration {
  /** Stable identifier, shown in logs and pull requests. */
  readonly id: string;
  /** Applies to repositories last migrated to a version before this one (semver `<since`). */
  readonly since: string;
  readonly description: string;
  /**
   * Rewrites one file. Returns the new content (the same content when the file does not concern the migration), or a
   * conflict naming what could not be rewritten safely.
   */
  readonly apply: (file: string, content: string) => { content: string } | { conflict: string };
}

/** The outcome of planning the migrations of a repository, before anything is written. */
export interface MigrationPlan {
  readonly migrations: readonly Migration[];
  /** Files whose content changes, with the new content. */
  readonly changes: ReadonlyMap<string, string>;
  /** What could not be rewritten, as `<file>: <migration>: <reason>`. */
  readonly conflicts: readonly string[];
}

const OLD_NAME = 'buildPlatform';
const NEW_NAME = 'createPlatformStacks';
const PLATFORM_MODULE = /^(?:\.\.?\/)+(?:src\/)?platform(?:\/platform)?$/;

/**
 * The platform's `buildPlatform` became `createPlatformStacks` (it returns the stacks that `npx projen add` wires
 * components into). Renames the import and the calls; any other use of the old name (an alias, a reference that is not
 * a call, a declaration of its own) is a conflict, because renaming it could change what the code means.
 */
export const RENAME_BUILD_PLATFORM: Migration = {
  id: 'rename-build-platform',
  since: '1.0.0',
  description: `${OLD_NAME}() of the platform is now ${NEW_NAME}()`,
  apply: (_file, content) => {
    if (!new RegExp(`\\b${OLD_NAME}\\b`).test(content)) return { content };
    let rewritten = content;
    let importFound = false;
    rewritten = rewritten.replace(/^import \{([^}]*)\} from '([^']+)';$/gm, (line, names: string, module: string) => {
      if (!PLATFORM_MODULE.test(module)) return line;
      const list = names.split(',').map((n) => n.trim()).filter((n) => n.length > 0);
      if (!list.includes(OLD_NAME)) return line;
      importFound = true;
      const renamed = [...new Set(list.map((n) => (n === OLD_NAME ? NEW_NAME : n)))].sort((a, b) => a.localeCompare(b));
      return `import { ${renamed.join(', ')} } from '${module}';`;
    });
    if (!importFound) {
      return { conflict: `uses ${OLD_NAME} without importing it by that name from the platform; rename it to ${NEW_NAME} by hand` };
    }
    rewritten = rewritten.replace(new RegExp(`\\b${OLD_NAME}\\(`, 'g'), `${NEW_NAME}(`);
    const leftover = rewritten.split('\n').findIndex((line) => new RegExp(`\\b${OLD_NAME}\\b`).test(line));
    if (leftover >= 0) {
      return { conflict: `line ${leftover + 1} uses ${OLD_NAME} other than in a call (${rewritten.split('\n')[leftover].trim()}); rename it to ${NEW_NAME} by hand` };
    }
    return { content: rewritten };
  },
};

/** Every migration this release ships, oldest first. */
export const MIGRATIONS: readonly Migration[] = [RENAME_BUILD_PLATFORM];

/** The migrations that apply to a repository last migrated to `recordedVersion` (`undefined`: never migrated). */
export function pendingMigrations(recordedVersion: string | undefined, migrations: readonly Migration[] = MIGRATIONS): Migration[] {
  return migrations.filter((m) => recordedVersion === undefined || compareVersions(recordedVersion, m.since) < 0);
}

/** Applies the migrations to the files in memory; nothing is written, so a conflict leaves every file as it was. */
export function planMigrations(files: ReadonlyMap<string, string>, migrations: readonly Migration[]): MigrationPlan {
  const changes = new Map<string, string>();
  const conflicts: string[] = [];
  for (const [file, original] of files) {
    let content = original;
    for (const migration of migrations) {
      const result = migration.apply(file, content);
      if ('conflict' in result) {
        conflicts.push(`${file}: ${migration.id}: ${result.conflict}`);
      } else {
        content = result.content;
      }
    }
    if (content !== original) changes.set(file, content);
  }
  return { migrations, changes, conflicts };
}

/** Compares `x.y.z` versions (a pre-release suffix is ignored). */
export function compareVersions(a: string, b: string): number {
  const parts = (v: string) => v.split('-')[0].split('.').map((n) => Number(n) || 0);
  const [pa, pb] = [parts(a), parts(b)];
  for (let i = 0; i < 3; i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0);
  }
  return 0;
}

/** The file in which a repository records the version it was last migrated to. */
export const MIGRATION_RECORD_FILE = '.secure-aws-stack.json';
