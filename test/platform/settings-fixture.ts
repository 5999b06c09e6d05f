import { PlatformSettings } from '../../templates/platform/settings-model';

/** Settings as `npx projen` renders them for two environments in two regions. */
export function settingsFixture(overrides: Partial<PlatformSettings> = {}): PlatformSettings {
  const regions = ['us-east-1', 'us-west-2'];
  return {
    project: 'payments',
    organization: 'acme',
    primaryRegion: 'us-east-1',
    secondaryRegions: ['us-west-2'],
    environments: [
      { name: 'dev', profile: 'development', accountId: '111111111111', regions, cidrBlock: '10.0.0.0/12' },
      { name: 'prod', profile: 'production', accountId: '222222222222', regions, cidrBlock: '10.16.0.0/12' },
    ],
    availabilityZones: {
      'us-east-1': ['us-east-1a', 'us-east-1b', 'us-east-1c'],
      'us-west-2': ['us-west-2a', 'us-west-2b', 'us-west-2c'],
    },
    tags: { Owner: 'team-payments', CostCenter: 'cc-1234', Project: 'payments', ManagedBy: 'terraform', DataClassification: 'internal' },
    allowedTagValues: { DataClassification: ['public', 'internal', 'confidential', 'restricted'] },
    state: { bucket: 'acme-payments-tfstate', region: 'us-east-1', keyPrefix: 'payments' },
    ...overrides,
  } as PlatformSettings;
}
