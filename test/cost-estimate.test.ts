import { defaultMonthlyBudgetUsd, estimateMonthlyCost, PRICES } from '../src/cost-estimate';
import { profileDefaults } from '../src/resolve/capabilities/profile-defaults';
import { resolveSettings } from '../src/resolve-settings';

const settingsOf = (preset: string, extra: object = {}) => resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', preset, ...extra });

describe('cost estimate and default budgets', () => {
  test('the default budget of every profile and preset covers what the default platform costs', () => {
    for (const preset of ['baseline', 'multi-region', 'enterprise']) {
      for (const environment of settingsOf(preset).environments) {
        const estimate = estimateMonthlyCost(environment.capabilities, environment.regions.length).monthlyUsd!;
        const budget = environment.capabilities.operations.monthlyBudgetUsd;
        expect(budget).toBeGreaterThanOrEqual(estimate * 1.2);
        expect(budget).toBeLessThan(estimate * 1.2 + 50);
        expect(budget % 50).toBe(0);
      }
    }
  });

  test('the old fixed development budget was below what the development platform costs', () => {
    const dev = settingsOf('multi-region').environments.find((e) => e.profile === 'development')!;
    expect(estimateMonthlyCost(dev.capabilities, dev.regions.length).monthlyUsd!).toBeGreaterThan(profileDefaults('development', true).operations.monthlyBudgetUsd);
  });

  test('the arithmetic of one development region (baseline): NAT, endpoints, load balancer, WAF, spot instance, database, keys, detection, table', () => {
    const dev = settingsOf('baseline').environments.find((e) => e.profile === 'development')!;
    const month = (hourly: number) => hourly * 730;
    const expected =
      month(PRICES.natGatewayHour)
      + month(PRICES.interfaceEndpointAzHour) * 8 * 3
      + month(PRICES.loadBalancerHour)
      + PRICES.webAclMonth
      + month(PRICES.instanceHour['t3.micro']) * PRICES.spotShare + PRICES.rootVolumeMonth
      + 8 * PRICES.keyMonth
      + PRICES.detectionRegionMonth
      + 2 * PRICES.keyMonth
      + month(PRICES.databaseHour['db.t4g.micro']) + 20 * PRICES.databaseStorageGbMonth
      + PRICES.tableRegionMonth;
    expect(estimateMonthlyCost(dev.capabilities, 1).monthlyUsd).toBeCloseTo(expected, 6);
    expect(Math.round(expected)).toBe(299);
  });

  test('more regions, a bigger profile or more capacity raise the budget; an explicit budget is kept', () => {
    const budget = (preset: string, profile: string) =>
      settingsOf(preset).environments.find((e) => e.profile === profile)!.capabilities.operations.monthlyBudgetUsd;
    expect(budget('multi-region', 'development')).toBeGreaterThan(budget('baseline', 'development'));
    expect(budget('enterprise', 'development')).toBeGreaterThan(budget('multi-region', 'development'));
    expect(budget('baseline', 'production')).toBeGreaterThan(budget('baseline', 'staging'));
    const bigger = settingsOf('baseline', { capabilities: { webTier: { instanceType: 't3.medium', spotInstances: false, minSize: 4, maxSize: 8 } } }).environments.find((e) => e.profile === 'development')!;
    expect(bigger.capabilities.operations.monthlyBudgetUsd).toBeGreaterThan(budget('baseline', 'development'));
    const fixed = settingsOf('baseline', { capabilities: { operations: { monthlyBudgetUsd: 123 } } });
    expect(fixed.environments.every((e) => e.capabilities.operations.monthlyBudgetUsd === 123)).toBe(true);
  });

  test('a configuration the price table does not know falls back to the profile amount per region', () => {
    const dev = settingsOf('multi-region', { capabilities: { webTier: { instanceType: 'c7i.48xlarge' } } }).environments.find((e) => e.profile === 'development')!;
    expect(estimateMonthlyCost(dev.capabilities, 2)).toEqual({ unpriced: ['c7i.48xlarge'] });
    expect(dev.capabilities.operations.monthlyBudgetUsd).toBe(defaultMonthlyBudgetUsd(dev.capabilities, 2, 200));
    expect(dev.capabilities.operations.monthlyBudgetUsd).toBe(400); // 200 per region, the former fixed amount
  });
});
