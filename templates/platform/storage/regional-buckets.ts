import { Construct } from 'constructs';
import { HardenedBucket } from './hardened-bucket';
import { loadBalancerLogDelivery, serverAccessLogDelivery } from './log-delivery';
import { bucketArn } from '../naming';

/** How long buckets keep objects and versions (`storage` capability). */
export interface BucketRetention {
  /** Days after which current objects of the data bucket move to S3 Intelligent-Tiering. */
  readonly intelligentTieringAfterDays: number;
  /** Days after which noncurrent object versions are deleted. */
  readonly noncurrentVersionExpirationDays: number;
  /** Days after which log objects are deleted. */
  readonly logExpirationDays: number;
}

export interface RegionalBucketsProps {
  readonly accountId: string;
  readonly region: string;
  /** Names from `bucketName(...)`: deterministic, so other regions' stacks can refer to them. */
  readonly names: { readonly data: string; readonly accessLogs: string; readonly loadBalancerLogs: string };
  /** The region's `data` key. */
  readonly dataKeyArn: string;
  readonly storage: BucketRetention;
}

/**
 * The buckets of a regional stack: `data` (SSE-KMS with the region's data key, Intelligent-Tiering), `accessLogs`
 * (server access logs of the region's buckets) and `loadBalancerLogs` (access logs of the load balancer). Both log
 * buckets use SSE-S3, the only encryption S3 server access logging and Elastic Load Balancing can write to.
 */
export class RegionalBuckets extends Construct {
  public readonly data: HardenedBucket;
  public readonly accessLogs: HardenedBucket;
  public readonly loadBalancerLogs: HardenedBucket;

  constructor(scope: Construct, id: string, props: RegionalBucketsProps) {
    super(scope, id);
    const region = props.region;
    const arn = (name: string) => bucketArn(name, region);
    const logLifecycle = {
      noncurrentVersionExpirationDays: Math.min(props.storage.noncurrentVersionExpirationDays, props.storage.logExpirationDays),
      expirationDays: props.storage.logExpirationDays,
    };

    this.accessLogs = new HardenedBucket(this, 'access-logs', {
      bucketName: props.names.accessLogs,
      lifecycle: logLifecycle,
      policyStatements: [serverAccessLogDelivery(arn(props.names.accessLogs), props.accountId, region)],
      region,
    });
    this.loadBalancerLogs = new HardenedBucket(this, 'load-balancer-logs', {
      bucketName: props.names.loadBalancerLogs,
      accessLogBucketName: props.names.accessLogs,
      accessLogDependsOn: [this.accessLogs.policy],
      lifecycle: logLifecycle,
      policyStatements: [loadBalancerLogDelivery(arn(props.names.loadBalancerLogs), props.accountId, region)],
      region,
    });
    this.data = new HardenedBucket(this, 'data', {
      bucketName: props.names.data,
      kmsKeyArn: props.dataKeyArn,
      accessLogBucketName: props.names.accessLogs,
      accessLogDependsOn: [this.accessLogs.policy],
      lifecycle: {
        intelligentTieringAfterDays: props.storage.intelligentTieringAfterDays,
        noncurrentVersionExpirationDays: props.storage.noncurrentVersionExpirationDays,
      },
      region,
    });
  }
}
