import { addCapabilitiesToProjenrc, planInit, tsLiteral } from '../../src/generators/init-answers';

const ANSWERS = {
  projectName: 'payments',
  organization: 'acme',
  owner: 'team-payments',
  costCenter: 'cc-1234',
  dataClassification: 'confidential',
  environments: ['dev', 'prod'],
  accountIds: { dev: '123456789012', prod: '210987654321' },
  networkCidr: '10.64.0.0/10',
  preset: 'multi-region',
  primaryRegion: 'eu-west-1',
  alarmEmails: ['ops@example.com'],
  securityContactName: 'Payments security',
  securityContactTitle: 'Security team',
  securityContactEmail: 'security@example.com',
  securityContactPhone: '+1 555 0100',
  domainName: 'payments.example.com',
  hostedZoneId: 'Z0123456789ABCDEFGHIJ',
};

describe('planInit', () => {
  test('turns the answers into projen new flags and the capabilities flags cannot carry', () => {
    const { plan, problems } = planInit(ANSWERS, 'payments-infra');
    expect(problems).toEqual([]);
    expect(plan!.projenNewFlags).toEqual([
      '--project-name', 'payments', '--organization', 'acme', '--owner', 'team-payments', '--cost-center', 'cc-1234',
      '--data-classification', 'confidential', '--environments', 'dev', '--environments', 'prod',
      '--account-ids', 'dev=123456789012', '--account-ids', 'prod=210987654321', '--network-cidr', '10.64.0.0/10', '--preset', 'multi-region', '--primary-region', 'eu-west-1',
      '--alarm-emails', 'ops@example.com',
      '--security-contact-name', 'Payments security', '--security-contact-title', 'Security team',
      '--security-contact-email', 'security@example.com', '--security-contact-phone', '+1 555 0100',
    ]);
    expect(plan!.capabilities).toEqual({ webTier: { domainName: 'payments.example.com' }, edge: { hostedZoneId: 'Z0123456789ABCDEFGHIJ' } });
  });

  test('reports every problem at once with the resolver of projen new, and unknown or missing answers', () => {
    const { plan, problems } = planInit(
      { organization: 'acme', dataClassification: 'secret', primaryRegion: 'us-east-9', accountIds: { dev: '12' }, colour: 'blue' } as never,
      'x',
    );
    expect(plan).toBeUndefined();
    expect(problems).toEqual(expect.arrayContaining([
      expect.stringContaining('"colour" is not an answer of init'),
      'projectName: missing; it has no default',
      expect.stringContaining('dataClassification: "secret" is not allowed'),
      expect.stringContaining('primaryRegion: "us-east-9" is not a supported AWS region'),
    ]));
    expect(problems.length).toBeGreaterThanOrEqual(5);
  });
});

test('a production environment without an address block is rejected, naming networkCidr', () => {
  const { plan, problems } = planInit({ ...ANSWERS, networkCidr: '' }, 'payments-infra');
  expect(plan).toBeUndefined();
  expect(problems).toEqual([expect.stringMatching(/^networkCidr: is not set, so prod \(production\) would get the shared default blocks/)]);
});

describe('.projenrc.ts', () => {
  const projenrc = [
    "import { SecureAwsStackProject } from 'secure-aws-stack';",
    'const project = new SecureAwsStackProject({',
    "  name: 'payments',",
    '});',
    'project.synth();',
  ].join('\n');

  test('capabilities are added as the first option, as a TypeScript literal', () => {
    expect(addCapabilitiesToProjenrc(projenrc, { 'webTier': { domainName: 'a.example.com' }, 'odd-key': [1, true] })).toBe([
      "import { SecureAwsStackProject } from 'secure-aws-stack';",
      'const project = new SecureAwsStackProject({',
      '  capabilities: {',
      '    webTier: {',
      "      domainName: 'a.example.com',",
      '    },',
      "    'odd-key': [",
      '      1,',
      '      true,',
      '    ],',
      '  },',
      "  name: 'payments',",
      '});',
      'project.synth();',
    ].join('\n'));
  });

  test('refuses a file it does not recognise or one that already sets capabilities', () => {
    expect(() => addCapabilitiesToProjenrc('export {};', {})).toThrow('has no `new SecureAwsStackProject({`');
    expect(() => addCapabilitiesToProjenrc(projenrc.replace("  name: 'payments',", '  capabilities: {},'), {})).toThrow('already sets capabilities');
  });

  test('tsLiteral escapes quotes', () => expect(tsLiteral("it's")).toBe("'it\\'s'"));
});
