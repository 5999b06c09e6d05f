import { App } from './engine';
import { accountStackName, regionalStackName } from './naming';
import { PlatformSettings } from './settings-model';
import { AccountStack } from './stacks/account-stack';
import { RegionalStack } from './stacks/regional-stack';

export interface EnvironmentStacks {
  readonly account: AccountStack;
  /** Regional stacks by region, primary region first. */
  readonly regions: ReadonlyMap<string, RegionalStack>;
}

/**
 * Adds the platform's stacks to an app: per environment, one account-level stack and one stack per region.
 * Regional stacks depend only on their account stack, never on another region.
 */
export function buildPlatform(app: App, settings: PlatformSettings): Map<string, EnvironmentStacks> {
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
      regions.set(region, stack);
    }
    result.set(environment.name, { account, regions });
  }
  return result;
}
