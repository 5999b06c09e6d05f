import { App, TerraformStack, Testing } from 'cdktf';
import { ACTIONS_ALLOWED_WITHOUT_MFA } from '../../../templates/platform/identity/mfa-enforcement';
import { AccountPasswordPolicy } from '../../../templates/platform/identity/password-policy';
import { createPlatformStacks } from '../../../templates/platform/platform';
import { onlyResource, resourcesOf, testStack } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

const ACCOUNT = '222222222222';

const app = Testing.app();
createPlatformStacks(app as App, settingsFixture());
const json = (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
const account = json('prod-account');
const regional = json('prod-us-west-2');
const documents = (stack: any) => stack.data?.aws_iam_policy_document ?? {};
const document = (stack: any, idPart: string) => Object.entries(documents(stack)).find(([id]) => id.includes(idPart))![1] as any;

describe('password policy', () => {
  test('meets CIS: length 14, reuse 24, complexity, expiry 90 days', () => {
    expect(onlyResource(account, 'aws_iam_account_password_policy')).toMatchObject({
      minimum_password_length: 14,
      password_reuse_prevention: 24,
      max_password_age: 90,
      require_lowercase_characters: true,
      require_uppercase_characters: true,
      require_numbers: true,
      require_symbols: true,
    });
  });

  test('refuses weaker settings', () => {
    expect(() => new AccountPasswordPolicy(testStack(), 'weak', { minimumLength: 8 })).toThrow(/minimumLength 8/);
    expect(() => new AccountPasswordPolicy(testStack(), 'old', { maxAgeDays: 365 })).toThrow(/maxAgeDays 365/);
  });
});

describe('MFA enforcement', () => {
  const policy = onlyResource(account, 'aws_iam_policy', (p) => p.name === 'payments-prod-require-mfa');
  const mfaDocument = JSON.parse(policy.policy);

  test('denies everything but MFA and password self-service while aws:MultiFactorAuthPresent is not true', () => {
    const deny = mfaDocument.Statement.find((s: any) => s.Sid === 'DenyAllExceptMfaSetupWithoutMfa');
    expect(deny).toEqual({
      Sid: 'DenyAllExceptMfaSetupWithoutMfa',
      Effect: 'Deny',
      NotAction: ACTIONS_ALLOWED_WITHOUT_MFA,
      Resource: '*',
      Condition: { BoolIfExists: { 'aws:MultiFactorAuthPresent': 'false' } },
    });
    expect(ACTIONS_ALLOWED_WITHOUT_MFA).not.toContain('iam:CreateAccessKey');
  });

  test('self-service is limited to the caller\'s own user (IAM variable escaped from Terraform)', () => {
    const own = mfaDocument.Statement.find((s: any) => s.Sid === 'ManageOwnMfaDevice');
    expect(own.Resource).toBe(`arn:aws:iam::${ACCOUNT}:user/$\${aws:username}`);
  });

  test('attached to a group of human users, never to users', () => {
    expect(onlyResource(account, 'aws_iam_group').name).toBe('payments-prod-humans');
    expect(onlyResource(account, 'aws_iam_group_policy_attachment').policy_arn).toMatch(/aws_iam_policy\.mfa_policy/);
    for (const type of ['aws_iam_user', 'aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_access_key']) {
      expect(resourcesOf(account, type)).toEqual({});
    }
  });
});

describe('instance role', () => {
  test('an instance profile named for the regional stacks, assumable by EC2 only', () => {
    expect(onlyResource(account, 'aws_iam_instance_profile').name).toBe('payments-prod-app');
    const trust = document(account, 'instance-role_trust').statement;
    expect(trust).toEqual([{ actions: ['sts:AssumeRole'], principals: [{ type: 'Service', identifiers: ['ec2.amazonaws.com'] }] }]);
    const launchTemplate = onlyResource(regional, 'aws_launch_template');
    expect(launchTemplate.iam_instance_profile.name).toBe('payments-prod-app');
  });

  test('the SSM agent without account-wide parameter reads, the CloudWatch agent, its own parameters and secret; no wildcard actions', () => {
    const attached = (Object.values(resourcesOf(account, 'aws_iam_role_policy_attachment')) as any[])
      .filter((a) => a.role.includes('instance-role'))
      .map((a) => a.policy_arn);
    expect(attached).toEqual(expect.arrayContaining(['arn:aws:iam::aws:policy/CloudWatchAgentServerPolicy']));
    expect(attached).not.toContain('arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore');
    expect(attached).toHaveLength(2);
    const statements = document(account, 'instance-role_permissions').statement as any[];
    for (const statement of statements) for (const action of statement.actions) expect(action).not.toMatch(/\*/);
    // The SSM agent's actions on `*` never include reading parameters: only the instances' own path allows that.
    const onEverything = statements.filter((s) => s.resources.includes('*')).flatMap((s) => s.actions);
    expect(onEverything).toEqual(expect.arrayContaining(['ssm:UpdateInstanceInformation', 'ssmmessages:OpenDataChannel', 'ec2messages:GetMessages']));
    expect(onEverything.filter((a: string) => /^ssm:GetParameter/.test(a))).toEqual([]);
    const parameters = statements.find((s) => s.sid === 'ReadOwnParameters');
    expect(parameters.resources).toContain(`arn:aws:ssm:us-west-2:${ACCOUNT}:parameter/payments/prod/*`);
    expect(parameters.resources.every((r: string) => r.includes(':parameter/payments/prod'))).toBe(true);
    const secret = statements.find((s) => s.sid === 'ReadOwnSecret');
    expect(secret.resources).toEqual([
      `arn:aws:secretsmanager:us-east-1:${ACCOUNT}:secret:payments/prod/app-??????`,
      `arn:aws:secretsmanager:us-west-2:${ACCOUNT}:secret:payments/prod/app-??????`,
    ]);
    const decrypt = statements.find((s) => s.sid === 'DecryptOwnSecretsThroughTheirServices');
    expect(decrypt.condition).toContainEqual({ test: 'ForAnyValue:StringEquals', variable: 'kms:ResourceAliases', values: ['alias/payments-prod-secrets'] });
  });

  test('IAM Access Analyzer in every region', () => {
    expect(onlyResource(regional, 'aws_accessanalyzer_analyzer')).toMatchObject({ type: 'ACCOUNT', analyzer_name: 'payments-prod-us-west-2' });
  });
});
