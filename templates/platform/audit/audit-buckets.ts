import { Construct } from 'constructs';
import { PolicyStatement } from '../encryption/key-policy';
import { bucketArn } from '../naming';
import { HardenedBucket, HardenedBucketProps } from '../storage/hardened-bucket';
import { serverAccessLogDelivery } from '../storage/log-delivery';
import { BucketRetention } from '../storage/regional-buckets';

type BucketDefaults = Omit<HardenedBucketProps, 'bucketName' | 'policyStatements'>;

export interface AuditBucketsProps {
  readonly accountId: string;
  /** Names of the buckets; leave `trail` or `config` out when that service is not recorded in this account. */
  readonly names: { readonly trail?: string; readonly config?: string; readonly accessLogs: string };
  /** The account's `audit` key (same region as the buckets). */
  readonly kmsKeyArn: string;
  /** ARN of the account's trail, the only trail allowed to write to the trail bucket. */
  readonly trailArn: string;
  readonly storage: BucketRetention;
  /** The account stack's region (the primary region), where the buckets are. */
  readonly region: string;
}

/**
 * The account's audit buckets in the primary region: CloudTrail logs and AWS Config history of every region (SSE-KMS
 * with the audit key), and the server access logs of both (SSE-S3, as S3 server access logging requires).
 */
export class AuditBuckets extends Construct {
  public readonly trail?: HardenedBucket;
  public readonly config?: HardenedBucket;
  public readonly accessLogs: HardenedBucket;

  constructor(scope: Construct, id: string, props: AuditBucketsProps) {
    super(scope, id);
    const region = props.region;
    const lifecycle = {
      noncurrentVersionExpirationDays: Math.min(props.storage.noncurrentVersionExpirationDays, props.storage.logExpirationDays),
      expirationDays: props.storage.logExpirationDays,
    };

    this.accessLogs = new HardenedBucket(this, 'access-logs', {
      bucketName: props.names.accessLogs,
      lifecycle,
      policyStatements: [serverAccessLogDelivery(bucketArn(props.names.accessLogs, region), props.accountId, region)],
      region,
    });
    const logged: BucketDefaults = {
      accessLogBucketName: props.names.accessLogs,
      accessLogDependsOn: [this.accessLogs.policy],
      kmsKeyArn: props.kmsKeyArn,
      lifecycle,
      region,
    };

    if (props.names.trail) this.trail = this.trailBucket(props.names.trail, props, logged);
    if (props.names.config) this.config = this.configBucket(props.names.config, props, logged);
  }

  private trailBucket(name: string, props: AuditBucketsProps, logged: BucketDefaults): HardenedBucket {
    const trail = bucketArn(name, props.region);
    const trailWrites: PolicyStatement[] = [
      {
        Sid: 'CloudTrailAclCheck',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:GetBucketAcl',
        Resource: trail,
        Condition: { StringEquals: { 'aws:SourceArn': props.trailArn } },
      },
      {
        Sid: 'CloudTrailWrite',
        Effect: 'Allow',
        Principal: { Service: 'cloudtrail.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `${trail}/AWSLogs/${props.accountId}/*`,
        Condition: { StringEquals: { 'aws:SourceArn': props.trailArn, 's3:x-amz-acl': 'bucket-owner-full-control' } },
      },
    ];
    return new HardenedBucket(this, 'trail', { ...logged, bucketName: name, policyStatements: trailWrites });
  }

  private configBucket(name: string, props: AuditBucketsProps, logged: BucketDefaults): HardenedBucket {
    const fromAccount = { 'aws:SourceAccount': props.accountId };
    const config = bucketArn(name, props.region);
    const configWrites: PolicyStatement[] = [
      {
        Sid: 'ConfigAclCheck',
        Effect: 'Allow',
        Principal: { Service: 'config.amazonaws.com' },
        Action: ['s3:GetBucketAcl', 's3:ListBucket'],
        Resource: config,
        Condition: { StringEquals: fromAccount },
      },
      {
        Sid: 'ConfigWrite',
        Effect: 'Allow',
        Principal: { Service: 'config.amazonaws.com' },
        Action: 's3:PutObject',
        Resource: `${config}/AWSLogs/${props.accountId}/Config/*`,
        Condition: { StringEquals: { ...fromAccount, 's3:x-amz-acl': 'bucket-owner-full-control' } },
      },
    ];
    return new HardenedBucket(this, 'config', { ...logged, bucketName: name, policyStatements: configWrites });
  }
}
