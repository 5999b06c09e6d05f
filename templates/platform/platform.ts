import { bootstrapStackName } from './bootstrap/bootstrap-names';
import { BootstrapStack } from './bootstrap/bootstrap-stack';
import { replicatesData } from './capabilities/storage';
import { App } from './engine';
import { accountStackName, regionalStackName, replicationStackName } from './naming';
import { PlatformSettings } from './settings-model';
import { AccountStack } from './stacks/account-stack';
import { RegionalStack } from './stacks/regional-stack';
import { ReplicationStack } from './stacks/replication-stack';

export interface EnvironmentStacks {
  readonly account: AccountStack;
  /** Regional stacks by region, primary region first. */
  readonly regions: ReadonlyMap<string, RegionalStack>;
  /** Replication of the primary data bucket to the first secondary region, when enabled. */
  readonly replication?: ReplicationStack;
  /** State bucket, OIDC provider and CI roles, applied by hand once (when settings name the GitHub repository). */
  readonly bootstrap?: BootstrapStack;
}

/** The platform's stacks of every environment, by environment name. */
export type PlatformStacks = Map<string, EnvironmentStacks>;

/**
 * Adds the platform's stacks to an app: per environment, one account-level stack, one stack per region and, with
 * replication, a replication stack. Deploy order: account, primary region, secondary regions (their replicas need
 * the primary's database and table), replication (its rule needs the destination bucket). No stack reads another's
 * state: the order only matters for the first deployment.
 */
export function createPlatformStacks(app: App, settings: PlatformSettings): PlatformStacks {
  const result = new Map<string, EnvironmentStacks>();
  for (const environment of settings.environments) {
    const account = new AccountStack(app, accountStackName(environment), {
      settings,
      environment,
      region: environment.regions[0],
    });
    const regions = new Map<string, RegionalStack>();
    for (const region of environment.regions) {
      const stack = new RegionalStack(app, regionalStackName(environment, region), { settings, environment, region });
      stack.addDependency(account);
      if (regions.size > 0) stack.addDependency(regions.get(environment.regions[0])!);
      regions.set(region, stack);
    }
    let replication: ReplicationStack | undefined;
    if (replicatesData(environment)) {
      replication = new ReplicationStack(app, replicationStackName(environment), { settings, environment, region: environment.regions[0] });
      replication.addDependency(regions.get(environment.regions[0])!);
      replication.addDependency(regions.get(environment.regions[1])!);
    }
    // No stack depends on the bootstrap stack: it is applied by hand before CI runs, and left out of deploys.
    const bootstrap = settings.github
      ? new BootstrapStack(app, bootstrapStackName(environment), { settings, environment, github: settings.github })
      : undefined;
    result.set(environment.name, { account, regions, replication, bootstrap });
  }
  return result;
}

/**
 * The former name of `createPlatformStacks`; `npx projen migrate` renames it in the code a team owns.
 * @deprecated use `createPlatformStacks`
 */
export const buildPlatform = createPlatformStacks;
