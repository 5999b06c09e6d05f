import * as path from 'path';
import { globToRegExp } from '../kernel/globs';
import { dependencyOrder, isBootstrapStack, readManifestStacks } from '../kernel/stack-manifest';

/** A stack as recorded in `cdktf.out/manifest.json` by synthesis. */
export interface SynthesizedStack {
  readonly name: string;
  /** Absolute path of the folder to run Terraform in. */
  readonly workingDirectory: string;
  readonly dependencies: readonly string[];
}

/** Reads the stacks of a synthesized app, ordered so that every stack comes after its dependencies. */
export function readStacks(outdir: string): SynthesizedStack[] {
  const stacks = readManifestStacks(outdir).map((s) => ({ ...s, workingDirectory: path.resolve(outdir, s.workingDirectory) }));
  return dependencyOrder(stacks);
}

export { dependencyOrder };

/**
 * Picks stacks by name or shell-style pattern (`dev-*`); no selector means all stacks. Bootstrap stacks
 * (`<env>-bootstrap`, applied by hand once) are picked only by a selector that says `bootstrap`.
 * An unknown selector is an error, so a typo never silently plans nothing.
 */
export function selectStacks(stacks: readonly SynthesizedStack[], selectors: readonly string[]): SynthesizedStack[] {
  if (selectors.length === 0) return stacks.filter((s) => !isBootstrapStack(s.name));
  const matched = new Set<string>();
  for (const selector of selectors) {
    const pattern = globToRegExp(selector);
    const hits = stacks.filter((s) => pattern.test(s.name) && (!isBootstrapStack(s.name) || selector.includes('bootstrap')));
    if (hits.length === 0) {
      throw new Error(`No stack matches "${selector}". Stacks: ${stacks.map((s) => s.name).join(', ')}`);
    }
    hits.forEach((s) => matched.add(s.name));
  }
  return stacks.filter((s) => matched.has(s.name));
}
