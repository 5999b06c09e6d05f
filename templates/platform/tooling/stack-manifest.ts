import * as fs from 'fs';
import * as path from 'path';
import { isBootstrapStack } from '../bootstrap/bootstrap-names';

/** A stack as recorded in `cdktf.out/manifest.json` by synthesis. */
export interface SynthesizedStack {
  readonly name: string;
  /** Absolute path of the folder to run Terraform in. */
  readonly workingDirectory: string;
  readonly dependencies: readonly string[];
}

/** Reads the stacks of a synthesized app, ordered so that every stack comes after its dependencies. */
export function readStacks(outdir: string): SynthesizedStack[] {
  const manifestPath = path.join(outdir, 'manifest.json');
  if (!fs.existsSync(manifestPath)) {
    throw new Error(`${manifestPath} does not exist: run "npx projen synth" first`);
  }
  const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf-8')) as {
    stacks: Record<string, { name: string; workingDirectory: string; dependencies?: string[] }>;
  };
  const stacks = Object.values(manifest.stacks).map((s) => ({
    name: s.name,
    workingDirectory: path.resolve(outdir, s.workingDirectory),
    dependencies: s.dependencies ?? [],
  }));
  return dependencyOrder(stacks);
}

export function dependencyOrder(stacks: readonly SynthesizedStack[]): SynthesizedStack[] {
  const byName = new Map(stacks.map((s) => [s.name, s]));
  const ordered: SynthesizedStack[] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (stack: SynthesizedStack, trail: string[]): void => {
    if (state.get(stack.name) === 'done') return;
    if (state.get(stack.name) === 'visiting') {
      throw new Error(`Stack dependency cycle: ${[...trail, stack.name].join(' -> ')}`);
    }
    state.set(stack.name, 'visiting');
    for (const dependency of stack.dependencies) {
      const target = byName.get(dependency);
      if (!target) throw new Error(`Stack ${stack.name} depends on unknown stack ${dependency}`);
      visit(target, [...trail, stack.name]);
    }
    state.set(stack.name, 'done');
    ordered.push(stack);
  };
  [...stacks].sort((a, b) => a.name.localeCompare(b.name)).forEach((s) => visit(s, []));
  return ordered;
}

/**
 * Picks stacks by name or shell-style pattern (`dev-*`); no selector means all stacks. Bootstrap stacks
 * (`<env>-bootstrap`, applied by hand once) are picked only by a selector that says `bootstrap`.
 * An unknown selector is an error, so a typo never silently plans nothing.
 */
export function selectStacks(stacks: readonly SynthesizedStack[], selectors: readonly string[]): SynthesizedStack[] {
  if (selectors.length === 0) return stacks.filter((s) => !isBootstrapStack(s.name));
  const matched = new Set<string>();
  for (const selector of selectors) {
    const pattern = new RegExp(`^${selector.split('*').map(escapeRegExp).join('.*')}$`);
    const hits = stacks.filter((s) => pattern.test(s.name) && (!isBootstrapStack(s.name) || selector.includes('bootstrap')));
    if (hits.length === 0) {
      throw new Error(`No stack matches "${selector}". Stacks: ${stacks.map((s) => s.name).join(', ')}`);
    }
    hits.forEach((s) => matched.add(s.name));
  }
  return stacks.filter((s) => matched.has(s.name));
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}
