import { BackupVault as AwsBackupVault } from '@cdktf/provider-aws/lib/backup-vault';
import { BackupVaultLockConfiguration } from '@cdktf/provider-aws/lib/backup-vault-lock-configuration';
import { Construct } from 'constructs';

/** AWS Backup Vault Lock: recovery points cannot be deleted early, not even by the account's administrators. */
export interface VaultLockOptions {
  /** Shortest retention a backup rule may set. */
  readonly minRetentionDays: number;
  /** Longest retention a backup rule may set. */
  readonly maxRetentionDays: number;
  /**
   * Days after which the lock becomes immutable (compliance mode); without it the lock can be removed (governance mode).
   * @default governance mode
   */
  readonly changeableForDays?: number;
}

export interface BackupVaultProps {
  /** Vault name, the same in every region so that copies can target it by ARN (see `backupVaultArn`). */
  readonly vaultName: string;
  /** Customer-managed key of this region; its key policy must allow AWS Backup. */
  readonly kmsKeyArn: string;
  /**
   * @default no lock
   */
  readonly lock?: VaultLockOptions;
  /**
   * Let `terraform destroy` delete a vault that still holds recovery points.
   * @default false
   */
  readonly forceDestroy?: boolean;
}

/** An AWS Backup vault encrypted with the customer-managed key, optionally locked. */
export class BackupVault extends Construct {
  public readonly vault: AwsBackupVault;

  constructor(scope: Construct, id: string, props: BackupVaultProps) {
    super(scope, id);
    this.vault = new AwsBackupVault(this, 'vault', {
      name: props.vaultName,
      kmsKeyArn: props.kmsKeyArn,
      forceDestroy: props.forceDestroy ?? false,
    });
    if (props.lock) {
      const { minRetentionDays, maxRetentionDays, changeableForDays } = props.lock;
      if (minRetentionDays < 1 || maxRetentionDays < minRetentionDays) {
        throw new Error(`BackupVault ${props.vaultName}: lock needs 1 <= minRetentionDays <= maxRetentionDays, got ${minRetentionDays}..${maxRetentionDays}`);
      }
      if (changeableForDays !== undefined && changeableForDays < 3) {
        throw new Error(`BackupVault ${props.vaultName}: lock.changeableForDays must be at least 3, got ${changeableForDays}`);
      }
      new BackupVaultLockConfiguration(this, 'lock', {
        backupVaultName: this.vault.name,
        minRetentionDays,
        maxRetentionDays,
        changeableForDays,
      });
    }
  }

  public get name(): string {
    return this.vault.name;
  }

  public get arn(): string {
    return this.vault.arn;
  }
}
