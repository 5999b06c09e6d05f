import { Construct } from 'constructs';
import { MixedInstancesOptions } from '../compute/auto-scaling-group';
import { WebTier } from '../compute/web-tier';
import { BACKUP_RULES, BackupRuleOptions } from '../data/backup-plan';
import { VaultLockOptions } from '../data/backup-vault';
import { RegionalDataTier } from '../data/regional-data-tier';
import { dnsAccountProvider } from '../edge/dns-account-provider';
import { RegionalEndpointRecord } from '../edge/regional-endpoint-record';
import { ITerraformDependable, TerraformOutput } from '../engine';
import { regionalPrefix, resourcePrefix } from '../naming';
import { RegionalOperations } from '../operations/regional-operations';
import { EnvironmentProfile, EnvironmentSettings, PlatformSettings } from '../settings-model';

/** ARNs of the region's customer-managed keys, by purpose (the foundation's `alias/<project>-<env>-<purpose>`). */
export interface WorkloadKeys {
  /** Root volumes of the instances. */
  readonly ebs: string;
  /** Every log group of the workloads. */
  readonly logs: string;
  /** Database storage and Performance Insights. */
  readonly rds: string;
  /** The database master user's secret. */
  readonly secrets: string;
  readonly dynamodb: string;
  readonly backup: string;
  /** The alarm topic. */
  readonly sns: string;
}

/** What the foundation of a regional stack provides to the workloads. */
export interface RegionalWorkloadsProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  readonly region: string;
  readonly network: {
    readonly vpcId: string;
    readonly vpcCidrBlock: string;
    readonly publicSubnetIds: readonly string[];
    readonly appSubnetIds: readonly string[];
    readonly dataSubnetIds: readonly string[];
  };
  /** The region's customer-managed keys. */
  readonly keys: WorkloadKeys;
  /** Bucket of the load balancer's access logs. */
  readonly accessLogsBucket: string;
  /**
   * What the load balancer waits for, typically the access-log bucket's policy.
   * @default []
   */
  readonly accessLogsDependsOn?: readonly ITerraformDependable[];
  /** Instance profile of the application instances. */
  readonly instanceProfileName: string;
  /** Tags the instances carry besides the patch group (the required tags; provider default tags do not reach them). */
  readonly instanceTags: Readonly<Record<string, string>>;
}

/** Spot pools for an instance type: the type and, for Intel families with an AMD twin, the twin of the same size. */
export function spotInstanceTypes(instanceType: string): string[] {
  const [family, size] = instanceType.split('.');
  const amdTwin: Record<string, string> = { t3: 't3a', m5: 'm5a', c5: 'c5a', r5: 'r5a', m6i: 'm6a', c6i: 'c6a', r6i: 'r6a', m7i: 'm7a', c7i: 'c7a', r7i: 'r7a' };
  return amdTwin[family] ? [instanceType, `${amdTwin[family]}.${size}`] : [instanceType];
}

/**
 * Capacity of the web tier over the instance type and its twin of another processor vendor (FSBP AutoScaling.6:
 * several instance types over several AZs, so that one type's shortage in an AZ does not stop scaling): all spot, or
 * all on-demand. A type without a twin runs from its launch template alone.
 */
export function mixedInstancesOf(instanceType: string, spot: boolean): MixedInstancesOptions | undefined {
  const instanceTypes = spotInstanceTypes(instanceType);
  if (!spot && instanceTypes.length < 2) return undefined;
  return { instanceTypes, onDemandBaseCapacity: 0, onDemandPercentageAboveBaseCapacity: spot ? 0 : 100 };
}

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
 * The workloads of one regional stack, as the environment's capabilities in settings describe them: operations
 * (alarm topic, patching, alarms, dashboard), the web tier, the data tier (primary or replicas) and the region's DNS
 * record. Cross-region references are ARNs built from settings; the secondary regions depend on the primary one.
 */
export class RegionalWorkloads extends Construct {
  public readonly operations: RegionalOperations;
  public readonly web?: WebTier;
  public readonly data: RegionalDataTier;
  public readonly endpoint?: RegionalEndpointRecord;

  constructor(scope: Construct, id: string, props: RegionalWorkloadsProps) {
    super(scope, id);
    const { settings, environment, region, network } = props;
    const { webTier, database, dynamodb, backup, edge, operations } = environment.capabilities;
    const sharedPrefix = resourcePrefix(settings, environment);
    const namePrefix = regionalPrefix(settings, environment, region);
    const primaryRegion = environment.regions[0];
    const firstSecondaryRegion = environment.regions[1];

    this.operations = new RegionalOperations(this, 'operations', {
      namePrefix,
      accountId: environment.accountId,
      region,
      kmsKeyArn: props.keys.sns,
      logsKmsKeyArn: props.keys.logs,
      alarmEmails: operations.alarmEmails,
      alarmEndpoints: operations.alarmEndpoints,
      logRetentionInDays: operations.logRetentionDays,
      patching: operations.patching,
      patchingSchedule: operations.patchingSchedule,
    });

    // Records and certificate validation go to the shared DNS account when the zone lives there.
    const dnsProvider = edge.hostedZoneId ? dnsAccountProvider(this, settings, environment, region) : undefined;
    if (webTier.enabled) {
      this.web = new WebTier(this, 'web', {
        namePrefix,
        vpcId: network.vpcId,
        vpcCidrBlock: network.vpcCidrBlock,
        publicSubnetIds: network.publicSubnetIds,
        appSubnetIds: network.appSubnetIds,
        kmsKeyArn: props.keys.ebs,
        logsKmsKeyArn: props.keys.logs,
        instanceProfileName: props.instanceProfileName,
        accessLogsBucket: props.accessLogsBucket,
        accessLogsDependsOn: props.accessLogsDependsOn,
        certificateArn: webTier.certificateArns[region],
        domainName: webTier.domainName,
        hostedZoneId: edge.hostedZoneId,
        dnsProvider,
        // One stack owns the validation records ACM asks for in every region: the first region that requests a certificate.
        ownsValidationRecords: region === environment.regions.find((r) => webTier.certificateArns[r] === undefined),
        deletionProtection: webTier.loadBalancerDeletionProtection,
        instanceType: webTier.instanceType,
        minSize: webTier.minSize,
        maxSize: webTier.maxSize,
        desiredCapacity: webTier.desiredCapacity,
        mixedInstances: mixedInstancesOf(webTier.instanceType, webTier.spotInstances),
        logRetentionInDays: operations.logRetentionDays,
        webApplicationFirewall: webTier.webApplicationFirewall,
        databasePort: database.port,
        instanceTags: { ...props.instanceTags, ...this.operations.instanceTags },
      });
    }

    const isPrimary = region === primaryRegion;
    const rules = backupRules(environment.profile, backup.retentionDays);
    this.data = new RegionalDataTier(this, 'data', {
      namePrefix,
      sharedPrefix,
      accountId: environment.accountId,
      region,
      primaryRegion,
      databasePrimaryRegion: database.primaryRegion,
      subnetIds: network.dataSubnetIds,
      // The web tier's database group is the only way in; without a web tier there is no database.
      databaseSecurityGroupIds: this.web ? [this.web.securityGroups.database.id] : [],
      keys: {
        database: props.keys.rds,
        databaseSecret: props.keys.secrets,
        table: props.keys.dynamodb,
        backup: props.keys.backup,
        logs: props.keys.logs,
      },
      database: database.enabled && this.web !== undefined,
      databaseOptions: {
        instanceClass: database.instanceClass,
        port: database.port,
        allocatedStorageGb: database.allocatedStorageGb,
        maxAllocatedStorageGb: database.maxAllocatedStorageGb,
        multiAz: database.multiAz,
        backupRetentionDays: database.backupRetentionDays,
        deletionProtection: database.deletionProtection,
        finalSnapshot: database.deletionProtection,
      },
      readReplica: database.crossRegionReplica && (region === firstSecondaryRegion || region === primaryRegion),
      dynamodb: dynamodb.enabled && (isPrimary || dynamodb.replicated),
      tableDeletionProtection: dynamodb.deletionProtection,
      backup: backup.enabled,
      backupRules: rules,
      vaultLock: backup.vaultLock ? vaultLockOf(rules, backup.vaultLockChangeableForDays) : undefined,
      backupCopyRegion: isPrimary && backup.crossRegionCopy ? firstSecondaryRegion : undefined,
      logRetentionInDays: operations.logRetentionDays,
    });

    const serving = this.web?.loadBalancer.serving ?? false;
    // Failover routing answers from the region that can write (the database's primary region) and falls back to the
    // other of the first two regions; a third region only takes part with latency routing (allowed without a database).
    const activeRegion = database.enabled && this.web ? database.primaryRegion : primaryRegion;
    const standbyRegion = environment.regions.slice(0, 2).find((r) => r !== activeRegion);
    const routed = edge.routingPolicy === 'latency' || region === activeRegion || region === standbyRegion;
    if (this.web && serving && edge.hostedZoneId && webTier.domainName && routed) {
      this.endpoint = new RegionalEndpointRecord(this, 'endpoint', {
        hostedZoneId: edge.hostedZoneId,
        recordName: webTier.domainName,
        region,
        loadBalancerDnsName: this.web.loadBalancer.loadBalancer.dnsName,
        loadBalancerZoneId: this.web.loadBalancer.loadBalancer.zoneId,
        routingPolicy: edge.routingPolicy,
        failoverRole: region === activeRegion ? 'PRIMARY' : 'SECONDARY',
        dnsProvider,
      });
    }

    this.operations.monitor({
      loadBalancer: this.web && serving
        ? {
          loadBalancerArnSuffix: this.web.loadBalancer.loadBalancer.arnSuffix,
          targetGroupArnSuffix: this.web.loadBalancer.targetGroup.arnSuffix,
        }
        : undefined,
      autoScalingGroup: this.web ? { name: this.web.autoScalingGroup.group.name, minSize: this.web.autoScalingGroup.minSize } : undefined,
      database: this.data.database
        ? { identifier: this.data.databaseIdentifier, allocatedStorageGb: this.data.database.allocatedStorageGb }
        : undefined,
      readReplica: this.data.readReplica ? { identifier: this.data.readReplica.identifier } : undefined,
      dynamodbTable: this.data.table || this.data.tableReplica ? { tableName: this.data.tableName } : undefined,
    });

    this.outputs();
  }

  private outputs(): void {
    // Stack outputs keep their plain names (`terraform output load_balancer_dns_name`), without construct path hashes.
    const output = (id: string, value: unknown, description: string) =>
      new TerraformOutput(this, id, { value, description }).overrideLogicalId(id);
    output('alarm_topic_arn', this.operations.topic.arn, 'SNS topic of the alarms');
    if (this.web) {
      output('load_balancer_dns_name', this.web.loadBalancer.loadBalancer.dnsName, 'DNS name of the application load balancer');
      output('auto_scaling_group_name', this.web.autoScalingGroup.group.name, 'Auto Scaling group of the application instances');
      if (this.web.certificate) {
        output(
          'certificate_validation_records',
          this.web.certificate.certificate.domainValidationOptions,
          'DNS records that validate the certificate (add them when no hosted zone is configured)',
        );
      }
    }
    if (this.data.database) {
      output('database_endpoint', this.data.database.instance.endpoint, 'PostgreSQL endpoint (TLS required, IAM authentication)');
      output('database_master_secret_arn', this.data.database.instance.masterUserSecret.get(0).secretArn, 'Secrets Manager secret of the master user (ARN only)');
    }
    if (this.data.readReplica) {
      output('database_replica_endpoint', this.data.readReplica.instance.endpoint, 'Endpoint of the cross-region read replica');
    }
    if (this.data.table || this.data.tableReplica) output('dynamodb_table_name', this.data.tableName, 'DynamoDB global table');
    if (this.data.vault) output('backup_vault_arn', this.data.vault.arn, 'AWS Backup vault of the region');
  }
}
