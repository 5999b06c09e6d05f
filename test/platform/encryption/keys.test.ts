import { backupRoleName } from '../../../templates/platform/data/backup-plan';
import { AccountKeys } from '../../../templates/platform/encryption/account-keys';
import { useThroughService } from '../../../templates/platform/encryption/key-policy';
import { keyUsers } from '../../../templates/platform/encryption/key-users';
import { REGIONAL_KEY_PURPOSES, RegionalKeys } from '../../../templates/platform/encryption/regional-keys';
import { regionalPrefix, replicationRoleName } from '../../../templates/platform/naming';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

const ACCOUNT = '222222222222';

function regionalKeys() {
  const stack = testStack('eu-west-1');
  const keys = new RegionalKeys(stack, 'keys', { aliasPrefix: 'payments-prod', accountId: ACCOUNT, region: 'eu-west-1' });
  return { keys, json: synthJson(stack) };
}

function policyOf(json: any, alias: string): any {
  const aliases = Object.values(resourcesOf(json, 'aws_kms_alias')) as any[];
  const target = aliases.find((a) => a.name === `alias/${alias}`);
  expect(target).toBeDefined();
  const keyRef = /aws_kms_key\.([^.]+)\.key_id/.exec(target.target_key_id)![1];
  return JSON.parse(resourcesOf(json, 'aws_kms_key')[keyRef].policy);
}

describe('RegionalKeys', () => {
  const { keys, json } = regionalKeys();

  test('one rotating, enabled, symmetric key with an alias per purpose', () => {
    const created = Object.values(resourcesOf(json, 'aws_kms_key')) as any[];
    expect(created).toHaveLength(REGIONAL_KEY_PURPOSES.length);
    for (const key of created) {
      expect(key).toMatchObject({ enable_key_rotation: true, is_enabled: true, deletion_window_in_days: 30, customer_master_key_spec: 'SYMMETRIC_DEFAULT' });
    }
    expect((Object.values(resourcesOf(json, 'aws_kms_alias')) as any[]).map((a) => a.name).sort()).toEqual(
      REGIONAL_KEY_PURPOSES.map((p) => `alias/payments-prod-${p}`).sort(),
    );
  });

  test('every policy lets the account administer the key and allows no unconditioned wildcard principal', () => {
    for (const purpose of REGIONAL_KEY_PURPOSES) {
      const policy = policyOf(json, `payments-prod-${purpose}`);
      expect(policy.Statement[0]).toEqual({
        Sid: 'AccountAdministersTheKeyThroughIam',
        Effect: 'Allow',
        Principal: { AWS: `arn:aws:iam::${ACCOUNT}:root` },
        Action: 'kms:*',
        Resource: '*',
      });
      for (const statement of policy.Statement.slice(1)) {
        expect(statement.Action).not.toContain('kms:*');
        if (statement.Principal.AWS === '*') {
          expect(statement.Condition.StringEquals['kms:CallerAccount']).toBe(ACCOUNT);
          expect(statement.Condition.StringEquals['kms:ViaService']).toMatch(/\.eu-west-1\.amazonaws\.com$/);
        } else if (statement.Principal.Service === 'events.amazonaws.com') {
          // EventBridge sends no aws:SourceAccount to KMS: a condition on it would drop every event.
          expect(statement.Condition).toBeUndefined();
          expect(statement.Action).toEqual(['kms:GenerateDataKey*', 'kms:Decrypt']);
        } else {
          expect(statement.Principal.Service).toBeDefined();
          expect(statement.Condition).toBeDefined();
        }
      }
      const sids = policy.Statement.map((s: any) => s.Sid);
      expect(new Set(sids).size).toBe(sids.length);
    }
  });

  test('each key serves exactly the services of its purpose', () => {
    const via = (purpose: string) =>
      policyOf(json, `payments-prod-${purpose}`)
        .Statement.filter((s: any) => s.Condition?.StringEquals?.['kms:ViaService'])
        .map((s: any) => s.Condition.StringEquals['kms:ViaService']);
    expect(new Set(via('data'))).toEqual(new Set(['s3.eu-west-1.amazonaws.com']));
    expect(new Set(via('ebs'))).toEqual(new Set(['ec2.eu-west-1.amazonaws.com']));
    expect(new Set(via('rds'))).toEqual(new Set(['rds.eu-west-1.amazonaws.com']));
    expect(new Set(via('dynamodb'))).toEqual(new Set(['dynamodb.eu-west-1.amazonaws.com']));
    expect(new Set(via('backup'))).toEqual(new Set(['backup.eu-west-1.amazonaws.com']));
    expect(new Set(via('secrets'))).toEqual(new Set(['secretsmanager.eu-west-1.amazonaws.com']));
    const logs = policyOf(json, 'payments-prod-logs').Statement[1];
    expect(logs.Principal).toEqual({ Service: 'logs.eu-west-1.amazonaws.com' });
    expect(logs.Condition.ArnLike['kms:EncryptionContext:aws:logs:arn']).toBe(`arn:aws:logs:eu-west-1:${ACCOUNT}:log-group:*`);
    const sns = policyOf(json, 'payments-prod-sns').Statement;
    expect(sns.filter((s: any) => s.Principal.Service).map((s: any) => s.Principal.Service).sort()).toEqual(['cloudwatch.amazonaws.com', 'events.amazonaws.com']);
    const cloudwatch = sns.find((s: any) => s.Principal.Service === 'cloudwatch.amazonaws.com');
    expect(cloudwatch.Condition.StringEquals['aws:SourceAccount']).toBe(ACCOUNT);
    expect(sns.find((s: any) => s.Principal.Service === 'events.amazonaws.com').Condition).toBeUndefined();
  });

  test('grants are only for AWS resources', () => {
    const ebs = policyOf(json, 'payments-prod-ebs').Statement.find((s: any) => s.Action.includes('kms:CreateGrant'));
    expect(ebs.Condition.Bool).toEqual({ 'kms:GrantIsForAWSResource': true });
    expect(policyOf(json, 'payments-prod-data').Statement.some((s: any) => s.Action.includes?.('kms:CreateGrant'))).toBe(false);
  });

  test('EBS encryption by default with the ebs key', () => {
    expect(onlyResource(json, 'aws_ebs_encryption_by_default').enabled).toBe(true);
    expect(onlyResource(json, 'aws_ebs_default_kms_key').key_arn).toMatch(/aws_kms_key\.keys_ebs_key_[0-9A-F]+\.arn/);
  });

  test('deterministic alias ARNs for other regions', () => {
    expect(keys.data.aliasArn).toBe(`arn:aws:kms:eu-west-1:${ACCOUNT}:alias/payments-prod-data`);
  });
});

describe('AccountKeys', () => {
  const stack = testStack('us-east-1');
  new AccountKeys(stack, 'keys', { aliasPrefix: 'payments-prod', accountId: ACCOUNT, region: 'us-east-1', trailName: 'payments-prod-trail' });
  const json = synthJson(stack);

  test('only the account trail may encrypt with the audit key', () => {
    const policy = policyOf(json, 'payments-prod-audit');
    const trail = policy.Statement.filter((s: any) => s.Principal.Service === 'cloudtrail.amazonaws.com');
    expect(trail).toHaveLength(2);
    for (const statement of trail) {
      expect(statement.Condition.StringEquals['aws:SourceArn']).toBe(`arn:aws:cloudtrail:us-east-1:${ACCOUNT}:trail/payments-prod-trail`);
    }
    expect(trail[0].Action).toEqual(['kms:GenerateDataKey*']);
    expect(policy.Statement.some((s: any) => s.Principal.Service === 'config.amazonaws.com' && s.Condition.StringEquals['aws:SourceAccount'] === ACCOUNT)).toBe(true);
  });

  test('alarms and budgets can publish to topics encrypted with the alerts key', () => {
    const services = policyOf(json, 'payments-prod-alerts')
      .Statement.filter((s: any) => s.Principal.Service)
      .map((s: any) => s.Principal.Service);
    expect(services.sort()).toEqual(['budgets.amazonaws.com', 'cloudwatch.amazonaws.com', 'events.amazonaws.com']);
  });
});

describe('key users of the data, DynamoDB and secrets keys', () => {
  const settings = settingsFixture();
  const prod = settings.environments.find((e) => e.name === 'prod')!;
  const stack = testStack('us-east-1');
  new RegionalKeys(stack, 'keys', {
    aliasPrefix: 'payments-prod',
    accountId: prod.accountId,
    region: 'us-east-1',
    keyUsers: keyUsers(settings, prod),
  });
  const json = synthJson(stack);
  const role = (name: string) => `arn:aws:iam::${prod.accountId}:role/${name}`;
  const principalsOf = (purpose: string) => {
    const statements = policyOf(json, `payments-prod-${purpose}`).Statement.filter((s: any) => s.Principal.AWS === '*');
    expect(statements.length).toBeGreaterThan(0);
    return statements.map((s: any) => s.Condition.ArnLike?.['aws:PrincipalArn']);
  };

  test('only the roles that need the data may decrypt it through the service (a ReadOnlyAccess plan role may not)', () => {
    for (const principals of principalsOf('data')) {
      expect(principals).toEqual([role('payments-prod-app'), role('payments-prod-us-east-1-s3-replication')]);
    }
    for (const principals of principalsOf('dynamodb')) {
      expect(principals).toEqual([
        role('payments-prod-app'),
        role('payments-prod-us-east-1-backup'),
        role('aws-service-role/replication.dynamodb.amazonaws.com/AWSServiceRoleForDynamoDBReplication'),
      ]);
    }
    for (const principals of principalsOf('secrets')) {
      expect(principals).toEqual([role('payments-prod-app'), role('aws-service-role/rds.amazonaws.com/AWSServiceRoleForRDS')]);
    }
    // Keys whose service works for roles that cannot be named in advance (EC2 Auto Scaling's) stay open through it.
    for (const principals of principalsOf('ebs')) expect(principals).toBeUndefined();
  });

  test('the names match the roles the platform creates', () => {
    expect(keyUsers(settings, prod).data).toContain(role(replicationRoleName(settings, prod)));
    expect(keyUsers(settings, prod).dynamodb).toContain(role(backupRoleName(regionalPrefix(settings, prod, 'us-east-1'))));
  });

  test('encryption.keyUserArns adds principals to every restricted key', () => {
    const reader = role('payments-prod-analysts');
    const withReader = { ...prod, capabilities: { ...prod.capabilities, encryption: { keyUserArns: [reader] } } };
    const users = keyUsers(settings, withReader);
    expect(users.data).toContain(reader);
    expect(users.dynamodb).toContain(reader);
    expect(users.secrets).toContain(reader);
  });

  test('an empty list of principals is refused rather than read as "everyone"', () => {
    expect(() => useThroughService(ACCOUNT, 'eu-west-1', 's3', false, [])).toThrow(/principalArns is empty/);
  });
});
