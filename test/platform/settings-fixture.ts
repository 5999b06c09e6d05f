import { resolveSettings } from '../../src/resolve-settings';
import { PlatformSettings } from '../../templates/platform/settings-model';

/**
 * Settings exactly as `npx projen` renders them for two environments (development and production profiles) in
 * two regions (the multi-region preset), so that platform tests see the same profile defaults as generated repos.
 */
export function settingsFixture(overrides: Partial<PlatformSettings> = {}): PlatformSettings {
  const resolved = resolveSettings({
    name: 'payments',
    defaultReleaseBranch: 'main',
    projectName: 'payments',
    organization: 'acme',
    owner: 'team-payments',
    costCenter: 'cc-1234',
    environments: ['dev', 'prod'],
    accountIds: ['dev=111111111111', 'prod=222222222222'],
    primaryRegion: 'us-east-1',
    secondaryRegions: ['us-west-2'],
    networkCidr: '10.0.0.0/8',
  });
  return { ...resolved, ...overrides };
}
