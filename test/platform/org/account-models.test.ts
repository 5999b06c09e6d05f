import { BASE_OPTIONS, countByStack, resourcesOf, resourceTypes, synthOrgApp } from './org-app';
import { resolveSettings } from '../../../src/resolve-settings';

/** The security services a managed baseline creates once per account and region. */
const SECURITY_SERVICES = [
  'aws_guardduty_detector',
  'aws_securityhub_account',
  'aws_config_configuration_recorder',
  'aws_config_delivery_channel',
  'aws_accessanalyzer_analyzer',
];
/** Account-wide settings, created whatever the baseline (once per account). */
const ACCOUNT_SETTINGS = ['aws_s3_account_public_access_block', 'aws_iam_account_password_policy'];
const REGIONAL_SETTINGS = ['aws_ebs_encryption_by_default', 'aws_ebs_default_kms_key'];

describe('an environment with an external security baseline (landing zone)', () => {
  const app = synthOrgApp({ securityBaselines: ['prod=external'], securityTopicArns: ['prod=arn:aws:sns:us-east-1:999999999999:org-security'] });
  const prodStacks = Object.keys(app.stacks).filter((name) => name.startsWith('prod-'));

  test('synthesizes none of the account security services, in any of its stacks', () => {
    for (const name of prodStacks) {
      expect(resourceTypes(app.stacks[name]).filter((type) => SECURITY_SERVICES.includes(type) || type.startsWith('aws_securityhub'))).toEqual([]);
    }
    expect(resourcesOf(app.stacks['prod-account'], 'aws_iam_role').map((r) => r.name)).not.toContain('payments-prod-config');
    expect(resourcesOf(app.stacks['prod-account'], 'aws_s3_bucket').map((b) => b.bucket)).not.toContain('payments-prod-config-222222222222-use1');
  });

  test('still sets the account-wide settings and keeps its Config rules on the organisation\'s recorder', () => {
    for (const type of ACCOUNT_SETTINGS) expect(resourcesOf(app.stacks['prod-account'], type)).toHaveLength(1);
    for (const type of REGIONAL_SETTINGS) expect(resourcesOf(app.stacks['prod-us-east-1'], type)).toHaveLength(1);
    const rules = resourcesOf(app.stacks['prod-us-east-1'], 'aws_config_config_rule');
    expect(rules.length).toBeGreaterThan(0);
    for (const rule of rules) expect(rule.depends_on ?? []).toEqual([]);
  });

  test('sends the CIS alarms to the organisation\'s security topic instead of creating one', () => {
    const account = app.stacks['prod-account'];
    expect(resourcesOf(account, 'aws_sns_topic').map((t) => t.name)).not.toContain('payments-prod-security-alarms');
    const alarms = resourcesOf(account, 'aws_cloudwatch_metric_alarm');
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) expect(alarm.alarm_actions).toEqual(['arn:aws:sns:us-east-1:999999999999:org-security']);
    expect(account.output.security_alarm_topic_arn.value).toBe('arn:aws:sns:us-east-1:999999999999:org-security');
  });

  test('the managed environment next to it keeps every service', () => {
    for (const type of SECURITY_SERVICES) expect(resourcesOf(app.stacks['dev-us-east-1'], type)).toHaveLength(1);
  });

  test('has no guardrail findings', () => {
    expect(app.findings).toBe('');
  });
});

describe('two environments in one account', () => {
  const app = synthOrgApp({
    environments: ['dev', 'staging', 'prod'],
    accountIds: ['dev=111111111111', 'staging=111111111111', 'prod=222222222222'],
  });
  const accountOf = (stack: string) => app.stacks[stack].provider.aws[0].allowed_account_ids[0];
  const regionOf = (stack: string) => app.stacks[stack].provider.aws[0].region;

  test.each([...SECURITY_SERVICES, ...REGIONAL_SETTINGS])('%s exists once per account and region', (type) => {
    const placements = Object.entries(countByStack(app.stacks, type)).flatMap(([stack, n]) => Array(n).fill(`${accountOf(stack)}@${regionOf(stack)}`));
    expect(placements.sort()).toEqual(['111111111111@us-east-1', '111111111111@us-west-2', '222222222222@us-east-1', '222222222222@us-west-2']);
  });

  test.each([...ACCOUNT_SETTINGS, 'aws_securityhub_finding_aggregator'])('%s exists once per account', (type) => {
    const stack = type === 'aws_securityhub_finding_aggregator' ? 'us-east-1' : 'account';
    expect(countByStack(app.stacks, type)).toEqual({ [`dev-${stack}`]: 1, [`prod-${stack}`]: 1 });
  });

  test('the AWS Support role exists once per account', () => {
    const supportRoles = (stack: string) => resourcesOf(app.stacks[stack], 'aws_iam_role').filter((r) => r.name.endsWith('-support'));
    expect(supportRoles('dev-account').map((r) => r.name)).toEqual(['payments-dev-support']);
    expect(supportRoles('staging-account')).toEqual([]);
    expect(supportRoles('prod-account').map((r) => r.name)).toEqual(['payments-prod-support']);
  });

  test('the second environment keeps its own workloads, keys, trail and Config rules', () => {
    expect(resourcesOf(app.stacks['staging-us-east-1'], 'aws_kms_key').length).toBe(8);
    expect(resourcesOf(app.stacks['staging-us-east-1'], 'aws_vpc')).toHaveLength(1);
    expect(resourcesOf(app.stacks['staging-account'], 'aws_cloudtrail')).toHaveLength(1);
    expect(resourcesOf(app.stacks['staging-us-east-1'], 'aws_config_config_rule').length).toBeGreaterThan(0);
  });

  test('has no guardrail findings (account-singletons-once included)', () => {
    expect(app.findings).toBe('');
  });
});

describe('org-fit option validation', () => {
  const rejection = (options: object) => {
    try {
      resolveSettings({ ...BASE_OPTIONS, ...options });
    } catch (error) {
      return (error as Error).message;
    }
    return '';
  };

  test.each([
    ['an unknown baseline', { securityBaselines: ['prod=organisation'] }, /securityBaselines: "prod=organisation" has an unknown baseline: use "managed"/],
    [
      'mixed baselines in one account',
      { accountIds: ['dev=111111111111', 'prod=111111111111'], securityBaselines: ['prod=external'] },
      /securityBaselines: \["dev=managed","prod=external"\] mixes baselines in account 111111111111/,
    ],
    ['a malformed topic ARN', { securityTopicArns: ['prod=arn:aws:sqs:us-east-1:999999999999:q'] }, /securityTopicArns: "prod=arn:aws:sqs:us-east-1:999999999999:q" is not an SNS topic ARN/],
    ['a DNS role that is no role', { dnsRoleArns: ['prod=arn:aws:iam::333333333333:user/dns'] }, /dnsRoleArns: "prod=arn:aws:iam::333333333333:user\/dns" is not an IAM role ARN/],
    [
      'an OIDC provider of another account',
      { githubOidcProviderArns: ['prod=arn:aws:iam::111111111111:oidc-provider/token.actions.githubusercontent.com'] },
      /githubOidcProviderArns: .* is in account 111111111111, but prod deploys to account 222222222222/,
    ],
    ['a malformed repository', { githubRepository: 'payments' }, /githubRepository: "payments" is not a GitHub repository: use "<owner>\/<repository>"/],
    ['an unknown environment', { securityBaselines: ['qa=external'] }, /securityBaselines: "qa=external" names an unknown environment: use one of dev, prod/],
  ])('rejects %s', (_, options, expected) => {
    expect(rejection(options)).toMatch(expected);
  });

  test('accepts environments sharing an account with one baseline', () => {
    expect(rejection({ accountIds: ['dev=111111111111', 'prod=111111111111'], securityBaselines: ['dev=external', 'prod=external'] })).toBe('');
  });
});
