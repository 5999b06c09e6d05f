// `npx projen migrate`: rewrites the code a team owns after an upgrade changed the platform's API.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { generators, packageJson } from '../lib.mjs';

const { MIGRATION_RECORD_FILE, pendingMigrations, planMigrations } = generators;

/** Folders whose TypeScript is the team's: everything but the managed platform library and the managed files. */
const OWNED_ROOTS = ['src', 'test'];

/** @param Generator yeoman-generator's base class (loaded by ../yeoman.mjs) */
export default function createMigrateGenerator(Generator) {
  return class MigrateGenerator extends Generator {
    writing() {
      const record = this.readDestinationJSON(MIGRATION_RECORD_FILE, {});
      const migrations = pendingMigrations(record.migratedTo);
      const files = new Map(this.ownedFiles().map((file) => [file, this.readDestination(file)]));
      const plan = planMigrations(files, migrations);
      this.plan = plan;
      const names = migrations.map((m) => `${m.id} (${m.description})`).join(', ') || 'none';
      this.log(`Repository migrated to ${record.migratedTo ?? 'no version yet'}; secure-aws-stack ${packageJson.version}; pending migrations: ${names}`);
      if (plan.conflicts.length > 0) {
        for (const [file, content] of plan.changes) this.log(unifiedDiff(file, this.readDestination(file), content));
        const error = new Error(
          `a migration cannot rewrite the team's code safely; nothing was written:\n  - ${plan.conflicts.join('\n  - ')}\nMake these changes by hand, then run npx projen migrate again.`,
        );
        error.migrationConflict = true;
        throw error;
      }
      for (const [file, content] of plan.changes) {
        this.writeDestination(file, content);
        // A migration is a deliberate, checked rewrite: yeoman need not ask about it (a dry run still shows its diff).
        if (!this.options.dryRun) this.env.sharedFs.get(this.destinationPath(file)).conflicter = 'force';
      }
      if (record.migratedTo !== packageJson.version) {
        this.writeDestinationJSON(MIGRATION_RECORD_FILE, { ...record, migratedTo: packageJson.version });
        if (!this.options.dryRun) this.env.sharedFs.get(this.destinationPath(MIGRATION_RECORD_FILE)).conflicter = 'force';
      }
    }

    end() {
      const changed = [...this.plan.changes.keys()];
      const verb = this.options.dryRun ? 'would rewrite' : 'rewrote';
      this.log(changed.length > 0 ? `${verb} ${changed.join(', ')}` : 'nothing to migrate');
    }

    /** TypeScript files of src/ and test/ that projen does not manage (.projen/files.json lists the managed ones). */
    ownedFiles() {
      const managed = new Set(this.readDestinationJSON('.projen/files.json', { files: [] }).files);
      const walk = (dir) => listFiles(this.destinationPath(dir)).map((file) => `${dir}/${file}`);
      return OWNED_ROOTS.flatMap(walk).filter((file) => file.endsWith('.ts') && !file.startsWith(`${generators.PLATFORM_DIR}/`) && !managed.has(file));
    }
  };
}

function listFiles(root) {
  if (!fs.existsSync(root)) return [];
  return fs.readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(root, path.join(entry.parentPath ?? entry.path, entry.name)).split(path.sep).join('/'));
}

/** A minimal line diff (removed and added lines with their numbers), enough to review a migration in a pull request. */
function unifiedDiff(file, before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  const lines = [`--- a/${file}`, `+++ b/${file}`];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      if (a[i] !== undefined) lines.push(`-${i + 1}: ${a[i]}`);
      if (b[i] !== undefined) lines.push(`+${i + 1}: ${b[i]}`);
    }
  }
  return lines.join('\n');
}
