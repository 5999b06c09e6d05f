import { Route53HealthCheck } from '@cdktf/provider-aws/lib/route53-health-check';
import { Route53Record } from '@cdktf/provider-aws/lib/route53-record';
import { Construct } from 'constructs';
import { TerraformProvider } from '../engine';

/** How Route 53 chooses between the regions' records. */
export type RoutingPolicy = 'failover' | 'latency';

export interface RegionalEndpointRecordProps {
  /** Public hosted zone of the domain. */
  readonly hostedZoneId: string;
  /** The name clients use, e.g. `app.example.com`. */
  readonly recordName: string;
  /** This stack's region: the record's set identifier and, for latency routing, its region. */
  readonly region: string;
  /** DNS name of this region's load balancer. */
  readonly loadBalancerDnsName: string;
  /** Hosted zone of this region's load balancer (its `zone_id`). */
  readonly loadBalancerZoneId: string;
  /**
   * @default 'failover'
   */
  readonly routingPolicy?: RoutingPolicy;
  /**
   * For failover routing: whether this region answers while it is healthy (`PRIMARY`) or only when the primary is not.
   * @default 'PRIMARY'
   */
  readonly failoverRole?: 'PRIMARY' | 'SECONDARY';
  /**
   * Path the health check requests over HTTPS.
   * @default '/healthz'
   */
  readonly healthCheckPath?: string;
  /**
   * Consecutive failures before the region is considered down.
   * @default 3
   */
  readonly failureThreshold?: number;
  /**
   * Provider of the account that holds the hosted zone, when it is not this stack's (a shared DNS account).
   * @default the stack's default provider
   */
  readonly dnsProvider?: TerraformProvider;
}

/**
 * This region's share of a multi-region name: an HTTPS health check of the region's load balancer and an alias
 * record that Route 53 answers only while the check passes. Each regional stack creates its own record and health
 * check, so that no region needs another's state and every region can be planned and deployed alone.
 */
export class RegionalEndpointRecord extends Construct {
  public readonly healthCheck: Route53HealthCheck;
  public readonly record: Route53Record;

  constructor(scope: Construct, id: string, props: RegionalEndpointRecordProps) {
    super(scope, id);
    const routing = props.routingPolicy ?? 'failover';
    this.healthCheck = new Route53HealthCheck(this, 'health-check', {
      type: 'HTTPS',
      fqdn: props.loadBalancerDnsName,
      port: 443,
      resourcePath: props.healthCheckPath ?? '/healthz',
      enableSni: true,
      requestInterval: 30,
      failureThreshold: props.failureThreshold ?? 3,
      measureLatency: true,
      tags: { Name: `${props.recordName}-${props.region}` },
      // A record can only use health checks of its own account.
      provider: props.dnsProvider,
    });

    this.record = new Route53Record(this, 'record', {
      zoneId: props.hostedZoneId,
      name: props.recordName,
      type: 'A',
      setIdentifier: props.region,
      healthCheckId: this.healthCheck.id,
      alias: { name: props.loadBalancerDnsName, zoneId: props.loadBalancerZoneId, evaluateTargetHealth: true },
      failoverRoutingPolicy: routing === 'failover' ? { type: props.failoverRole ?? 'PRIMARY' } : undefined,
      latencyRoutingPolicy: routing === 'latency' ? { region: props.region } : undefined,
      provider: props.dnsProvider,
    });
  }
}
