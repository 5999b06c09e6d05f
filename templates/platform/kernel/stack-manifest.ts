// Generated from src/kernel/stack-manifest.ts of secure-aws-stack by scripts/copy-kernel.js: do not edit (change src/kernel/stack-manifest.ts there).
/**
 * The stacks of a synthesized app as `cdktf.out/manifest.json` records them, and their dependency order: what the
 * Terraform tasks run stack by stack and what CI fans out by environment.
 */
import * as fs from 'fs';
import * as path from 'path';

/** A stack as recorded in the manifest (its folder relative to the outdir). */
export interface ManifestStack {
  readonly name: string;
  readonly workingDirectory: string;
  readonly dependencies: readonly string[];
}

/** Reads the stacks of the manifest in `outdir`; throws naming the file when there is none. */
export function readManifestStacks(outdir: string): ManifestStack[] {
  const manifestPath = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${manifestPath} does not exist: synthesize the app first (locally: run "npx projen synth" first)`);
  }
  return manifestStacks(JSON.parse(fs.readFileSync(manifestPath, 'utf-8')));
}

/** The stacks of a parsed manifest. */
export function manifestStacks(manifest: unknown): ManifestStack[] {
  const stacks = (manifest as { stacks?: Record<string, { name: string; workingDirectory: string; dependencies?: string[] }> }).stacks ?? {};
  return Object.values(stacks).map((s) => ({ name: s.name, workingDirectory: s.workingDirectory, dependencies: s.dependencies ?? [] }));
}

/** Bootstrap stacks (`<environment>-bootstrap`) are applied by hand once, never by the tasks' default or CI. */
export function isBootstrapStack(name: string): boolean {
  return name.endsWith('-bootstrap');
}

/**
 * The stacks ordered so that every stack comes after its dependencies (ties by name); throws on an unknown
 * dependency or a cycle, naming the stacks.
 */
export function dependencyOrder<T extends Pick<ManifestStack, 'name' | 'dependencies'>>(stacks: readonly T[]): T[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const ordered: T[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (stack: T, trail: string[]): void => {
    if (state.get(stack.name) === 'done') return;
    if (state.get(stack.name) === 'visiting') {
      throw new Error(`stack dependency cycle: ${[...trail, stack.name].join(' -> ')}`);
    }
    state.set(stack.name, 'visiting');
    for (const dependency of stack.dependencies) {
      const target = byName.get(dependency);
      if (!target) throw new Error(`stack "${stack.name}" depends on unknown stack "${dependency}"`);
      visit(target, [...trail, stack.name]);
    }
    state.set(stack.name, 'done');
    ordered.push(stack);
  };
  [...stacks].sort((a, b) => a.name.localeCompare(b.name)).forEach((s) => visit(s, []));
  return ordered;
}
