import { DbInstanceConfig } from '@cdktf/provider-aws/lib/db-instance';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { Construct } from 'constructs';
import { EnhancedMonitoringRole } from './enhanced-monitoring-role';
import { PostgresParameterGroup } from './postgres-parameter-group';
import { boundedName } from '../compute/bounded-name';
import { DEFAULT_DATABASE_PORT, databasePortProblem } from '../kernel/database-port';
import { EncryptedLogGroup } from '../operations/log-group';

export { DEFAULT_DATABASE_PORT, POSTGRES_ENGINE_DEFAULT_PORT } from '../kernel/database-port';

/** Log types a PostgreSQL instance exports to CloudWatch Logs. */
export const POSTGRES_LOG_EXPORTS = ['postgresql', 'upgrade'];

/** Props shared by the primary instance and its read replicas. */
export interface PostgresInstanceOptions {
  /** DB instance identifier, e.g. `payments-prod-db`. */
  readonly identifier: string;
  /** Prefix of the names of regional helpers (subnet group, monitoring role), e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** Account of the instance (for the monitoring role's trust policy). */
  readonly accountId: string;
  /**
   * Region of the instance: it decides the partition of the monitoring role's policy ARN (`partitionOf` in `naming.ts`).
   * @default - a region of the `aws` partition
   */
  readonly region?: string;
  /** The private data subnets (no route to the Internet). */
  readonly subnetIds: readonly string[];
  /** The database tier's security group. */
  readonly securityGroupIds: readonly string[];
  /** Customer-managed key of this region: storage, Performance Insights (and the master secret and log groups by default). */
  readonly kmsKeyArn: string;
  /**
   * Customer-managed key of the exported log groups.
   * @default kmsKeyArn
   */
  readonly logsKmsKeyArn?: string;
  /**
   * Major PostgreSQL version; the minor version follows AWS's automatic minor upgrades.
   * @default '16'
   */
  readonly majorVersion?: string;
  /**
   * @default 'db.t4g.micro'
   */
  readonly instanceClass?: string;
  /**
   * Port the instance listens on (1150 to 65535, not PostgreSQL's default 5432: FSBP RDS.23). A replica listens on the
   * port of its own instance, so give it the primary's.
   * @default DEFAULT_DATABASE_PORT (5433)
   */
  readonly port?: number;
  /**
   * A standby in another availability zone.
   * @default true
   */
  readonly multiAz?: boolean;
  /**
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Days of automated backups, 7 to 35.
   * @default 14
   */
  readonly backupRetentionDays?: number;
  /**
   * Storage autoscaling ceiling in GiB.
   * @default 100
   */
  readonly maxAllocatedStorageGb?: number;
  /**
   * Seconds between enhanced monitoring samples (1, 5, 10, 15, 30 or 60).
   * @default 60
   */
  readonly monitoringIntervalSeconds?: number;
  /**
   * Days of Performance Insights history (7 is free).
   * @default 7
   */
  readonly performanceInsightsRetentionDays?: number;
  /**
   * Retention of the exported PostgreSQL logs.
   * @default 365
   */
  readonly logRetentionInDays?: number;
  /**
   * Extra parameters of the parameter group.
   * @default {}
   */
  readonly parameters?: Readonly<Record<string, string>>;
  /**
   * Tags of the instance (the `Backup=true` tag puts it in the backup plan's selection).
   * @default { Backup: 'true' }
   */
  readonly tags?: Readonly<Record<string, string>>;
}

export const DEFAULT_POSTGRES_MAJOR_VERSION = '16';

/** Validates the options both instance kinds share and applies their defaults. */
export function postgresDefaults(kind: string, props: PostgresInstanceOptions) {
  const backupRetentionDays = props.backupRetentionDays ?? 14;
  if (!Number.isInteger(backupRetentionDays) || backupRetentionDays < 7 || backupRetentionDays > 35) {
    throw new Error(`${kind} ${props.identifier}: backupRetentionDays must be a whole number from 7 to 35, got ${backupRetentionDays}`);
  }
  const monitoringIntervalSeconds = props.monitoringIntervalSeconds ?? 60;
  if (![1, 5, 10, 15, 30, 60].includes(monitoringIntervalSeconds)) {
    throw new Error(`${kind} ${props.identifier}: monitoringIntervalSeconds must be 1, 5, 10, 15, 30 or 60, got ${monitoringIntervalSeconds}`);
  }
  if (!/^[a-z][a-z0-9-]{0,62}$/.test(props.identifier) || props.identifier.endsWith('-') || props.identifier.includes('--')) {
    throw new Error(`${kind} ${props.identifier}: identifier must be 1 to 63 lowercase letters, digits and single hyphens, starting with a letter`);
  }
  const port = props.port ?? DEFAULT_DATABASE_PORT;
  const portProblem = databasePortProblem(port);
  if (portProblem) {
    throw new Error(`${kind} ${props.identifier}: port ${port} ${portProblem}`);
  }
  return {
    port,
    majorVersion: props.majorVersion ?? DEFAULT_POSTGRES_MAJOR_VERSION,
    instanceClass: props.instanceClass ?? 'db.t4g.micro',
    multiAz: props.multiAz ?? true,
    deletionProtection: props.deletionProtection ?? true,
    backupRetentionDays,
    maxAllocatedStorageGb: props.maxAllocatedStorageGb ?? 100,
    monitoringIntervalSeconds,
    performanceInsightsRetentionDays: props.performanceInsightsRetentionDays ?? 7,
    tags: { Name: props.identifier, Backup: 'true', ...(props.tags ?? {}) },
  };
}

/**
 * The instance settings a primary and its read replicas share, written once: storage and Performance Insights
 * encrypted with the region's key, no public access, the RSA 2048 CA, IAM authentication, automated backups copied
 * with their tags, deletion protection, Enhanced Monitoring and the exported logs (after their log groups exist).
 */
export function sharedInstanceConfig(
  props: PostgresInstanceOptions,
  defaults: ReturnType<typeof postgresDefaults>,
  support: PostgresInstanceSupport,
): DbInstanceConfig {
  return {
    identifier: props.identifier,
    autoMinorVersionUpgrade: true,
    instanceClass: defaults.instanceClass,
    port: defaults.port,
    storageType: 'gp3',
    maxAllocatedStorage: defaults.maxAllocatedStorageGb,
    storageEncrypted: true,
    kmsKeyId: props.kmsKeyArn,
    multiAz: defaults.multiAz,
    dbSubnetGroupName: support.subnetGroup.name,
    vpcSecurityGroupIds: [...props.securityGroupIds],
    publiclyAccessible: false,
    parameterGroupName: support.parameterGroup.name,
    caCertIdentifier: 'rds-ca-rsa2048-g1',
    iamDatabaseAuthenticationEnabled: true,
    backupRetentionPeriod: defaults.backupRetentionDays,
    copyTagsToSnapshot: true,
    deletionProtection: defaults.deletionProtection,
    performanceInsightsEnabled: true,
    performanceInsightsKmsKeyId: props.kmsKeyArn,
    performanceInsightsRetentionPeriod: defaults.performanceInsightsRetentionDays,
    monitoringInterval: defaults.monitoringIntervalSeconds,
    monitoringRoleArn: support.monitoringRole.arn,
    enabledCloudwatchLogsExports: POSTGRES_LOG_EXPORTS,
    tags: defaults.tags,
    dependsOn: support.logGroups.map((g) => g.logGroup),
  };
}

/** The regional companions of an instance: subnet group, parameter group, monitoring role and encrypted log groups. */
export class PostgresInstanceSupport extends Construct {
  public readonly subnetGroup: DbSubnetGroup;
  public readonly parameterGroup: PostgresParameterGroup;
  public readonly monitoringRole: EnhancedMonitoringRole;
  public readonly logGroups: EncryptedLogGroup[];

  constructor(scope: Construct, id: string, props: PostgresInstanceOptions) {
    super(scope, id);
    this.subnetGroup = new DbSubnetGroup(this, 'subnet-group', {
      name: props.identifier,
      description: `Data subnets of ${props.identifier}`,
      subnetIds: [...props.subnetIds],
    });
    this.parameterGroup = new PostgresParameterGroup(this, 'parameters', {
      namePrefix: props.identifier,
      majorVersion: props.majorVersion ?? DEFAULT_POSTGRES_MAJOR_VERSION,
      parameters: props.parameters,
    });
    this.monitoringRole = new EnhancedMonitoringRole(this, 'monitoring-role', {
      roleName: boundedName(`${props.namePrefix}-rds-monitoring`, 64),
      accountId: props.accountId,
      region: props.region,
    });
    // Created before the instance so RDS exports into encrypted log groups with a retention, not its own defaults.
    this.logGroups = POSTGRES_LOG_EXPORTS.map(
      (type) =>
        new EncryptedLogGroup(this, `logs-${type}`, {
          name: `/aws/rds/instance/${props.identifier}/${type}`,
          kmsKeyArn: props.logsKmsKeyArn ?? props.kmsKeyArn,
          retentionInDays: props.logRetentionInDays,
        }),
    );
  }
}
