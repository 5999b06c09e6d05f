import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { databasePort } from './database';
import { hostedZoneId } from './edge';
import { logRetentionDays } from './operations';
import { RegionScope } from './scope';
import { MixedInstancesOptions } from '../compute/auto-scaling-group';
import { WebTier } from '../compute/web-tier';
import { ITerraformDependable } from '../engine';
import { regionalPrefix } from '../naming';
import { EnvironmentSettings } from '../settings-model';

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

/** Whether the environment deploys a web tier (the only client its database lets in). */
export function hasWebTier(environment: EnvironmentSettings): boolean {
  return environment.capabilities.webTier.enabled;
}

/** The name the HTTPS listeners serve, when one is configured. */
export function webDomainName(environment: EnvironmentSettings): string | undefined {
  return environment.capabilities.webTier.domainName;
}

/** What the web tier uses of the regional stack's foundation. */
export interface WebTierFoundation {
  readonly network: {
    readonly vpcId: string;
    readonly vpcCidrBlock: string;
    readonly publicSubnetIds: readonly string[];
    readonly appSubnetIds: readonly string[];
  };
  readonly keys: { readonly ebs: string; readonly logs: string };
  readonly instanceProfileName: string;
  readonly accessLogsBucket: string;
  readonly accessLogsDependsOn?: readonly ITerraformDependable[];
  /** The required tags and the operations' tags (patch group) the instances carry. */
  readonly instanceTags: Readonly<Record<string, string>>;
}

/** The region's load balancer, instances, WAF and certificate (`web`), when `webTier.enabled`. */
export function assembleWebTier(
  scope: Construct,
  { settings, environment, region }: RegionScope,
  foundation: WebTierFoundation,
  dnsProvider?: AwsProvider,
): WebTier | undefined {
  const webTier = environment.capabilities.webTier;
  if (!webTier.enabled) return undefined;
  const { network } = foundation;
  return new WebTier(scope, 'web', {
    namePrefix: regionalPrefix(settings, environment, region),
    vpcId: network.vpcId,
    vpcCidrBlock: network.vpcCidrBlock,
    publicSubnetIds: network.publicSubnetIds,
    appSubnetIds: network.appSubnetIds,
    kmsKeyArn: foundation.keys.ebs,
    logsKmsKeyArn: foundation.keys.logs,
    instanceProfileName: foundation.instanceProfileName,
    accessLogsBucket: foundation.accessLogsBucket,
    accessLogsDependsOn: foundation.accessLogsDependsOn,
    certificateArn: webTier.certificateArns[region],
    domainName: webTier.domainName,
    hostedZoneId: hostedZoneId(environment),
    dnsProvider,
    // One stack owns the validation records ACM asks for in every region: the first region that requests a certificate.
    ownsValidationRecords: region === environment.regions.find((r) => webTier.certificateArns[r] === undefined),
    deletionProtection: webTier.loadBalancerDeletionProtection,
    instanceType: webTier.instanceType,
    minSize: webTier.minSize,
    maxSize: webTier.maxSize,
    desiredCapacity: webTier.desiredCapacity,
    mixedInstances: mixedInstancesOf(webTier.instanceType, webTier.spotInstances),
    logRetentionInDays: logRetentionDays(environment),
    webApplicationFirewall: webTier.webApplicationFirewall,
    databasePort: databasePort(environment),
    instanceTags: foundation.instanceTags,
  });
}
