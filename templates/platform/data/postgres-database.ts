import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { Construct } from 'constructs';
import { PostgresInstanceOptions, PostgresInstanceSupport, postgresDefaults, sharedInstanceConfig } from './postgres-instance-options';

export interface PostgresDatabaseProps extends PostgresInstanceOptions {
  /**
   * Customer-managed key of the master user's secret in Secrets Manager.
   * @default kmsKeyArn
   */
  readonly masterSecretKmsKeyArn?: string;
  /**
   * Name of the database created in the instance.
   * @default 'app'
   */
  readonly databaseName?: string;
  /**
   * Master user; its password is generated and rotated by RDS in Secrets Manager, never seen by Terraform.
   * @default 'platform_admin'
   */
  readonly masterUsername?: string;
  /**
   * Initial storage in GiB (gp3).
   * @default 20
   */
  readonly allocatedStorageGb?: number;
  /**
   * Take a final snapshot `<identifier>-final` when the instance is deleted.
   * @default true
   */
  readonly finalSnapshot?: boolean;
  /**
   * @default 'sun:04:30-sun:05:30'
   */
  readonly maintenanceWindow?: string;
  /**
   * @default '03:00-04:00'
   */
  readonly backupWindow?: string;
}

/**
 * A PostgreSQL instance in the data subnets: storage, Performance Insights and the master secret encrypted with the
 * customer-managed key, TLS forced, IAM authentication, automated backups, enhanced monitoring, log exports,
 * automatic minor upgrades, and (by default) multi-AZ, deletion protection and a final snapshot.
 */
export class PostgresDatabase extends Construct {
  public readonly instance: DbInstance;
  public readonly support: PostgresInstanceSupport;
  public readonly allocatedStorageGb: number;

  constructor(scope: Construct, id: string, props: PostgresDatabaseProps) {
    super(scope, id);
    const defaults = postgresDefaults('PostgresDatabase', props);
    this.allocatedStorageGb = props.allocatedStorageGb ?? 20;
    if (defaults.maxAllocatedStorageGb < this.allocatedStorageGb) {
      throw new Error(`PostgresDatabase ${props.identifier}: maxAllocatedStorageGb (${defaults.maxAllocatedStorageGb}) is below allocatedStorageGb (${this.allocatedStorageGb})`);
    }
    this.support = new PostgresInstanceSupport(this, 'support', props);
    const finalSnapshot = props.finalSnapshot ?? true;

    this.instance = new DbInstance(this, 'instance', {
      ...sharedInstanceConfig(props, defaults, this.support),
      engine: 'postgres',
      engineVersion: defaults.majorVersion,
      allowMajorVersionUpgrade: false,
      dbName: props.databaseName ?? 'app',
      username: props.masterUsername ?? 'platform_admin',
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: props.masterSecretKmsKeyArn ?? props.kmsKeyArn,
      allocatedStorage: this.allocatedStorageGb,
      backupWindow: props.backupWindow ?? '03:00-04:00',
      maintenanceWindow: props.maintenanceWindow ?? 'sun:04:30-sun:05:30',
      deleteAutomatedBackups: false,
      skipFinalSnapshot: !finalSnapshot,
      finalSnapshotIdentifier: finalSnapshot ? `${props.identifier}-final` : undefined,
    });
  }
}
