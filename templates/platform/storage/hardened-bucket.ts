import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration, S3BucketLifecycleConfigurationRule } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { Construct } from 'constructs';
import { PolicyStatement } from '../encryption/key-policy';
import { ITerraformDependable } from '../engine';
import { bucketArn, COMMERCIAL_REGION } from '../naming';

export interface BucketLifecycle {
  /**
   * Days after which current objects move to S3 Intelligent-Tiering; `undefined` keeps them in S3 Standard.
   * @default undefined
   */
  readonly intelligentTieringAfterDays?: number;
  /** Days after which noncurrent versions are deleted. */
  readonly noncurrentVersionExpirationDays: number;
  /**
   * Days after which current objects expire (log buckets); `undefined` keeps them.
   * @default undefined
   */
  readonly expirationDays?: number;
  /**
   * Days after which incomplete multipart uploads are aborted.
   * @default 7
   */
  readonly abortIncompleteMultipartUploadDays?: number;
}

export interface HardenedBucketProps {
  readonly bucketName: string;
  /**
   * Customer-managed key of the bucket's default encryption (SSE-KMS with an S3 bucket key). Leave it out only
   * where the writing service cannot use KMS: S3 server access logs and load balancer access logs need SSE-S3.
   */
  readonly kmsKeyArn?: string;
  /** Bucket that receives this bucket's server access logs; leave it out only for the access-log bucket itself. */
  readonly accessLogBucketName?: string;
  /**
   * What the logging configuration waits for: the access-log bucket and its policy, when referred to by name.
   * @default []
   */
  readonly accessLogDependsOn?: readonly ITerraformDependable[];
  readonly lifecycle: BucketLifecycle;
  /**
   * Statements added to the bucket policy after the TLS-only deny (e.g. a service's permission to write logs).
   * @default []
   */
  readonly policyStatements?: readonly PolicyStatement[];
  /**
   * Region of the bucket: it decides the partition of the bucket's ARN (`partitionOf` in `naming.ts`).
   * @default - a region of the `aws` partition
   */
  readonly region?: string;
}

/**
 * The one S3 bucket of the platform: default encryption (SSE-KMS with bucket key, or SSE-S3 where a service
 * demands it), versioning, every public access block, ACLs disabled, a TLS-only policy, server access logging
 * and lifecycle rules. Nothing is destroyed with the stack while it holds objects.
 */
export class HardenedBucket extends Construct {
  public readonly bucket: S3Bucket;
  public readonly versioning: S3BucketVersioningA;
  public readonly publicAccessBlock: S3BucketPublicAccessBlock;
  public readonly policy: S3BucketPolicy;
  public readonly name: string;
  /** Deterministic ARN, from the name. */
  public readonly arn: string;

  constructor(scope: Construct, id: string, props: HardenedBucketProps) {
    super(scope, id);
    this.name = props.bucketName;
    this.arn = bucketArn(props.bucketName, props.region ?? COMMERCIAL_REGION);

    this.bucket = new S3Bucket(this, 'bucket', { bucket: props.bucketName, forceDestroy: false });
    const bucket = this.bucket.id;

    this.publicAccessBlock = new S3BucketPublicAccessBlock(this, 'public-access-block', {
      bucket,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });
    new S3BucketOwnershipControls(this, 'ownership', { bucket, rule: { objectOwnership: 'BucketOwnerEnforced' } });
    this.versioning = new S3BucketVersioningA(this, 'versioning', { bucket, versioningConfiguration: { status: 'Enabled' } });
    new S3BucketServerSideEncryptionConfigurationA(this, 'encryption', {
      bucket,
      rule: [
        props.kmsKeyArn
          ? { applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKeyArn }, bucketKeyEnabled: true }
          : { applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } },
      ],
    });

    if (props.accessLogBucketName) {
      new S3BucketLoggingA(this, 'access-logging', {
        bucket,
        targetBucket: props.accessLogBucketName,
        targetPrefix: `${props.bucketName}/`,
        dependsOn: props.accessLogDependsOn ? [...props.accessLogDependsOn] : undefined,
      });
    }

    const tlsOnly: PolicyStatement = {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [this.arn, `${this.arn}/*`],
      Condition: { Bool: { 'aws:SecureTransport': false } },
    };
    const oldTls: PolicyStatement = {
      Sid: 'DenyTlsBelow12',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: [this.arn, `${this.arn}/*`],
      Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } },
    };
    this.policy = new S3BucketPolicy(this, 'policy', {
      bucket,
      policy: JSON.stringify({ Version: '2012-10-17', Statement: [tlsOnly, oldTls, ...(props.policyStatements ?? [])] }),
      // A policy that grants a service principal is "public" to S3 until the public access block exists.
      dependsOn: [this.publicAccessBlock],
    });

    const lifecycle = props.lifecycle;
    const rules: S3BucketLifecycleConfigurationRule[] = [
      {
        id: 'abort-incomplete-multipart-uploads',
        status: 'Enabled',
        filter: [{}],
        abortIncompleteMultipartUpload: [{ daysAfterInitiation: lifecycle.abortIncompleteMultipartUploadDays ?? 7 }],
      },
      {
        id: 'expire-noncurrent-versions',
        status: 'Enabled',
        filter: [{}],
        noncurrentVersionExpiration: [{ noncurrentDays: lifecycle.noncurrentVersionExpirationDays }],
      },
      lifecycle.expirationDays !== undefined
        ? { id: 'expire-objects', status: 'Enabled', filter: [{}], expiration: [{ days: lifecycle.expirationDays }] }
        : { id: 'remove-expired-delete-markers', status: 'Enabled', filter: [{}], expiration: [{ expiredObjectDeleteMarker: true }] },
    ];
    if (lifecycle.intelligentTieringAfterDays !== undefined) {
      rules.push({
        id: 'intelligent-tiering',
        status: 'Enabled',
        filter: [{}],
        transition: [{ days: lifecycle.intelligentTieringAfterDays, storageClass: 'INTELLIGENT_TIERING' }],
      });
    }
    new S3BucketLifecycleConfiguration(this, 'lifecycle', { bucket, rule: rules, dependsOn: [this.versioning] });
  }
}
