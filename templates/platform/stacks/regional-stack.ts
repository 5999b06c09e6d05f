import { Construct } from 'constructs';
import { TerraformOutput } from '../engine';
import { PlatformStack, PlatformStackProps } from './platform-stack';
import { RegionalWorkloads } from './regional-workloads';
import { RegionalDetection } from '../audit/regional-detection';
import { assembleRegionalDetection, assembleRegionalFindingRoutes, assembleRequiredTagsRules } from '../capabilities/audit';
import { assembleRegionalKeys } from '../capabilities/encryption';
import { assembleNetwork } from '../capabilities/network';
import { assembleRegionalBuckets } from '../capabilities/storage';
import { REGIONAL_KEY_PURPOSES, RegionalKeys } from '../encryption/regional-keys';
import { RegionalAccountHardening } from '../hardening/regional-account-hardening';
import { AccessAnalyzer } from '../identity/access-analyzer';
import { instanceRoleName, regionalPrefix } from '../naming';
import { Network } from '../network/network';
import { createsSecurityServices, ownsAccountSettings } from '../org/account-singletons';
import { RegionalBuckets } from '../storage/regional-buckets';
import { requiredTags } from '../tagging/required-tags';

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
    if (!environment.regions.includes(region)) {
      throw new Error(`Region ${region} is not one of environment ${environment.name}'s regions (${environment.regions.join(', ')})`);
    }

    const at = { settings, environment, region };

    this.keys = assembleRegionalKeys(this, at);
    this.buckets = assembleRegionalBuckets(this, at, this.keys.data.arn);
    this.network = assembleNetwork(this, at, this.keys.logs.arn);
    this.detection = assembleRegionalDetection(this, at);
    // Account settings of the region exist once per account: the first environment of a shared account sets them.
    if (ownsAccountSettings(settings, environment)) {
      new RegionalAccountHardening(this, 'account-hardening');
    }
    if (createsSecurityServices(settings, environment)) {
      new AccessAnalyzer(this, 'access-analyzer', { analyzerName: regionalPrefix(settings, environment, region) });
    }
    assembleRequiredTagsRules(this, at, this.detection);

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
    assembleRegionalFindingRoutes(this, at, this.detection, this.workloads.operations.topic.arn);

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
