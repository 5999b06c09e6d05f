import { SecureAwsStackProjectOptions } from '../src/options';
import { InvalidOptionsError, resolveSettings } from '../src/resolve-settings';

const base: SecureAwsStackProjectOptions = {
  name: 'payments',
  defaultReleaseBranch: 'main',
  networkCidr: '10.0.0.0/8',
  environments: ['dev', 'prod'],
  accountIds: ['dev=123456789012', 'prod=210987654321'],
  capabilities: { operations: { alarmEmails: ['ops@example.com'] } },
  securityContactName: 'Payments security',
  securityContactTitle: 'Security team',
  securityContactEmail: 'security@example.com',
  securityContactPhone: '+1 555 0100',
};

function problems(options: Partial<SecureAwsStackProjectOptions>): readonly string[] {
  try {
    resolveSettings({ ...base, ...options });
  } catch (error) {
    if (error instanceof InvalidOptionsError) return error.problems;
    throw error;
  }
  return [];
}

describe('encryption.keyUserArns', () => {
  test('defaults to none and is resolved per environment', () => {
    const settings = resolveSettings({
      ...base,
      environmentCapabilities: { prod: { encryption: { keyUserArns: ['arn:aws:iam::210987654321:role/analysts'] } } },
    });
    const caps = (name: string) => settings.environments.find((e) => e.name === name)!.capabilities;
    expect(caps('dev').encryption).toEqual({ keyUserArns: [] });
    expect(caps('prod').encryption).toEqual({ keyUserArns: ['arn:aws:iam::210987654321:role/analysts'] });
  });

  test('names the option when a value is not an IAM principal of the environment\'s account', () => {
    const found = problems({
      capabilities: { operations: { alarmEmails: ['ops@example.com'] }, encryption: { keyUserArns: ['analysts', 'arn:aws:iam::123456789012:role/data-*'] } },
    });
    expect(found).toContainEqual(expect.stringMatching(/^capabilities\.encryption\.keyUserArns: "analysts" is not an IAM role or user ARN/));
    expect(found).toContainEqual(
      expect.stringMatching(/^capabilities\.encryption\.keyUserArns: "arn:aws:iam::123456789012:role\/data-\*" belongs to account 123456789012: key policies of environment prod/),
    );
    expect(found.filter((p) => p.includes('data-*'))).toHaveLength(1);
  });
});
