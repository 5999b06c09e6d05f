import { Construct } from 'constructs';
import { WebTier } from '../compute/web-tier';
import { RegionalDataTier } from '../data/regional-data-tier';
import { RegionalEndpointRecord, RoutingPolicy } from '../edge/regional-endpoint-record';
import { ITerraformDependable, TerraformOutput } from '../engine';
import { RegionalOperations } from '../operations/regional-operations';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';
import { WorkloadPlan } from './workload-profiles';

/** The web address of an environment, when it has one. */
export interface WorkloadDomain {
  /** Certificate of the HTTPS listeners (one per region, as ACM certificates are regional). */
  readonly certificateArnByRegion?: Readonly<Record<string, string>>;
  /** Name to request DNS-validated certificates for, and of the Route 53 records. */
  readonly domainName?: string;
  /** Public hosted zone of the domain: validation records and (with a serving listener) the regional records. */
  readonly hostedZoneId?: string;
  /**
   * @default 'failover' with up to two regions, 'latency' with more
   */
  readonly routingPolicy?: RoutingPolicy;
}

/** What the foundation of a regional stack provides to the workloads. */
export interface RegionalWorkloadsProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  readonly region: string;
  /** Prefix of regional names: `<project>-<environment>-<region>`. */
  readonly namePrefix: string;
  /** Prefix of names shared by the regions: `<project>-<environment>`. */
  readonly sharedPrefix: string;
  readonly network: {
    readonly vpcId: string;
    readonly vpcCidrBlock: string;
    readonly publicSubnetIds: readonly string[];
    readonly appSubnetIds: readonly string[];
    readonly dataSubnetIds: readonly string[];
  };
  /** The region's customer-managed key of the workloads. */
  readonly kmsKeyArn: string;
  /** Bucket of the load balancer's access logs. */
  readonly accessLogsBucket: string;
  /**
   * What the load balancer waits for, typically the access-log bucket's policy.
   * @default []
   */
  readonly accessLogsDependsOn?: readonly ITerraformDependable[];
  /** Instance profile of the application instances. */
  readonly instanceProfileName: string;
  readonly plan: WorkloadPlan;
  /** @default no domain: the web tier answers 503 until one is configured */
  readonly domain?: WorkloadDomain;
  /** @default [] */
  readonly alarmEmails?: readonly string[];
  /** Tags the instances carry besides the patch group (the required tags; provider default tags do not reach them). */
  readonly instanceTags: Readonly<Record<string, string>>;
}

/** The workloads of one regional stack: operations, web tier, data tier and the region's DNS record. */
export class RegionalWorkloads extends Construct {
  public readonly operations: RegionalOperations;
  public readonly web?: WebTier;
  public readonly data: RegionalDataTier;
  public readonly endpoint?: RegionalEndpointRecord;

  constructor(scope: Construct, id: string, props: RegionalWorkloadsProps) {
    super(scope, id);
    const { environment, region, plan, network, domain } = props;
    const primaryRegion = environment.regions[0];
    const secondaryRegions = environment.regions.slice(1);

    this.operations = new RegionalOperations(this, 'operations', {
      namePrefix: props.namePrefix,
      accountId: environment.accountId,
      region,
      kmsKeyArn: props.kmsKeyArn,
      alarmEmails: props.alarmEmails,
      logRetentionInDays: plan.logRetentionInDays,
      patching: plan.patching,
    });

    if (plan.webTier) {
      this.web = new WebTier(this, 'web', {
        namePrefix: props.namePrefix,
        vpcId: network.vpcId,
        vpcCidrBlock: network.vpcCidrBlock,
        publicSubnetIds: network.publicSubnetIds,
        appSubnetIds: network.appSubnetIds,
        kmsKeyArn: props.kmsKeyArn,
        instanceProfileName: props.instanceProfileName,
        accessLogsBucket: props.accessLogsBucket,
        accessLogsDependsOn: props.accessLogsDependsOn,
        certificateArn: domain?.certificateArnByRegion?.[region],
        domainName: domain?.domainName,
        hostedZoneId: domain?.hostedZoneId,
        deletionProtection: plan.loadBalancerDeletionProtection,
        instanceType: plan.instanceType,
        minSize: plan.minSize,
        maxSize: plan.maxSize,
        mixedInstances: plan.mixedInstances,
        logRetentionInDays: plan.logRetentionInDays,
        webApplicationFirewall: plan.webApplicationFirewall,
        instanceTags: { ...props.instanceTags, ...this.operations.instanceTags },
      });
    }

    this.data = new RegionalDataTier(this, 'data', {
      namePrefix: props.namePrefix,
      sharedPrefix: props.sharedPrefix,
      accountId: environment.accountId,
      region,
      primaryRegion,
      subnetIds: network.dataSubnetIds,
      // Without a web tier nothing may reach the database; its group then has no ingress at all.
      databaseSecurityGroupIds: this.web ? [this.web.securityGroups.database.id] : [],
      kmsKeyArn: props.kmsKeyArn,
      database: plan.database && this.web !== undefined,
      databaseOptions: plan.databaseOptions,
      readReplica: plan.readReplica,
      dynamodb: plan.dynamodb,
      tableDeletionProtection: plan.tableDeletionProtection,
      backup: plan.backup,
      backupRules: plan.backupRules,
      backupCopyRegion: region === primaryRegion ? secondaryRegions[0] : undefined,
      logRetentionInDays: plan.logRetentionInDays,
    });

    const serving = this.web?.loadBalancer.serving ?? false;
    if (this.web && serving && domain?.hostedZoneId && domain.domainName) {
      const routing = domain.routingPolicy ?? (environment.regions.length > 2 ? 'latency' : 'failover');
      this.endpoint = new RegionalEndpointRecord(this, 'endpoint', {
        hostedZoneId: domain.hostedZoneId,
        recordName: domain.domainName,
        region,
        loadBalancerDnsName: this.web.loadBalancer.loadBalancer.dnsName,
        loadBalancerZoneId: this.web.loadBalancer.loadBalancer.zoneId,
        routingPolicy: routing,
        failoverRole: region === primaryRegion ? 'PRIMARY' : 'SECONDARY',
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
      readReplica: this.data.readReplica ? { identifier: this.data.readReplica.instance.identifier } : undefined,
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
