import { App, TerraformStack, Testing } from 'cdktf';
import { InvalidOptionsError, resolveSettings } from '../../../src/resolve-settings';
import { buildPlatform } from '../../../templates/platform/platform';
import { BackupCapability } from '../../../templates/platform/settings-model';
import { backupRules, vaultLockOf } from '../../../templates/platform/stacks/regional-workloads';
import { onlyResource, resourcesOf } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

function synthWithBackup(backup: Partial<BackupCapability>) {
  const fixture = settingsFixture();
  const prod = fixture.environments.find((e) => e.name === 'prod')!;
  const environment = { ...prod, capabilities: { ...prod.capabilities, backup: { ...prod.capabilities.backup, ...backup } } };
  const app = Testing.app();
  buildPlatform(app as App, { ...fixture, environments: [environment] });
  return (name: string) => JSON.parse(Testing.synth(app.node.findChild(name) as TerraformStack));
}

describe('backup.vaultLock', () => {
  test('off by default: no lock', () => {
    expect(resourcesOf(synthWithBackup({})('prod-us-east-1'), 'aws_backup_vault_lock_configuration')).toEqual({});
  });

  test('locks every region\'s vault with the plan\'s retention bounds, in governance mode', () => {
    const synth = synthWithBackup({ vaultLock: true });
    for (const stack of ['prod-us-east-1', 'prod-us-west-2']) {
      const lock = onlyResource(synth(stack), 'aws_backup_vault_lock_configuration');
      // Production: daily kept 35 days, weekly 90 (and their copies as long).
      expect(lock).toMatchObject({ min_retention_days: 35, max_retention_days: 90 });
      expect(lock.changeable_for_days).toBeUndefined();
    }
  });

  test('compliance mode after vaultLockChangeableForDays', () => {
    const lock = onlyResource(synthWithBackup({ vaultLock: true, vaultLockChangeableForDays: 7 })('prod-us-east-1'), 'aws_backup_vault_lock_configuration');
    expect(lock.changeable_for_days).toBe(7);
  });

  test('the bounds follow the rules and their copies', () => {
    expect(vaultLockOf(backupRules('development', 7))).toEqual({ minRetentionDays: 7, maxRetentionDays: 7, changeableForDays: undefined });
    expect(vaultLockOf([{ name: 'daily', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 10, copyDeleteAfterDays: 40 }], 3)).toEqual({
      minRetentionDays: 10,
      maxRetentionDays: 40,
      changeableForDays: 3,
    });
  });

  test('the options switch it on per environment; compliance mode needs the lock and at least 3 days', () => {
    const settings = resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', environmentCapabilities: { production: { backup: { vaultLock: true } } } });
    expect(settings.environments.find((e) => e.name === 'production')!.capabilities.backup.vaultLock).toBe(true);
    expect(settings.environments.find((e) => e.name === 'dev')!.capabilities.backup.vaultLock).toBe(false);
    let problems: readonly string[] = [];
    try {
      resolveSettings({ name: 'payments', defaultReleaseBranch: 'main', networkCidr: '10.0.0.0/8', capabilities: { backup: { vaultLockChangeableForDays: 2 } } });
    } catch (error) {
      problems = (error as InvalidOptionsError).problems;
    }
    expect(problems).toContainEqual(expect.stringMatching(/^capabilities\.backup\.vaultLockChangeableForDays: 2 needs backup\.vaultLock/));
    expect(problems).toContainEqual(expect.stringMatching(/^capabilities\.backup\.vaultLockChangeableForDays: 2 is out of range: use a whole number of days from 3 to 36500/));
  });
});
