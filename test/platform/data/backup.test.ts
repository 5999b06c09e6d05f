import { backupVaultArn, rdsInstanceArn } from '../../../templates/platform/data/arns';
import { BACKUP_RULES, BackupPlan, BackupPlanProps } from '../../../templates/platform/data/backup-plan';
import { BackupVault } from '../../../templates/platform/data/backup-vault';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

describe('BackupVault', () => {
  test('is encrypted with the customer-managed key and not force-destroyed', () => {
    const stack = testStack();
    new BackupVault(stack, 'vault', { vaultName: 'payments-prod', kmsKeyArn: 'arn:kms' });
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_backup_vault')).toEqual({ name: 'payments-prod', kms_key_arn: 'arn:kms', force_destroy: false });
    expect(resourcesOf(json, 'aws_backup_vault_lock_configuration')).toEqual({});
  });

  test('can be locked, in compliance mode when changeableForDays is set', () => {
    const stack = testStack();
    new BackupVault(stack, 'vault', { vaultName: 'v', kmsKeyArn: 'k', lock: { minRetentionDays: 7, maxRetentionDays: 120, changeableForDays: 3 } });
    expect(onlyResource(synthJson(stack), 'aws_backup_vault_lock_configuration')).toMatchObject({
      min_retention_days: 7,
      max_retention_days: 120,
      changeable_for_days: 3,
    });
    expect(() => new BackupVault(testStack(), 'v', { vaultName: 'v', kmsKeyArn: 'k', lock: { minRetentionDays: 30, maxRetentionDays: 7 } })).toThrow(
      /minRetentionDays <= maxRetentionDays/,
    );
  });
});

describe('BackupPlan', () => {
  function synth(overrides: Partial<BackupPlanProps> = {}) {
    const stack = testStack();
    new BackupPlan(stack, 'plan', {
      namePrefix: 'payments-prod-us-east-1',
      accountId: '222222222222',
      vaultName: 'payments-prod',
      copyToVaultArn: backupVaultArn({ region: 'us-west-2', accountId: '222222222222' }, 'payments-prod'),
      ...overrides,
    });
    return synthJson(stack);
  }
  const json = synth();
  const plan = onlyResource(json, 'aws_backup_plan');

  test('runs daily and weekly rules into the vault with production retention by default', () => {
    expect(plan.rule.map((r: any) => [r.rule_name, r.schedule, r.lifecycle.delete_after, r.target_vault_name])).toEqual([
      ['daily', 'cron(0 5 ? * * *)', 35, 'payments-prod'],
      ['weekly', 'cron(0 6 ? * SUN *)', 90, 'payments-prod'],
    ]);
  });

  test('copies every recovery point to the other region\'s vault by its deterministic ARN', () => {
    for (const rule of plan.rule) {
      expect(rule.copy_action).toEqual([
        { destination_vault_arn: 'arn:aws:backup:us-west-2:222222222222:backup-vault:payments-prod', lifecycle: { delete_after: rule.lifecycle.delete_after } },
      ]);
    }
    const single = onlyResource(synth({ copyToVaultArn: undefined, rules: BACKUP_RULES.development }), 'aws_backup_plan');
    expect(single.rule).toHaveLength(1);
    expect(single.rule[0].copy_action).toBeUndefined();
    expect(single.rule[0].lifecycle.delete_after).toBe(7);
  });

  test('selects resources tagged Backup=true', () => {
    const selection = onlyResource(json, 'aws_backup_selection');
    expect(selection.resources).toEqual(['*']);
    expect(selection.condition).toEqual([{ string_equals: [{ key: 'aws:ResourceTag/Backup', value: 'true' }] }]);
  });

  test('runs as a role only AWS Backup of this account can assume, with the AWS managed backup/restore policies', () => {
    const role = onlyResource(json, 'aws_iam_role');
    expect(role.name).toBe('payments-prod-us-east-1-backup');
    const trust = Object.values(json.data.aws_iam_policy_document)[0] as any;
    expect(trust.statement[0].principals).toEqual([{ type: 'Service', identifiers: ['backup.amazonaws.com'] }]);
    expect(trust.statement[0].condition[0].values).toEqual(['222222222222']);
    expect((Object.values(resourcesOf(json, 'aws_iam_role_policy_attachment')) as any[]).map((a) => a.policy_arn).sort()).toEqual([
      'arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForBackup',
      'arn:aws:iam::aws:policy/service-role/AWSBackupServiceRolePolicyForRestores',
    ]);
  });

  test('keeps names within AWS Backup limits', () => {
    const long = synth({ namePrefix: 'payments-platform-staging-ap-southeast-2' });
    expect(onlyResource(long, 'aws_backup_plan').name.length).toBeLessThanOrEqual(50);
    expect(onlyResource(long, 'aws_backup_selection').name.length).toBeLessThanOrEqual(50);
  });

  test('retention grows with the profile', () => {
    const longest = (profile: keyof typeof BACKUP_RULES) => Math.max(...BACKUP_RULES[profile].map((r) => r.deleteAfterDays));
    expect(longest('development')).toBeLessThan(longest('staging'));
    expect(longest('staging')).toBeLessThan(longest('production'));
  });
});

test('deterministic ARNs', () => {
  const scope = { region: 'eu-west-1', accountId: '123456789012' };
  expect(rdsInstanceArn(scope, 'db')).toBe('arn:aws:rds:eu-west-1:123456789012:db:db');
  expect(backupVaultArn({ ...scope, region: 'us-gov-west-1' }, 'v')).toBe('arn:aws-us-gov:backup:us-gov-west-1:123456789012:backup-vault:v');
});
