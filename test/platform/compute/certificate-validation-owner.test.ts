import { App, TerraformStack, Testing } from 'cdktf';
import { resolveSettings, InvalidOptionsError } from '../../../src/resolve-settings';
import { buildPlatform } from '../../../templates/platform/platform';
import { settingsFixture } from '../settings-fixture';

/** The production environment of the fixture with a domain and its hosted zone, in both regions. */
function synthWithDomain(certificateArns: Record<string, string> = {}) {
  const fixture = settingsFixture();
  const prod = fixture.environments.find((e) => e.name === 'prod')!;
  const environment = {
    ...prod,
    capabilities: {
      ...prod.capabilities,
      webTier: { ...prod.capabilities.webTier, domainName: 'app.example.com', certificateArns },
      edge: { ...prod.capabilities.edge, hostedZoneId: 'Z0123456789ABCDEFGHIJ' },
    },
  };
  const app = Testing.app();
  buildPlatform(app as App, { ...fixture, environments: [environment] });
  return (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
}

describe('certificate validation records', () => {
  const synth = synthWithDomain();
  const primary = synth('prod-us-east-1');
  const secondary = synth('prod-us-west-2');
  const validationRecords = (json: any) =>
    Object.entries(json.resource?.aws_route53_record ?? {}).filter(([, r]: [string, any]) => r.for_each !== undefined) as [string, any][];

  test('are owned by exactly one stack, the primary region\'s, without allow_overwrite', () => {
    const owned = validationRecords(primary);
    expect(owned).toHaveLength(1);
    expect(owned[0][1].allow_overwrite).toBeUndefined();
    expect(validationRecords(secondary)).toHaveLength(0);
  });

  test('every region still waits for its own certificate to be issued', () => {
    for (const json of [primary, secondary]) {
      expect(Object.keys(json.resource.aws_acm_certificate_validation)).toHaveLength(1);
    }
    const waiting = Object.values(secondary.resource.aws_acm_certificate_validation)[0] as any;
    expect(waiting.validation_record_fqdns).toBeUndefined();
  });

  test('a stack that owned the records before forgets them instead of deleting the owner\'s record', () => {
    const [ownerId] = validationRecords(primary)[0];
    expect(secondary.removed).toEqual([{ from: `aws_route53_record.${ownerId}`, lifecycle: { destroy: false } }]);
    expect(primary.removed).toBeUndefined();
  });

  test('when the primary region brings its own certificate, the next region that requests one owns the records', () => {
    const withArn = synthWithDomain({ 'us-east-1': 'arn:aws:acm:us-east-1:222222222222:certificate/0f0f0f0f-0000-4000-8000-000000000000' });
    expect(validationRecords(withArn('prod-us-west-2'))).toHaveLength(1);
    expect(validationRecords(withArn('prod-us-east-1'))).toHaveLength(0);
  });
});

describe('a domain without a hosted zone', () => {
  const base = { name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', preset: 'multi-region' };
  const problems = (options: object): readonly string[] => {
    try {
      resolveSettings({ ...base, ...options } as any);
    } catch (error) {
      if (error instanceof InvalidOptionsError) return error.problems;
      throw error;
    }
    return [];
  };

  test('fails at option validation, naming the option and what would be right', () => {
    expect(problems({ capabilities: { webTier: { domainName: 'app.example.com' } } })).toContainEqual(
      expect.stringMatching(
        /^capabilities\.webTier\.domainName: "app\.example\.com" needs edge\.hostedZoneId \(or webTier\.certificateArns for us-east-1, us-west-2\): .*45 minutes/,
      ),
    );
  });

  test('is accepted with a certificate for every region, or with the zone', () => {
    expect(problems({ capabilities: { webTier: { domainName: 'app.example.com' }, edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' } } })).toEqual([]);
    const arn = (region: string) => `arn:aws:acm:${region}:111111111111:certificate/0f0f0f0f-0000-4000-8000-000000000000`;
    expect(
      problems({
        environments: ['dev'],
        capabilities: { webTier: { domainName: 'app.example.com', certificateArns: { 'us-east-1': arn('us-east-1'), 'us-west-2': arn('us-west-2') } } },
      }),
    ).toEqual([]);
  });
});
