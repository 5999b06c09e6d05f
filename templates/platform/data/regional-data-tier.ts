import { Construct } from 'constructs';
import { backupVaultArn, dynamodbTableArn, rdsInstanceArn } from './arns';
import { BackupPlan, BackupRuleOptions } from './backup-plan';
import { BackupVault, VaultLockOptions } from './backup-vault';
import { GlobalTable } from './global-table';
import { GlobalTableReplica } from './global-table-replica';
import { PostgresDatabase } from './postgres-database';
import { PostgresInstanceOptions } from './postgres-instance-options';
import { PostgresReadReplica } from './postgres-read-replica';

/** Sizing and strictness of the PostgreSQL instances (the primary and its replicas). */
export type DatabaseOptions = Pick<
  PostgresInstanceOptions,
  | 'majorVersion'
  | 'instanceClass'
  | 'port'
  | 'multiAz'
  | 'deletionProtection'
  | 'backupRetentionDays'
  | 'maxAllocatedStorageGb'
  | 'monitoringIntervalSeconds'
  | 'performanceInsightsRetentionDays'
  | 'parameters'
> & {
  /**
   * @default 20
   */
  readonly allocatedStorageGb?: number;
  /**
   * Take a final snapshot when the primary is deleted.
   * @default true
   */
  readonly finalSnapshot?: boolean;
};

/** The region's customer-managed keys the data tier encrypts with, by purpose. */
export interface DataTierKeys {
  /** Database storage and Performance Insights. */
  readonly database: string;
  /**
   * The database master user's secret.
   * @default database
   */
  readonly databaseSecret?: string;
  /** DynamoDB table or replica. */
  readonly table: string;
  /** Backup vault. */
  readonly backup: string;
  /** Exported database logs. */
  readonly logs: string;
}

export interface RegionalDataTierProps {
  /** Prefix of regional helper names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** Prefix of names shared by all regions (DB identifier, table, vault), e.g. `payments-prod`. */
  readonly sharedPrefix: string;
  readonly accountId: string;
  /** This stack's region. */
  readonly region: string;
  /** The region of the primary table and backup plan (the environment's primary region); others hold replicas. */
  readonly primaryRegion: string;
  /**
   * The region of the writable database: `primaryRegion`, or the replica's region once it is promoted. Each of the
   * two regions keeps its instance identifier and Terraform address whatever its role, so that a promotion is an
   * in-place update of the replica (dropping `replicate_source_db`) and never a new, empty database.
   * @default primaryRegion
   */
  readonly databasePrimaryRegion?: string;
  /** The data subnets of this region. */
  readonly subnetIds: readonly string[];
  /** The database tier's security group in this region. */
  readonly databaseSecurityGroupIds: readonly string[];
  /** Customer-managed keys of this region. */
  readonly keys: DataTierKeys;
  /**
   * PostgreSQL primary (and, outside the primary region, its cross-region read replica).
   * @default true
   */
  readonly database?: boolean;
  /**
   * @default secure defaults of PostgresDatabase
   */
  readonly databaseOptions?: DatabaseOptions;
  /**
   * A read replica of the primary database in this (non-primary) region.
   * @default true
   */
  readonly readReplica?: boolean;
  /**
   * DynamoDB global table (primary region) or its replica (other regions).
   * @default true
   */
  readonly dynamodb?: boolean;
  /**
   * AWS Backup vault in every region; backup plan in the primary region.
   * @default true
   */
  readonly backup?: boolean;
  /**
   * @default BACKUP_RULES.production
   */
  readonly backupRules?: readonly BackupRuleOptions[];
  /**
   * @default no vault lock
   */
  readonly vaultLock?: VaultLockOptions;
  /**
   * Region whose vault receives a copy of every recovery point of the primary region.
   * @default no cross-region copy
   */
  readonly backupCopyRegion?: string;
  /**
   * Retention of the exported database logs.
   * @default 365
   */
  readonly logRetentionInDays?: number;
  /**
   * Deletion protection of the DynamoDB table and its replicas.
   * @default true
   */
  readonly tableDeletionProtection?: boolean;
}

/**
 * The data tier of one region. In the primary region: the PostgreSQL primary, the DynamoDB global table, a backup vault
 * and the backup plan copying to another region. In every other region: a cross-region read replica, a table replica
 * and the vault the copies land in. Every cross-region reference is an ARN built from settings.
 */
export class RegionalDataTier extends Construct {
  public readonly isPrimary: boolean;
  public readonly database?: PostgresDatabase;
  public readonly readReplica?: PostgresReadReplica;
  public readonly table?: GlobalTable;
  public readonly tableReplica?: GlobalTableReplica;
  public readonly vault?: BackupVault;
  public readonly backupPlan?: BackupPlan;
  /** Identifier of the writable PostgreSQL instance (the same in every region's settings). */
  public readonly databaseIdentifier: string;
  /** Name of the DynamoDB global table. */
  public readonly tableName: string;
  /** Name of the backup vault (the same in every region). */
  public readonly vaultName: string;

  constructor(scope: Construct, id: string, props: RegionalDataTierProps) {
    super(scope, id);
    if (props.backupCopyRegion === props.region) {
      throw new Error(`RegionalDataTier ${props.namePrefix}: backupCopyRegion must be another region than ${props.region}`);
    }
    this.isPrimary = props.region === props.primaryRegion;
    const primaryIdentifier = `${props.sharedPrefix}-db`;
    this.tableName = `${props.sharedPrefix}-app`;
    this.vaultName = props.sharedPrefix;
    const arnScope = (region: string) => ({ region, accountId: props.accountId });
    const instance = {
      namePrefix: props.namePrefix,
      accountId: props.accountId,
      region: props.region,
      subnetIds: props.subnetIds,
      securityGroupIds: props.databaseSecurityGroupIds,
      kmsKeyArn: props.keys.database,
      logsKmsKeyArn: props.keys.logs,
      logRetentionInDays: props.logRetentionInDays,
      ...(props.databaseOptions ?? {}),
    };

    const databasePrimaryRegion = props.databasePrimaryRegion ?? props.primaryRegion;
    // The instance of the environment's primary region is `<prefix>-db` at `database`, the other is
    // `<prefix>-db-replica` at `read-replica`, whichever of them is writable.
    const homeSlot = (region: string) =>
      region === props.primaryRegion
        ? { id: 'database', identifier: primaryIdentifier }
        : { id: 'read-replica', identifier: `${primaryIdentifier}-replica` };
    this.databaseIdentifier = homeSlot(databasePrimaryRegion).identifier;
    const holdsDatabase = props.region === databasePrimaryRegion || props.region === props.primaryRegion || (props.readReplica ?? true);
    if ((props.database ?? true) && holdsDatabase) {
      const slot = homeSlot(props.region);
      if (props.region === databasePrimaryRegion) {
        this.database = new PostgresDatabase(this, slot.id, {
          ...instance,
          identifier: slot.identifier,
          masterSecretKmsKeyArn: props.keys.databaseSecret,
        });
      } else {
        this.readReplica = new PostgresReadReplica(this, slot.id, {
          ...instance,
          identifier: slot.identifier,
          sourceDbArn: rdsInstanceArn(arnScope(databasePrimaryRegion), this.databaseIdentifier),
        });
      }
    }

    if (props.dynamodb ?? true) {
      if (this.isPrimary) {
        this.table = new GlobalTable(this, 'table', {
          tableName: this.tableName,
          kmsKeyArn: props.keys.table,
          deletionProtection: props.tableDeletionProtection,
        });
      } else {
        this.tableReplica = new GlobalTableReplica(this, 'table-replica', {
          globalTableArn: dynamodbTableArn(arnScope(props.primaryRegion), this.tableName),
          kmsKeyArn: props.keys.table,
          deletionProtection: props.tableDeletionProtection,
        });
      }
    }

    if (props.backup ?? true) {
      this.vault = new BackupVault(this, 'vault', { vaultName: this.vaultName, kmsKeyArn: props.keys.backup, lock: props.vaultLock });
      if (this.isPrimary) {
        this.backupPlan = new BackupPlan(this, 'backup-plan', {
          namePrefix: props.namePrefix,
          accountId: props.accountId,
          region: props.region,
          vaultName: this.vault.name,
          rules: props.backupRules,
          copyToVaultArn: props.backupCopyRegion ? backupVaultArn(arnScope(props.backupCopyRegion), this.vaultName) : undefined,
        });
      }
    }
  }
}
