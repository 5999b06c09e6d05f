import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { LogLevel, Testing } from 'projen';
import { SecureAwsStackProjectOptions } from '../src/options';
import { SecureAwsStackProject } from '../src/project';
import { alarmSubscriberWarnings, isPlaceholderAccountId } from '../src/resolve/capabilities/alarm-subscribers';
import { InvalidOptionsError, resolveSettings } from '../src/resolve-settings';

const real: SecureAwsStackProjectOptions = {
  name: 'payments',
  defaultReleaseBranch: 'main',
  networkCidr: '10.0.0.0/8',
  environments: ['dev', 'prod'],
  accountIds: ['dev=123456789012', 'prod=210987654321'],
  // A production account with a real id also needs a security contact (see test/security-contact.test.ts).
  securityContactName: 'Payments security',
  securityContactTitle: 'Security team',
  securityContactEmail: 'security@example.com',
  securityContactPhone: '+1 555 0100',
};

function problems(options: SecureAwsStackProjectOptions): readonly string[] {
  try {
    resolveSettings(options);
  } catch (error) {
    if (error instanceof InvalidOptionsError) return error.problems;
    throw error;
  }
  return [];
}

describe('alarm subscribers', () => {
  test('a production environment with a real account id and no subscriber is refused, naming the option', () => {
    expect(problems(real)).toEqual([
      expect.stringMatching(
        /^capabilities\.operations\.alarmEmails: \[\] has no subscriber in production \(environment prod, profile production\) for account 210987654321: .*set alarmEmails \(projen new --alarm-emails <address>\), operations\.alarmEmails or operations\.alarmEndpoints$/,
      ),
    ]);
  });

  test('an e-mail address or an endpoint satisfies it, also per environment', () => {
    expect(problems({ ...real, capabilities: { operations: { alarmEmails: ['ops@example.com'] } } })).toEqual([]);
    // The top-level flag (`projen new --alarm-emails`) is the default of every environment's alarmEmails.
    expect(problems({ ...real, alarmEmails: ['ops@example.com'] })).toEqual([]);
    const settings = resolveSettings({ ...real, alarmEmails: ['ops@example.com'], environmentCapabilities: { dev: { operations: { alarmEmails: ['dev@example.com'] } } } });
    expect(settings.environments.map((e) => e.capabilities.operations.alarmEmails)).toEqual([['dev@example.com'], ['ops@example.com']]);
    expect(problems({ ...real, environmentCapabilities: { prod: { operations: { alarmEndpoints: ['https://events.pagerduty.com/integration/abc/enqueue'] } } } })).toEqual([]);
    expect(problems({ ...real, environmentCapabilities: { prod: { operations: { alarmEndpoints: ['arn:aws:sqs:us-east-1:210987654321:alarms'] } } } })).toEqual([]);
  });

  test('a bad --alarm-emails value is reported once, naming alarmEmails', () => {
    expect(problems({ ...real, alarmEmails: ['ops@example.com', 'not-an-email'] })).toEqual(['alarmEmails: "not-an-email" is not an email address']);
  });

  test('an endpoint that is neither an HTTPS URL nor an SQS or Lambda ARN is refused', () => {
    expect(problems({ ...real, capabilities: { operations: { alarmEmails: ['ops@example.com'], alarmEndpoints: ['http://hooks.example.com'] } } })).toEqual([
      'capabilities.operations.alarmEndpoints: "http://hooks.example.com" is not an HTTPS URL, an SQS queue ARN or a Lambda function ARN',
    ]);
  });

  test('the default environments (placeholder account ids) are accepted without a subscriber', () => {
    expect(isPlaceholderAccountId('333333333333')).toBe(true);
    expect(isPlaceholderAccountId('210987654321')).toBe(false);
    expect(problems({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.64.0.0/10' })).toEqual([]);
  });

  test('environments without a subscriber that are not refused get one warning line each at npx projen', () => {
    const settings = resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', environments: ['dev', 'prod'] });
    expect(alarmSubscriberWarnings(settings.environments)).toEqual([
      expect.stringMatching(/^environment dev: the alarm topics have no subscriber, so the CIS and workload alarms notify nobody; set alarmEmails/),
      expect.stringMatching(/^environment prod: /),
    ]);
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'alarm-subscribers-'));
    const warn = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const log = jest.spyOn(console, 'log').mockImplementation(() => undefined);
    try {
      const project = new SecureAwsStackProject({ ...real, outdir, logging: { level: LogLevel.WARN }, capabilities: { operations: { alarmEmails: [] } }, environmentCapabilities: { prod: { operations: { alarmEmails: ['ops@example.com'] } } } });
      Testing.synth(project);
      const printed = [...warn.mock.calls, ...log.mock.calls].map((call) => call.join(' ')).filter((line) => line.includes('no subscriber'));
      expect(printed).toHaveLength(1);
      expect(printed[0]).toContain('environment dev:');
    } finally {
      warn.mockRestore();
      log.mockRestore();
    }
  });
});
