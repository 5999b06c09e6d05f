import { Construct } from 'constructs';
import { backupTier } from '../capabilities/backup';
import { databaseTier, writableRegion } from '../capabilities/database';
import { dynamodbTier } from '../capabilities/dynamodb';
import { assembleDnsProvider, assembleEndpointRecord } from '../capabilities/edge';
import { logRetentionDays, assembleRegionalOperations } from '../capabilities/operations';
import { RegionScope } from '../capabilities/scope';
import { assembleWebTier, webDomainName } from '../capabilities/web-tier';
import { WebTier } from '../compute/web-tier';
import { RegionalDataTier } from '../data/regional-data-tier';
import { RegionalEndpointRecord } from '../edge/regional-endpoint-record';
import { ITerraformDependable, TerraformOutput } from '../engine';
import { regionalPrefix, resourcePrefix } from '../naming';
import { RegionalOperations } from '../operations/regional-operations';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

/** Helpers of the web tier and backup capabilities, formerly defined here. */
export { mixedInstancesOf, spotInstanceTypes } from '../capabilities/web-tier';
export { backupRules, vaultLockOf } from '../capabilities/backup';

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
    const { settings, environment, region, network, keys } = props;
    const at: RegionScope = { settings, environment, region };

    this.operations = assembleRegionalOperations(this, at, keys);
    const dnsProvider = assembleDnsProvider(this, at);
    this.web = assembleWebTier(this, at, {
      network,
      keys,
      instanceProfileName: props.instanceProfileName,
      accessLogsBucket: props.accessLogsBucket,
      accessLogsDependsOn: props.accessLogsDependsOn,
      instanceTags: { ...props.instanceTags, ...this.operations.instanceTags },
    }, dnsProvider);
    this.data = new RegionalDataTier(this, 'data', {
      namePrefix: regionalPrefix(settings, environment, region),
      sharedPrefix: resourcePrefix(settings, environment),
      accountId: environment.accountId,
      region,
      primaryRegion: environment.regions[0],
      subnetIds: network.dataSubnetIds,
      keys: { database: keys.rds, databaseSecret: keys.secrets, table: keys.dynamodb, backup: keys.backup, logs: keys.logs },
      logRetentionInDays: logRetentionDays(environment),
      ...databaseTier(at, this.web),
      ...dynamodbTier(at),
      ...backupTier(at),
    });
    this.endpoint = assembleEndpointRecord(
      this,
      at,
      { tier: this.web, domainName: webDomainName(environment), writableRegion: writableRegion(environment, this.web) },
      dnsProvider,
    );

    const serving = this.web?.loadBalancer.serving ?? false;
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
