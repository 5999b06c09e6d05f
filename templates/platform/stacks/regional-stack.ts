import { Construct } from 'constructs';
import { TerraformOutput } from '../engine';
import { PlatformStack, PlatformStackProps } from './platform-stack';
import { RegionalWorkloads } from './regional-workloads';
import { RegionalDetection } from '../audit/regional-detection';
import { SecurityFindingRoutes, SecurityFindingSource } from '../audit/security-finding-routes';
import { keyUsers } from '../encryption/key-users';
import { REGIONAL_KEY_PURPOSES, RegionalKeys } from '../encryption/regional-keys';
import { RegionalAccountHardening } from '../hardening/regional-account-hardening';
import { AccessAnalyzer } from '../identity/access-analyzer';
import { bucketName, instanceRoleName, regionalPrefix, resourcePrefix } from '../naming';
import { Network } from '../network/network';
import { createsSecurityServices, ownsAccountSettings } from '../org/account-singletons';
import { regionalAddressBlock } from '../org/address-plan';
import { RegionalBuckets } from '../storage/regional-buckets';
import { requiredTags } from '../tagging/required-tags';
import { RequiredTagsConfigRules } from '../tagging/required-tags-config-rules';

/** The resources of one environment in one region; it plans and deploys without any other region. */
export class RegionalStack extends PlatformStack {
  /** The region's customer-managed keys by purpose: `stack.keys.logs.arn`. */
  public readonly keys: RegionalKeys;
  /** The region's data bucket and the buckets of its server access logs and load balancer logs. */
  public readonly buckets: RegionalBuckets;
  public readonly network: Network;
  /** AWS Config, GuardDuty and Security Hub of the region, as the environment's audit capability switches them. */
  public readonly detection: RegionalDetection;
  /** Web tier, data tier, DNS record and operations of the region, as the environment's capabilities describe them. */
  public readonly workloads: RegionalWorkloads;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const { settings, environment, region } = props;
    const regionIndex = environment.regions.indexOf(region);
    if (regionIndex < 0) {
      throw new Error(`Region ${region} is not one of environment ${environment.name}'s regions (${environment.regions.join(', ')})`);
    }
    const availabilityZones = settings.availabilityZones[region];
    if (!availabilityZones || availabilityZones.length < 2) {
      throw new Error(`settings.availabilityZones has no availability zones for ${region}`);
    }

    this.keys = new RegionalKeys(this, 'keys', {
      aliasPrefix: resourcePrefix(settings, environment),
      accountId: environment.accountId,
      region,
      ebsEncryptionByDefault: ownsAccountSettings(settings, environment),
      keyUsers: keyUsers(settings, environment),
    });

    this.buckets = new RegionalBuckets(this, 'buckets', {
      accountId: environment.accountId,
      region,
      names: {
        data: bucketName(settings, environment, 'data', region),
        accessLogs: bucketName(settings, environment, 'logs', region),
        loadBalancerLogs: bucketName(settings, environment, 'alb-logs', region),
      },
      dataKeyArn: this.keys.data.arn,
      storage: environment.capabilities.storage,
    });

    this.network = new Network(this, 'network', {
      namePrefix: regionalPrefix(settings, environment, region),
      ...regionalAddressBlock(environment, region, regionIndex),
      accountId: environment.accountId,
      region,
      availabilityZones: availabilityZones.slice(0, 3),
      natGatewayPerAz: environment.capabilities.network.natGatewayPerAz,
      flowLogs: { kmsKeyArn: this.keys.logs.arn, retentionInDays: environment.capabilities.network.flowLogRetentionDays },
      interfaceEndpoints: environment.capabilities.network.interfaceEndpoints,
    });

    this.detection = new RegionalDetection(this, 'detection', { settings, environment, region });
    // Account settings of the region exist once per account: the first environment of a shared account sets them.
    if (ownsAccountSettings(settings, environment)) {
      new RegionalAccountHardening(this, 'account-hardening');
    }
    if (createsSecurityServices(settings, environment)) {
      new AccessAnalyzer(this, 'access-analyzer', { analyzerName: regionalPrefix(settings, environment, region) });
    }

    // AWS Config reports resources of the region, Terraform's or not, that break the tagging convention. The rules
    // need a recorder: this stack's, the account owner's or the organisation's.
    if (environment.capabilities.audit.config) {
      new RequiredTagsConfigRules(this, 'required-tags', {
        namePrefix: regionalPrefix(settings, environment, region),
        tags: requiredTags(settings, environment),
        dependsOn: this.detection.config ? [this.detection.config.status] : [],
      });
    }

    this.workloads = new RegionalWorkloads(this, 'workloads', {
      settings,
      environment,
      region,
      network: {
        vpcId: this.network.vpc.id,
        vpcCidrBlock: this.network.vpc.cidrBlock,
        publicSubnetIds: this.network.subnets.public.map((s) => s.id),
        appSubnetIds: this.network.subnets.app.map((s) => s.id),
        dataSubnetIds: this.network.subnets.data.map((s) => s.id),
      },
      keys: {
        ebs: this.keys.ebs.arn,
        logs: this.keys.logs.arn,
        rds: this.keys.rds.arn,
        secrets: this.keys.secrets.arn,
        dynamodb: this.keys.dynamodb.arn,
        backup: this.keys.backup.arn,
        sns: this.keys.sns.arn,
      },
      accessLogsBucket: this.buckets.loadBalancerLogs.name,
      accessLogsDependsOn: [this.buckets.loadBalancerLogs.policy],
      instanceProfileName: instanceRoleName(settings, environment),
      instanceTags: requiredTags(settings, environment),
    });

    // GuardDuty findings and Config compliance changes of the region reach the region's alarm topic (EventBridge
    // cannot target a topic of another region); Security Hub's aggregated findings go to the account's security topic.
    const findingSources: SecurityFindingSource[] = [];
    if (this.detection.guardDuty) findingSources.push('guardDuty');
    if (this.detection.config) findingSources.push('config');
    if (findingSources.length > 0) {
      new SecurityFindingRoutes(this, 'security-findings', {
        namePrefix: regionalPrefix(settings, environment, region),
        topicArn: this.workloads.operations.topic.arn,
        sources: findingSources,
      });
    }

    const output = (name: string, value: unknown, description: string) => new TerraformOutput(this, name, { value, description });
    output('vpc_id', this.network.vpc.id, 'VPC of the region');
    output('vpc_cidr_block', this.network.vpc.cidrBlock, 'Address block of the VPC');
    output('public_subnet_ids', this.network.subnets.public.map((s) => s.id), 'Public subnets (load balancers, NAT gateways)');
    output('app_subnet_ids', this.network.subnets.app.map((s) => s.id), 'Private application subnets');
    output('data_subnet_ids', this.network.subnets.data.map((s) => s.id), 'Private data subnets (no route out of the VPC)');
    output('flow_log_group_name', this.network.flowLogs.logGroup.name, 'Log group of the VPC flow logs');
    output('data_bucket_name', this.buckets.data.name, 'Data bucket of the region');
    output('access_log_bucket_name', this.buckets.accessLogs.name, 'Bucket of the S3 server access logs');
    output('load_balancer_log_bucket_name', this.buckets.loadBalancerLogs.name, 'Bucket of the load balancer access logs');
    output(
      'kms_key_arns',
      Object.fromEntries(REGIONAL_KEY_PURPOSES.map((purpose) => [purpose, this.keys[purpose].arn])),
      'Customer-managed keys of the region, by purpose',
    );
    if (this.detection.guardDuty) output('guardduty_detector_id', this.detection.guardDuty.detector.id, 'GuardDuty detector of the region');
  }
}
