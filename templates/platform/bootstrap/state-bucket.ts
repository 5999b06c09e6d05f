import { Construct } from 'constructs';
import { useThroughService } from '../encryption/key-policy';
import { PlatformKey } from '../encryption/platform-key';
import { bucketArn } from '../naming';
import { HardenedBucket } from '../storage/hardened-bucket';
import { serverAccessLogDelivery } from '../storage/log-delivery';

export interface StateBucketProps {
  readonly bucketName: string;
  readonly accessLogBucketName: string;
  /** Alias of the state key, without `alias/`. */
  readonly keyAliasName: string;
  readonly accountId: string;
  readonly region: string;
  /** Days noncurrent state versions are kept (every apply writes a version), and server access logs. */
  readonly retentionDays: number;
}

/**
 * The environment's Terraform state: a hardened bucket (SSE-KMS with its own key, versioning, public access blocks,
 * TLS only, access logs) whose old versions are kept for `retentionDays`, and the SSE-S3 bucket of its access logs.
 */
export class StateBucket extends Construct {
  public readonly key: PlatformKey;
  public readonly bucket: HardenedBucket;
  public readonly accessLogs: HardenedBucket;

  constructor(scope: Construct, id: string, props: StateBucketProps) {
    super(scope, id);
    this.key = new PlatformKey(this, 'key', {
      aliasName: props.keyAliasName,
      description: `${props.keyAliasName}: Terraform state`,
      accountId: props.accountId,
      region: props.region,
      statements: useThroughService(props.accountId, props.region, 's3', false),
    });
    this.accessLogs = new HardenedBucket(this, 'access-logs', {
      bucketName: props.accessLogBucketName,
      lifecycle: { noncurrentVersionExpirationDays: props.retentionDays, expirationDays: props.retentionDays },
      policyStatements: [serverAccessLogDelivery(bucketArn(props.accessLogBucketName, props.region), props.accountId, props.region)],
      region: props.region,
    });
    this.bucket = new HardenedBucket(this, 'state', {
      bucketName: props.bucketName,
      kmsKeyArn: this.key.arn,
      accessLogBucketName: props.accessLogBucketName,
      accessLogDependsOn: [this.accessLogs.policy],
      lifecycle: { noncurrentVersionExpirationDays: props.retentionDays },
      region: props.region,
    });
  }
}
