import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { RegionScope } from './scope';
import { WebTier } from '../compute/web-tier';
import { dnsAccountProvider } from '../edge/dns-account-provider';
import { RegionalEndpointRecord } from '../edge/regional-endpoint-record';
import { dnsSessionName } from '../naming';
import { EnvironmentSettings } from '../settings-model';
import { requiredTags } from '../tagging/required-tags';

/** The public hosted zone of the web tier's domain name, when the platform manages its records. */
export function hostedZoneId(environment: EnvironmentSettings): string | undefined {
  return environment.capabilities.edge.hostedZoneId;
}

/**
 * The provider of the shared DNS account (`dns-account`, alias `aws.dns`) when the hosted zone lives there
 * (`orgFit.dnsRoleArn`): records and certificate validation go through it. Undefined when the zone is the
 * environment's own or there is none.
 */
export function assembleDnsProvider(scope: Construct, { settings, environment, region }: RegionScope): AwsProvider | undefined {
  const roleArn = environment.orgFit?.dnsRoleArn;
  if (!environment.capabilities.edge.hostedZoneId || !roleArn) return undefined;
  return dnsAccountProvider(scope, {
    roleArn,
    region,
    sessionName: dnsSessionName(settings, environment),
    tags: requiredTags(settings, environment),
  });
}

/**
 * The region's record and health check (`endpoint`) once its load balancer serves HTTPS and the zone is known.
 * Failover routing answers from the region that can write (`writableRegion`) and falls back to the other of the first
 * two regions; a third region only takes part with latency routing (allowed without a database).
 */
export function assembleEndpointRecord(
  scope: Construct,
  { environment, region }: RegionScope,
  web: { readonly tier?: WebTier; readonly domainName?: string; readonly writableRegion: string },
  dnsProvider?: AwsProvider,
): RegionalEndpointRecord | undefined {
  const edge = environment.capabilities.edge;
  const serving = web.tier?.loadBalancer.serving ?? false;
  const activeRegion = web.writableRegion;
  const standbyRegion = environment.regions.slice(0, 2).find((r) => r !== activeRegion);
  const routed = edge.routingPolicy === 'latency' || region === activeRegion || region === standbyRegion;
  if (!web.tier || !serving || !edge.hostedZoneId || !web.domainName || !routed) return undefined;
  return new RegionalEndpointRecord(scope, 'endpoint', {
    hostedZoneId: edge.hostedZoneId,
    recordName: web.domainName,
    region,
    loadBalancerDnsName: web.tier.loadBalancer.loadBalancer.dnsName,
    loadBalancerZoneId: web.tier.loadBalancer.loadBalancer.zoneId,
    routingPolicy: edge.routingPolicy,
    failoverRole: region === activeRegion ? 'PRIMARY' : 'SECONDARY',
    dnsProvider,
  });
}
