/* eslint-disable no-template-curly-in-string */
import { SecureAwsStackProjectOptions } from '../src';
import { InvalidOptionsError, resolveSettings } from '../src/resolve-settings';
import { appOf } from './platform/guardrails/fixtures';
import { resourcesOf, synthOrgApp } from './platform/org/org-app';
import { securityContactWarnings } from '../src/resolve/capabilities/security-contact';
import { runGuardrails } from '../templates/platform/guardrails/engine';
import { rule } from '../templates/platform/guardrails/rules/account/account-security-contact';

const CONTACT = { name: 'Payments security', title: 'Security team', emailAddress: 'security@example.com', phoneNumber: '+1 555 0100' };
const FLAGS = {
  securityContactName: CONTACT.name,
  securityContactTitle: CONTACT.title,
  securityContactEmail: CONTACT.emailAddress,
  securityContactPhone: CONTACT.phoneNumber,
};

const real: SecureAwsStackProjectOptions = {
  name: 'payments',
  defaultReleaseBranch: 'main',
  networkCidr: '10.0.0.0/8',
  environments: ['dev', 'prod'],
  accountIds: ['dev=123456789012', 'prod=210987654321'],
  alarmEmails: ['ops@example.com'],
};

function problems(options: Partial<SecureAwsStackProjectOptions>): readonly string[] {
  try {
    resolveSettings({ ...real, ...options });
  } catch (error) {
    if (error instanceof InvalidOptionsError) return error.problems;
    throw error;
  }
  return [];
}

const contactOf = (options: Partial<SecureAwsStackProjectOptions>, env: string) =>
  resolveSettings({ ...real, ...options }).environments.find((e) => e.name === env)!.capabilities.operations.securityContact;

const warnings = (options: Partial<SecureAwsStackProjectOptions>) =>
  securityContactWarnings(resolveSettings({ ...real, ...options }).environments.map((e) => ({ ...e, securityBaseline: e.orgFit!.securityBaseline })));

describe('capabilities.operations.securityContact (FSBP Account.1)', () => {
  test('a production account with a real id and the managed baseline must have one, naming the option', () => {
    expect(problems({})).toEqual([
      expect.stringMatching(
        /^capabilities\.operations\.securityContact: is missing for production account 210987654321 \(environment prod\): Security Hub control Account\.1 fails .*set capabilities\.operations\.securityContact \(or environmentCapabilities\.prod\.operations\.securityContact\) to \{ name, title, emailAddress, phoneNumber \}$/,
      ),
    ]);
  });

  test('the flags set every environment\'s contact; the struct sets it per environment', () => {
    expect(problems(FLAGS)).toEqual([]);
    expect(contactOf(FLAGS, 'dev')).toEqual(CONTACT);
    expect(contactOf(FLAGS, 'prod')).toEqual(CONTACT);
    const own = { ...CONTACT, emailAddress: 'prod-security@example.com' };
    const options = { environmentCapabilities: { prod: { operations: { securityContact: own } } } };
    expect(problems(options)).toEqual([]);
    expect(contactOf(options, 'prod')).toEqual(own);
    expect(contactOf(options, 'dev')).toBeUndefined();
  });

  test('not required, and warned about, where the account is not a production one or its id a placeholder', () => {
    const options = { environmentCapabilities: { prod: { operations: { securityContact: CONTACT } } } };
    expect(warnings(options)).toEqual([
      'environment dev: account 123456789012 gets no security contact, so Security Hub control Account.1 fails; set capabilities.operations.securityContact (name, title, emailAddress, phoneNumber)',
    ]);
    // The no-flags repository: placeholder account ids plan offline and are never deployed.
    const placeholders = { accountIds: undefined, environments: undefined };
    expect(problems(placeholders)).toEqual([]);
    expect(warnings(placeholders)).toHaveLength(3);
  });

  test('optional and not warned about where the organisation provides the baseline', () => {
    const external = { securityBaselines: ['prod=external', 'dev=external'] };
    expect(problems(external)).toEqual([]);
    expect(warnings(external)).toEqual([]);
  });

  test('a shared account has one contact, set by its first environment, and required when any of its environments is production', () => {
    const shared = { accountIds: ['dev=210987654321', 'prod=210987654321'] };
    expect(problems(shared)).toEqual([expect.stringMatching(/^capabilities\.operations\.securityContact: is missing for production account 210987654321 \(environment dev\)/)]);
    expect(problems({ ...shared, environmentCapabilities: { dev: { operations: { securityContact: CONTACT } } } })).toEqual([]);
    expect(problems({ ...shared, ...FLAGS, environmentCapabilities: { prod: { operations: { securityContact: { ...CONTACT, name: 'Other' } } } } })).toEqual([
      'operations.securityContact of environment prod: differs from the contact of environment dev, which sets the settings of their shared account 210987654321: an account has one security contact; set it on dev',
    ]);
  });

  test('values AWS would refuse are reported per field, naming the option', () => {
    expect(problems({ ...FLAGS, securityContactPhone: 'call me', securityContactEmail: 'security' })).toEqual([
      'securityContactEmail: "security" is not an email address',
      'securityContactPhone: "call me" is not a phone number of digits, spaces, "+", "-", "(" and ")"',
    ]);
    const together = 'is missing: give securityContactName, securityContactTitle, securityContactEmail, securityContactPhone together';
    expect(problems({ securityContactEmail: CONTACT.emailAddress })).toEqual([
      `securityContactName: ${together}`,
      `securityContactTitle: ${together}`,
      `securityContactPhone: ${together}`,
    ]);
    const partial = { name: CONTACT.name, title: 'x'.repeat(51), emailAddress: CONTACT.emailAddress } as typeof CONTACT;
    expect(problems({ environmentCapabilities: { prod: { operations: { securityContact: partial } } } })).toEqual([
      `environmentCapabilities.prod.operations.securityContact.title: "${'x'.repeat(51)}" must have 1 to 50 characters`,
      `environmentCapabilities.prod.operations.securityContact: ${JSON.stringify(partial)} has no phoneNumber: a security contact needs name, title, emailAddress and phoneNumber`,
    ]);
  });

  test('a number-like phone flag (projen new passes it as a number) is the phone number it looks like', () => {
    expect(contactOf({ ...FLAGS, securityContactPhone: 15550100 as unknown as string }, 'prod')?.phoneNumber).toBe('15550100');
  });
});

describe('the account stack sets the contact once per account', () => {
  test('only the environment that owns the account settings declares aws_account_alternate_contact of type SECURITY', () => {
    const app = synthOrgApp({ ...FLAGS, accountIds: ['dev=123456789012', 'staging=234567890123', 'prod=210987654321'], environments: ['dev', 'staging', 'prod'], alarmEmails: ['ops@example.com'] });
    const contacts = (stack: string) => resourcesOf(app.stacks[stack], 'aws_account_alternate_contact');
    for (const stack of ['dev-account', 'staging-account', 'prod-account']) {
      expect(contacts(stack)).toEqual([
        expect.objectContaining({ alternate_contact_type: 'SECURITY', name: CONTACT.name, title: CONTACT.title, email_address: CONTACT.emailAddress, phone_number: CONTACT.phoneNumber }),
      ]);
      expect(contacts(stack)[0].account_id).toBeUndefined();
    }
    expect(app.findings).toBe('');
  });

  test('environments sharing an account rely on the first one\'s contact', () => {
    const accountIds = ['dev=111111111111', 'staging=111111111111', 'prod=222222222222'];
    const app = synthOrgApp({ ...FLAGS, environments: ['dev', 'staging', 'prod'], accountIds });
    expect(resourcesOf(app.stacks['dev-account'], 'aws_account_alternate_contact')).toHaveLength(1);
    expect(resourcesOf(app.stacks['staging-account'], 'aws_account_alternate_contact')).toHaveLength(0);
    expect(app.findings).toBe('');
  });
});

describe('guardrail account-security-contact', () => {
  const FSBP = { 'aws_securityhub_standards_subscription.fsbp': { standards_arn: 'arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0' } };
  const inAccount = (account: string) => (j: Record<string, any>) => (j.provider.aws[0].allowed_account_ids = [account]);
  const findings = (account: string) =>
    runGuardrails(appOf({ resources: FSBP, mutate: inAccount(account) }), { rules: [rule] }).findings.map((f) => f.message);

  test('flags a production account with a real id and no contact', () => {
    expect(findings('210987654321')).toEqual([
      'account 210987654321 is subscribed to the Foundational Security Best Practices, but no stack declares its aws_account_alternate_contact of type SECURITY',
    ]);
  });

  test('leaves placeholder accounts and non-production environments to the warning of npx projen', () => {
    expect(findings('222222222222')).toEqual([]);
    const development = (j: Record<string, any>) => {
      j.provider.aws[0].allowed_account_ids = ['123456789012'];
      j.provider.aws[0].default_tags[0].tags.Environment = 'dev';
    };
    expect(runGuardrails(appOf({ resources: FSBP, stackName: 'dev-us-east-1', mutate: development }), { rules: [rule] }).findings).toEqual([]);
  });
});
