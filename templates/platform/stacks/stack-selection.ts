import { RegionalStack } from './regional-stack';
import { EnvironmentStacks } from '../platform';

/** Which regional stacks a team's component is added to; a missing list means all of them. */
export interface StackSelection {
  /**
   * Environment names.
   * @default every environment
   */
  readonly environments?: readonly string[];
  /**
   * Regions.
   * @default every region of each selected environment
   */
  readonly regions?: readonly string[];
}

/**
 * The regional stacks of the selected environments and regions, environments in settings order, primary region first.
 * An environment or region that the platform does not have is an error rather than an empty result, so that removing
 * an environment from `.projenrc.ts` cannot silently drop a team's resources from the plan.
 */
export function regionalStacks(platform: ReadonlyMap<string, EnvironmentStacks>, selection: StackSelection = {}): RegionalStack[] {
  const problems: string[] = [];
  const environments = selection.environments ?? [...platform.keys()];
  for (const name of environments) {
    if (!platform.has(name)) problems.push(`environment ${JSON.stringify(name)} is not one of ${[...platform.keys()].join(', ')}`);
  }
  const allRegions = new Set([...platform.values()].flatMap((env) => [...env.regions.keys()]));
  for (const region of selection.regions ?? []) {
    if (!allRegions.has(region)) problems.push(`region ${JSON.stringify(region)} is not one of ${[...allRegions].join(', ')}`);
  }
  if (problems.length > 0) throw new Error(`regionalStacks: ${problems.join('; ')}`);
  return environments.flatMap((name) =>
    [...platform.get(name)!.regions.entries()]
      .filter(([region]) => selection.regions === undefined || selection.regions.includes(region))
      .map(([, stack]) => stack),
  );
}
