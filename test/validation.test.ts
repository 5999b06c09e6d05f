import { inspect } from 'util';
import { SecureAwsStackProjectOptions } from '../src';
import { newProject, rejectionOf as rejection, synthProject } from './synth-helper';
import { PRINT_REJECTION_AND_EXIT } from '../src/resolve/invalid-options-error';

describe('option validation', () => {
  test.each<[string, Partial<SecureAwsStackProjectOptions>, RegExp]>([
    ['unknown primary region', { primaryRegion: 'us-east-9' }, /primaryRegion: "us-east-9" is not a supported AWS region: use one of us-east-1, /],
    ['unknown secondary region', { secondaryRegions: ['mars-north-1'] }, /secondaryRegions: "mars-north-1" is not a supported AWS region/],
    ['secondary equal to primary', { primaryRegion: 'eu-west-1', secondaryRegions: ['eu-west-1'] }, /secondaryRegions: "eu-west-1" is the primary region/],
    ['duplicate secondary region', { secondaryRegions: ['us-west-2', 'us-west-2'] }, /secondaryRegions: "us-west-2" is listed more than once/],
    ['unknown state region', { stateRegion: 'nowhere-1' }, /stateRegion: "nowhere-1" is not a supported AWS region/],
    ['malformed account id', { environments: ['dev'], accountIds: ['dev=12345'] }, /accountIds: "dev=12345" has a malformed account id: an AWS account id is exactly 12 digits/],
    ['account id not of the form env=id', { environments: ['dev'], accountIds: ['123456789012'] }, /accountIds: "123456789012" is not of the form "<environment>=<value>"/],
    ['account id for an unknown environment', { environments: ['dev'], accountIds: ['dev=123456789012', 'qa=123456789012'] }, /accountIds: "qa=123456789012" names an unknown environment: use one of dev/],
    ['account ids missing an environment', { environments: ['dev', 'prod'], accountIds: ['dev=123456789012'] }, /accountIds: .* gives no account id for prod/],
    ['two account ids for one environment', { environments: ['dev'], accountIds: ['dev=123456789012', 'dev=210987654321'] }, /gives dev a second value/],
    ['empty owner', { owner: '' }, /owner: "" is not a valid AWS tag value/],
    ['owner with characters tags do not allow', { owner: 'team<payments>' }, /owner: "team<payments>" is not a valid AWS tag value/],
    ['cost centre with surrounding spaces', { costCenter: ' cc-1 ' }, /costCenter: " cc-1 " is not a valid AWS tag value/],
    ['project name with uppercase', { projectName: 'Payments' }, /projectName: "Payments" cannot be part of S3 bucket and resource names/],
    ['project name with underscore', { projectName: 'pay_ments' }, /projectName: "pay_ments" cannot be part of S3 bucket/],
    ['project name too long', { projectName: 'a'.repeat(21) }, /projectName: "a{21}" cannot be part/],
    ['project name too short', { projectName: 'ab' }, /projectName: "ab" cannot be part/],
    ['project name with a double hyphen', { projectName: 'pay--ments' }, /projectName: "pay--ments" cannot be part/],
    ['organization with dots', { organization: 'acme.corp' }, /organization: "acme.corp" is not allowed/],
    ['unknown data classification', { dataClassification: 'secret' }, /dataClassification: "secret" is not allowed: use one of public, internal, confidential, restricted/],
    ['no environments', { environments: [] }, /environments: \[\] is empty/],
    ['duplicate environments', { environments: ['dev', 'dev'] }, /environments: "dev" is listed more than once/],
    ['environment name with a hyphen', { environments: ['dev-1'] }, /environments: "dev-1" is not a valid environment name/],
    ['unknown environment profile', { environments: ['dev'], environmentProfiles: ['dev=huge'] }, /environmentProfiles: "dev=huge" has an unknown profile: use one of development, staging, production/],
    ['invalid state bucket name', { stateBucket: 'My_Bucket' }, /stateBucket: "My_Bucket" is not a valid S3 bucket name/],
    ['state bucket name like an IP address', { stateBucket: '192.168.1.1' }, /stateBucket: "192.168.1.1" is not a valid S3 bucket name: it must not look like an IP address/],
    ['state bucket with a reserved prefix', { stateBucket: 'xn--bucket' }, /reserved by AWS/],
    ['network block not private', { networkCidr: '8.0.0.0/8' }, /networkCidr: "8.0.0.0\/8" is not inside a private range/],
    ['network block too small', { networkCidr: '10.0.0.0/16' }, /networkCidr: "10.0.0.0\/16" is not an IPv4 CIDR block of size \/12 or larger/],
    ['network block with host bits', { networkCidr: '10.1.0.0/8' }, /networkCidr: "10.1.0.0\/8" is not an IPv4 CIDR block/],
    ['more environments than the network holds', { networkCidr: '172.16.0.0/12', environments: ['dev', 'prod'] }, /networkCidr: "172.16.0.0\/12" holds 1 environment blocks/],
  ])('%s', (_name, options, expected) => {
    const message = rejection(options);
    expect(message).toMatch(/^secure-aws-stack: invalid options/);
    expect(message).toMatch(expected);
  });

  test('lists every problem at once', () => {
    const message = rejection({ primaryRegion: 'nowhere', owner: '', environments: ['dev', 'dev'] });
    expect(message).toContain('primaryRegion:');
    expect(message).toContain('owner:');
    expect(message).toContain('environments:');
  });

  test('accepts every supported region as primary', () => {
    for (const primaryRegion of ['eu-west-1', 'ap-northeast-1', 'ca-central-1', 'sa-east-1']) {
      expect(() => newProject({ primaryRegion, secondaryRegions: [] })).not.toThrow();
    }
  });
});

describe('flags as people type them (projen new passes numbers, `true` and NaN)', () => {
  const typed = (options: Record<string, unknown>) => options as Partial<SecureAwsStackProjectOptions>;

  test('number-like values where strings are meant are those strings', () => {
    const settings = synthProject(typed({ costCenter: 4711, organization: 1234 }))['src/platform/settings.ts'] as string;
    expect(settings).toContain('"CostCenter": "4711"');
    expect(settings).toContain('"organization": "1234"');
  });

  test.each<[string, Record<string, unknown>, string]>([
    ['a state bucket that is a number', { stateBucket: 12 }, 'stateBucket: "12" is not a valid S3 bucket name: it must be 3 to 63 characters long'],
    ['an extra tag that is a number', { extraTags: [1234] }, 'extraTags: "1234" is not of the form "Key=Value"'],
    ['a list flag without a value', { environments: [true] }, 'environments: has no value: give one or more values (repeat the flag for each)'],
    ['a string flag without a value', { owner: true }, 'owner: has no value: give a value'],
    ['a number flag that is not a number (parseInt gives NaN)', { planRetentionDays: NaN }, 'planRetentionDays: is not a number: give a number (e.g. 7)'],
    ['a number flag that is not a number, as it reaches the project type (null)', { planRetentionDays: null }, 'planRetentionDays: is not a number: give a number (e.g. 7)'],
    ['a number option given as a word', { planRetentionDays: 'abc' }, 'planRetentionDays: "abc" is not a number (e.g. 7)'],
    ['a boolean option given as a word', { ciRequireShaPinning: 'yes' }, 'ciRequireShaPinning: "yes" is not true or false'],
    ['a capability of the wrong type', { capabilities: { database: { multiAz: 'no' } } }, 'capabilities.database.multiAz: "no" is not true or false'],
    ['an unknown capability setting', { capabilities: { database: { multiAZ: true } } }, 'capabilities.database.multiAZ: is not a setting of database'],
  ])('%s is named, alone, in the README format', (_name, options, line) => {
    const message = rejection(typed(options));
    const lines = message.split('\n');
    expect(lines[0]).toBe('secure-aws-stack: invalid options in .projenrc.ts (or projen new flags); nothing was written.');
    expect(lines).toHaveLength(2);
    expect(lines[1].startsWith(`  - ${line}`)).toBe(true);
  });

  test('a problem caused by another is reported once, at its cause', () => {
    for (const preset of ['multi-region', 'enterprise']) {
      const lines = rejection({ primaryRegion: 'xx-east-1', preset }).split('\n').slice(1);
      expect(lines).toEqual([expect.stringMatching(/^ {2}- primaryRegion: "xx-east-1" is not a supported AWS region/)]);
    }
  });

  test('an environments flag without a value does not also blame the address plan of the default environments', () => {
    const lines = rejection(typed({ environments: true, networkCidr: undefined })).split('\n').slice(1);
    expect(lines).toEqual(['  - environments: has no value: give one or more values (repeat the flag for each)']);
  });

  test('the rejection carries no stack trace and lists its problems once', () => {
    let caught: Error | undefined;
    try {
      newProject(typed({ stateBucket: 12, owner: true }));
    } catch (error) {
      caught = error as Error;
    }
    expect(caught!.stack).toBe(caught!.message);
    expect(inspect(caught).match(/stateBucket/g)).toHaveLength(1);
  });

  test('where .projenrc.ts is the program (the default task), the rejection is printed alone and the process exits 1', () => {
    const printed: string[] = [];
    const write = jest.spyOn(process.stderr, 'write').mockImplementation((text) => printed.push(String(text)) > 0);
    const exit = jest.spyOn(process, 'exit').mockImplementation((code) => {
      throw new Error(`exit ${code}`);
    });
    const global = globalThis as Record<symbol, unknown>;
    global[PRINT_REJECTION_AND_EXIT] = true;
    try {
      expect(() => newProject(typed({ stateBucket: 12 }))).toThrow('exit 1');
    } finally {
      delete global[PRINT_REJECTION_AND_EXIT];
      write.mockRestore();
      exit.mockRestore();
    }
    expect(printed).toEqual([`${rejection(typed({ stateBucket: 12 }))}\n`]);
  });
});
