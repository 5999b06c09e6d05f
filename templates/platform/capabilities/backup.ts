import { RegionScope } from './scope';
import { BACKUP_RULES, BackupRuleOptions } from '../data/backup-plan';
import { VaultLockOptions } from '../data/backup-vault';
import { RegionalDataTierProps } from '../data/regional-data-tier';
import { EnvironmentProfile } from '../settings-model';

/** The profile's backup schedules with the configured retention of the daily recovery points. */
export function backupRules(profile: EnvironmentProfile, dailyRetentionDays: number): BackupRuleOptions[] {
  return BACKUP_RULES[profile].map((rule) => ({
    ...rule,
    deleteAfterDays: rule.name === 'daily' ? dailyRetentionDays : Math.max(rule.deleteAfterDays, dailyRetentionDays),
  }));
}

/**
 * The vault lock that fits a plan: its bounds are the shortest and longest retention of the rules (and their copies,
 * which land in the other region's vault under the same lock).
 */
export function vaultLockOf(rules: readonly BackupRuleOptions[], changeableForDays?: number): VaultLockOptions {
  const days = rules.flatMap((rule) => [rule.deleteAfterDays, rule.copyDeleteAfterDays ?? rule.deleteAfterDays]);
  return { minRetentionDays: Math.min(...days), maxRetentionDays: Math.max(...days), changeableForDays };
}

/**
 * The data tier's AWS Backup (`data`): a vault in every region (locked with `vaultLock`), the plan in the primary
 * region with the profile's rules, copying to the first secondary region's vault with `crossRegionCopy`.
 */
export function backupTier({ environment, region }: RegionScope): Pick<RegionalDataTierProps, 'backup' | 'backupRules' | 'vaultLock' | 'backupCopyRegion'> {
  const backup = environment.capabilities.backup;
  const [primaryRegion, firstSecondaryRegion] = environment.regions;
  const rules = backupRules(environment.profile, backup.retentionDays);
  return {
    backup: backup.enabled,
    backupRules: rules,
    vaultLock: backup.vaultLock ? vaultLockOf(rules, backup.vaultLockChangeableForDays) : undefined,
    backupCopyRegion: region === primaryRegion && backup.crossRegionCopy ? firstSecondaryRegion : undefined,
  };
}
