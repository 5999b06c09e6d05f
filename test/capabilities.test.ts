import { synthProject } from './synth-helper';
import { SecureAwsStackProjectOptions } from '../src/options';
import { regionCode, SUPPORTED_REGIONS } from '../src/regions';
import { PlatformCapabilityOptions } from '../src/resolve/capabilities/capability-options';
import { InvalidOptionsError, LONGEST_BUCKET_PURPOSE, resolveSettings } from '../src/resolve-settings';

const base: SecureAwsStackProjectOptions = { name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8' };

function problems(options: Partial<SecureAwsStackProjectOptions>): readonly string[] {
  try {
    resolveSettings({ ...base, ...options });
  } catch (error) {
    if (error instanceof InvalidOptionsError) return error.problems;
    throw error;
  }
  return [];
}

const env = (settings: ReturnType<typeof resolveSettings>, name: string) => settings.environments.find((e) => e.name === name)!;

describe('presets', () => {
  test('no flags: multi-region, us-east-1 and us-west-2', () => {
    const settings = resolveSettings(base);
    expect(settings.preset).toBe('multi-region');
    expect(settings.environments[0].regions).toEqual(['us-east-1', 'us-west-2']);
    expect(settings.regionCodes).toEqual({ 'us-east-1': 'use1', 'us-west-2': 'usw2' });
  });

  test('baseline has one region and no cross-region capability; enterprise three and failover routing', () => {
    const baseline = resolveSettings({ ...base, preset: 'baseline' });
    expect(baseline.environments[0].regions).toEqual(['us-east-1']);
    const prod = env(baseline, 'production').capabilities;
    expect([prod.storage.crossRegionReplication, prod.database.crossRegionReplica, prod.dynamodb.replicated, prod.backup.crossRegionCopy]).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const enterprise = resolveSettings({ ...base, preset: 'enterprise' });
    expect(enterprise.environments[0].regions).toEqual(['us-east-1', 'us-west-2', 'us-east-2']);
    expect(env(enterprise, 'production').capabilities.edge.routingPolicy).toBe('failover');
    expect(env(enterprise, 'production').capabilities.database.primaryRegion).toBe('us-east-1');
  });

  test('latency routing is refused where it would send writes to regions without a writable database', () => {
    expect(problems({ preset: 'enterprise', capabilities: { edge: { routingPolicy: 'latency' } } })).toContainEqual(
      expect.stringMatching(/^capabilities\.edge\.routingPolicy: "latency" would send users to regions without a writable database \(only us-east-1 can write\): use "failover"/),
    );
    expect(problems({ preset: 'enterprise', capabilities: { edge: { routingPolicy: 'latency' }, database: { enabled: false } } })).toEqual([]);
  });

  test('database.primaryRegion names one of the two database regions; the replica region needs the replica', () => {
    const promoted = resolveSettings({ ...base, environmentCapabilities: { production: { database: { primaryRegion: 'us-west-2' } } } });
    expect(env(promoted, 'production').capabilities.database.primaryRegion).toBe('us-west-2');
    expect(env(promoted, 'staging').capabilities.database.primaryRegion).toBe('us-east-1');
    expect(problems({ preset: 'enterprise', environmentCapabilities: { production: { database: { primaryRegion: 'us-east-2' } } } })).toEqual([
      expect.stringMatching(/^environmentCapabilities\.production\.database\.primaryRegion: "us-east-2" is not a region that holds the database of environment production: use us-east-1 or us-west-2/),
    ]);
    expect(problems({ environmentCapabilities: { dev: { database: { primaryRegion: 'us-west-2' } } } })).toEqual([
      expect.stringMatching(/^environmentCapabilities\.dev\.database\.primaryRegion: "us-west-2" needs database\.crossRegionReplica: only the replica in us-west-2 can be promoted/),
    ]);
  });

  test('default secondary regions stay in the primary region\'s geography', () => {
    expect(resolveSettings({ ...base, primaryRegion: 'eu-central-1' }).secondaryRegions).toEqual(['eu-west-1']);
    expect(resolveSettings({ ...base, primaryRegion: 'us-west-2' }).secondaryRegions).toEqual(['us-east-2']);
  });

  test('the preset follows secondaryRegions when not given', () => {
    expect(resolveSettings({ ...base, secondaryRegions: [] }).preset).toBe('baseline');
    expect(resolveSettings({ ...base, secondaryRegions: ['us-west-2', 'eu-west-1'] }).preset).toBe('enterprise');
  });

  test('unknown preset, preset vs secondaryRegions conflict, secondary equal to primary', () => {
    expect(problems({ preset: 'global' })).toEqual([expect.stringMatching(/^preset: "global" is not a preset: use one of baseline, multi-region, enterprise/)]);
    expect(problems({ preset: 'baseline', secondaryRegions: ['us-west-2'] })[0]).toMatch(/^secondaryRegions: \["us-west-2"\] conflicts with preset "baseline"/);
    expect(problems({ preset: 'enterprise', secondaryRegions: ['us-west-2'] })[0]).toMatch(/conflicts with preset "enterprise"/);
    expect(problems({ secondaryRegions: ['us-east-1'] })).toContainEqual(expect.stringMatching(/^secondaryRegions: "us-east-1" is the primary region/));
    expect(problems({ secondaryRegions: ['us-west-1'] })).toContainEqual(expect.stringMatching(/^secondaryRegions: "us-west-1" is not a supported AWS region/));
  });
});

describe('profiles', () => {
  const settings = resolveSettings(base);
  test('production is strict, development cheaper but as encrypted and as closed', () => {
    const prod = env(settings, 'production').capabilities;
    const dev = env(settings, 'dev').capabilities;
    expect(prod.network.natGatewayPerAz).toBe(true);
    expect(prod.database).toMatchObject({ multiAz: true, deletionProtection: true, backupRetentionDays: 35 });
    expect(prod.webTier).toMatchObject({ spotInstances: false, loadBalancerDeletionProtection: true, minSize: 3 });
    expect(dev.network.natGatewayPerAz).toBe(false);
    expect(dev.database).toMatchObject({ multiAz: false, deletionProtection: false, crossRegionReplica: false });
    for (const c of [prod, dev]) {
      expect(c.audit).toMatchObject({ cloudTrail: true, config: true, guardDuty: true, securityHub: true });
      expect(c.webTier.webApplicationFirewall).toBe(true);
    }
  });
});

describe('capability overrides', () => {
  test('capabilities apply to every environment, environmentCapabilities to one, over the profile', () => {
    const capabilities: PlatformCapabilityOptions = { operations: { alarmEmails: ['ops@example.com'] }, database: { enabled: false } };
    const settings = resolveSettings({
      ...base,
      capabilities,
      environmentCapabilities: { dev: { database: { enabled: true, instanceClass: 'db.t4g.small' }, webTier: { maxSize: 3, desiredCapacity: 2 } } },
    });
    expect(env(settings, 'production').capabilities.database.enabled).toBe(false);
    expect(env(settings, 'dev').capabilities.database).toMatchObject({ enabled: true, instanceClass: 'db.t4g.small', multiAz: false });
    expect(env(settings, 'dev').capabilities.webTier).toMatchObject({ minSize: 1, desiredCapacity: 2, maxSize: 3 });
    expect(env(settings, 'staging').capabilities.operations).toMatchObject({ alarmEmails: ['ops@example.com'], budgetAlertEmails: ['ops@example.com'] });
  });

  test('every setting that cannot work is reported with the option, the value and what is allowed', () => {
    const found = problems({
      environmentCapabilities: {
        production: { network: { natGatewayPerAz: false }, webTier: { spotInstances: true, minSize: 1 } },
        dev: {
          network: { flowLogRetentionDays: 10 },
          database: { backupRetentionDays: 3 },
          webTier: { minSize: 3, maxSize: 2, certificateArns: { 'eu-west-1': 'arn:aws:acm:eu-west-1:111111111111:certificate/abc' } },
          edge: { hostedZoneId: 'Z123' },
        },
        qa: {},
      },
      capabilities: { operations: { alarmEmails: ['not-an-email'], patchingSchedule: 'weekly' } },
    });
    const expected = [
      /^environmentCapabilities\.production\.network\.natGatewayPerAz: false is not allowed in production/,
      /^environmentCapabilities\.production\.webTier\.spotInstances: true is not allowed in production/,
      /^environmentCapabilities\.production\.webTier\.minSize: 1 is below 2 in production/,
      /^environmentCapabilities\.dev\.network\.flowLogRetentionDays: 10 is not a retention CloudWatch Logs accepts/,
      /^environmentCapabilities\.dev\.database\.backupRetentionDays: 3 is out of range: use a whole number of days from 7 to 35/,
      /^environmentCapabilities\.dev\.webTier\.desiredCapacity: .* must satisfy minSize ≤ desiredCapacity ≤ maxSize/,
      /^environmentCapabilities\.dev\.webTier\.certificateArns: "eu-west-1" is not a region of environment dev/,
      /^environmentCapabilities\.dev\.edge\.hostedZoneId: "Z123" needs webTier\.domainName/,
      /^environmentCapabilities: "qa" names an unknown environment/,
      /^capabilities\.operations\.alarmEmails: "not-an-email" is not an email address/,
      /^capabilities\.operations\.patchingSchedule: "weekly" is not an AWS cron expression/,
    ];
    for (const pattern of expected) expect(found).toContainEqual(expect.stringMatching(pattern));
  });

  test('cross-region capabilities need a secondary region; certificates must be of their region and account', () => {
    expect(problems({ preset: 'baseline', capabilities: { storage: { crossRegionReplication: true } } })).toContainEqual(
      expect.stringMatching(/^capabilities\.storage\.crossRegionReplication: true needs a secondary region/),
    );
    expect(
      problems({ environmentCapabilities: { dev: { webTier: { certificateArns: { 'us-east-1': 'arn:aws:acm:us-west-2:111111111111:certificate/abc' } } } } }),
    ).toContainEqual(expect.stringMatching(/is in us-west-2 but is given for us-east-1/));
  });
});

describe('address plan and names', () => {
  test('environment blocks may be given; overlaps and blocks too small for the regions are rejected', () => {
    const settings = resolveSettings({ ...base, environmentCidrs: ['production=172.16.0.0/12'] });
    expect(env(settings, 'production').cidrBlock).toBe('172.16.0.0/12');
    expect(problems({ environmentCidrs: ['production=10.0.0.0/12'] })).toContainEqual(
      expect.stringMatching(/^environmentCidrs: "dev=10\.0\.0\.0\/12" overlaps production=10\.0\.0\.0\/12/),
    );
    expect(problems({ environmentCidrs: ['dev=10.200.0.0/16'] })).toContainEqual(expect.stringMatching(/^environmentCidrs: "dev=10\.200\.0\.0\/16" is not an IPv4 CIDR block of size \/15 or larger/));
  });

  test('the longest names the options allow still fit S3\'s 63 characters', () => {
    const settings = resolveSettings({
      ...base,
      projectName: 'a-very-long-project1',
      environments: ['development1'],
      primaryRegion: 'ap-southeast-4',
      preset: 'baseline',
    });
    const longest = ['a-very-long-project1', 'development1', LONGEST_BUCKET_PURPOSE, '111111111111', settings.regionCodes['ap-southeast-4']].join('-');
    expect(longest.length).toBeLessThanOrEqual(63);
  });

  test('region codes are unique across the supported regions', () => {
    const codes = SUPPORTED_REGIONS.map(regionCode);
    expect(new Set(codes).size).toBe(codes.length);
    expect(regionCode('ap-southeast-4')).toBe('apse4');
  });
});

describe('the generated repository', () => {
  const files = synthProject({
    preset: 'enterprise',
    environmentCapabilities: { production: { edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' }, webTier: { domainName: 'app.example.com' } } },
  });

  test('settings.ts carries the preset, region codes and every environment\'s resolved capabilities', () => {
    const settings = files['src/platform/settings.ts'] as string;
    const json = JSON.parse(settings.slice(settings.indexOf('= {') + 2, settings.lastIndexOf(';')));
    expect(json.preset).toBe('enterprise');
    expect(json.regionCodes).toEqual({ 'us-east-1': 'use1', 'us-west-2': 'usw2', 'us-east-2': 'use2' });
    const production = json.environments.find((e: any) => e.name === 'production');
    expect(production.capabilities.edge).toEqual({ routingPolicy: 'failover', hostedZoneId: 'Z0123456789ABCDEFGHIJ' });
    expect(production.capabilities.webTier.domainName).toBe('app.example.com');
  });

  test('the foundation\'s folders are part of the managed platform library', () => {
    for (const file of [
      'src/platform/encryption/regional-keys.ts',
      'src/platform/storage/hardened-bucket.ts',
      'src/platform/network/network-acls.ts',
      'src/platform/audit/account-trail.ts',
      'src/platform/identity/instance-role.ts',
      'src/platform/stacks/replication-stack.ts',
    ]) {
      expect(files[file]).toContain('~~ Generated by projen');
    }
  });
});
