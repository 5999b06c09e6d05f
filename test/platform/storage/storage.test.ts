import { LONGEST_BUCKET_PURPOSE } from '../../../src/resolve-settings';
import { BucketPurpose, bucketName } from '../../../templates/platform/naming';
import { BucketReplication } from '../../../templates/platform/storage/bucket-replication';
import { HardenedBucket } from '../../../templates/platform/storage/hardened-bucket';
import { RegionalBuckets } from '../../../templates/platform/storage/regional-buckets';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

const ACCOUNT = '222222222222';
const ofBucket = (json: any, type: string, logicalPrefix: string) =>
  Object.entries(resourcesOf(json, type)).find(([id]) => id.startsWith(logicalPrefix))?.[1] as any;

describe('HardenedBucket', () => {
  const stack = testStack();
  new HardenedBucket(stack, 'kms', {
    bucketName: 'payments-prod-data-222222222222-use1',
    kmsKeyArn: 'arn:aws:kms:us-east-1:222222222222:key/data',
    accessLogBucketName: 'payments-prod-logs-222222222222-use1',
    lifecycle: { intelligentTieringAfterDays: 30, noncurrentVersionExpirationDays: 90 },
  });
  new HardenedBucket(stack, 'sse-s3', {
    bucketName: 'payments-prod-logs-222222222222-use1',
    lifecycle: { noncurrentVersionExpirationDays: 30, expirationDays: 365 },
  });
  const json = synthJson(stack);

  test('SSE-KMS with the given key and a bucket key; SSE-S3 only when no key is given', () => {
    expect(ofBucket(json, 'aws_s3_bucket_server_side_encryption_configuration', 'kms').rule[0]).toEqual({
      apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:us-east-1:222222222222:key/data' },
      bucket_key_enabled: true,
    });
    expect(ofBucket(json, 'aws_s3_bucket_server_side_encryption_configuration', 'sse-s3').rule[0].apply_server_side_encryption_by_default).toEqual({
      sse_algorithm: 'AES256',
    });
  });

  test('versioning, all four public access blocks, ACLs disabled, never force-destroyed', () => {
    for (const id of ['kms', 'sse-s3']) {
      expect(ofBucket(json, 'aws_s3_bucket', id).force_destroy).toBe(false);
      expect(ofBucket(json, 'aws_s3_bucket_versioning', id).versioning_configuration.status).toBe('Enabled');
      expect(ofBucket(json, 'aws_s3_bucket_public_access_block', id)).toMatchObject({
        block_public_acls: true,
        block_public_policy: true,
        ignore_public_acls: true,
        restrict_public_buckets: true,
      });
      expect(ofBucket(json, 'aws_s3_bucket_ownership_controls', id).rule.object_ownership).toBe('BucketOwnerEnforced');
    }
  });

  test('the policy denies requests without TLS and below TLS 1.2', () => {
    const policy = JSON.parse(ofBucket(json, 'aws_s3_bucket_policy', 'kms').policy);
    expect(policy.Statement[0]).toMatchObject({
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: ['arn:aws:s3:::payments-prod-data-222222222222-use1', 'arn:aws:s3:::payments-prod-data-222222222222-use1/*'],
      Condition: { Bool: { 'aws:SecureTransport': false } },
    });
    expect(policy.Statement[1].Condition).toEqual({ NumericLessThan: { 's3:TlsVersion': '1.2' } });
  });

  test('server access logs go to the access-log bucket; the access-log bucket does not log to itself', () => {
    expect(onlyResource(json, 'aws_s3_bucket_logging')).toMatchObject({
      target_bucket: 'payments-prod-logs-222222222222-use1',
      target_prefix: 'payments-prod-data-222222222222-use1/',
    });
  });

  test('lifecycle: multipart abort, noncurrent expiry, tiering for data, expiry for logs', () => {
    const data = ofBucket(json, 'aws_s3_bucket_lifecycle_configuration', 'kms').rule;
    const byId = (rules: any[], id: string) => rules.find((r) => r.id === id);
    expect(byId(data, 'abort-incomplete-multipart-uploads').abort_incomplete_multipart_upload).toEqual([{ days_after_initiation: 7 }]);
    expect(byId(data, 'expire-noncurrent-versions').noncurrent_version_expiration).toEqual([{ noncurrent_days: 90 }]);
    expect(byId(data, 'intelligent-tiering').transition).toEqual([{ days: 30, storage_class: 'INTELLIGENT_TIERING' }]);
    expect(byId(data, 'expire-objects')).toBeUndefined();
    const logs = ofBucket(json, 'aws_s3_bucket_lifecycle_configuration', 'sse-s3').rule;
    expect(byId(logs, 'expire-objects').expiration).toEqual([{ days: 365 }]);
    expect(byId(logs, 'intelligent-tiering')).toBeUndefined();
  });
});

describe('RegionalBuckets', () => {
  const settings = settingsFixture();
  const prod = settings.environments[1];
  const json = (region: string) => {
    const stack = testStack(region);
    new RegionalBuckets(stack, 'buckets', {
      accountId: ACCOUNT,
      region,
      names: { data: 'payments-prod-data', accessLogs: 'payments-prod-logs', loadBalancerLogs: 'payments-prod-alb-logs' },
      dataKeyArn: 'arn:aws:kms:k',
      storage: prod.capabilities.storage,
    });
    return synthJson(stack);
  };

  test('load balancer logs: SSE-S3, written only by the region\'s ELB delivery account under [<prefix>/]AWSLogs/<account>/', () => {
    const east = json('us-east-1');
    const policy = JSON.parse(ofBucket(east, 'aws_s3_bucket_policy', 'buckets_load-balancer-logs').policy);
    expect(policy.Statement[2]).toEqual({
      Sid: 'LoadBalancerAccessLogDelivery',
      Effect: 'Allow',
      Principal: { AWS: 'arn:aws:iam::127311923021:root' },
      Action: 's3:PutObject',
      Resource: [`arn:aws:s3:::payments-prod-alb-logs/AWSLogs/${ACCOUNT}/*`, `arn:aws:s3:::payments-prod-alb-logs/*/AWSLogs/${ACCOUNT}/*`],
    });
    expect(ofBucket(east, 'aws_s3_bucket_server_side_encryption_configuration', 'buckets_load-balancer-logs').rule[0].apply_server_side_encryption_by_default.sse_algorithm).toBe('AES256');
    const newRegion = JSON.parse(ofBucket(json('eu-central-2'), 'aws_s3_bucket_policy', 'buckets_load-balancer-logs').policy);
    expect(newRegion.Statement[2].Principal).toEqual({ Service: 'logdelivery.elasticloadbalancing.amazonaws.com' });
  });

  test('server access logs: only S3 logging for this account; data bucket encrypted with the data key', () => {
    const east = json('us-east-1');
    const policy = JSON.parse(ofBucket(east, 'aws_s3_bucket_policy', 'buckets_access-logs').policy);
    expect(policy.Statement[2]).toMatchObject({
      Principal: { Service: 'logging.s3.amazonaws.com' },
      Action: 's3:PutObject',
      Condition: { StringEquals: { 'aws:SourceAccount': ACCOUNT } },
    });
    const data = ofBucket(east, 'aws_s3_bucket_server_side_encryption_configuration', 'buckets_data').rule[0];
    expect(data.apply_server_side_encryption_by_default).toEqual({ sse_algorithm: 'aws:kms', kms_master_key_id: 'arn:aws:kms:k' });
    for (const logging of Object.values(resourcesOf(east, 'aws_s3_bucket_logging')) as any[]) {
      expect(logging.target_bucket).toBe('payments-prod-logs');
      expect(logging.depends_on).toEqual([expect.stringMatching(/^aws_s3_bucket_policy\.buckets_access-logs_policy/)]);
    }
  });
});

describe('BucketReplication', () => {
  const stack = testStack('us-east-1');
  new BucketReplication(stack, 'replication', {
    roleName: 'payments-prod-us-east-1-s3-replication',
    accountId: ACCOUNT,
    source: { bucketName: 'src', region: 'us-east-1', keyAlias: 'alias/payments-prod-data' },
    destination: { bucketName: 'dst', region: 'us-west-2', keyAlias: 'alias/payments-prod-data' },
  });
  const json = synthJson(stack);

  test('replicas are re-encrypted with the destination region\'s key, delete markers and KMS objects included', () => {
    const rule = onlyResource(json, 'aws_s3_bucket_replication_configuration').rule[0];
    expect(rule).toMatchObject({
      status: 'Enabled',
      delete_marker_replication: { status: 'Enabled' },
      source_selection_criteria: { sse_kms_encrypted_objects: { status: 'Enabled' } },
      destination: {
        bucket: 'arn:aws:s3:::dst',
        encryption_configuration: { replica_kms_key_id: `arn:aws:kms:us-west-2:${ACCOUNT}:alias/payments-prod-data` },
      },
    });
  });

  test('only S3, for the source bucket of this account, can assume the role; it may use each key only through S3', () => {
    const documents = json.data.aws_iam_policy_document as any;
    const ofDoc = (prefix: string) => Object.entries(documents).find(([id]) => id.includes(prefix))![1] as any;
    const trust = ofDoc('trust').statement[0];
    expect(trust.principals).toEqual([{ type: 'Service', identifiers: ['s3.amazonaws.com'] }]);
    expect(trust.condition).toContainEqual({ test: 'StringEquals', variable: 'aws:SourceAccount', values: [ACCOUNT] });
    const statements = ofDoc('permissions').statement as any[];
    for (const statement of statements) {
      for (const action of statement.actions) expect(action).not.toMatch(/\*/);
    }
    const encrypt = statements.find((s) => s.sid === 'EncryptReplicasThroughS3');
    expect(encrypt.resources).toEqual([`arn:aws:kms:us-west-2:${ACCOUNT}:key/*`]);
    expect(encrypt.condition).toContainEqual({ test: 'StringEquals', variable: 'kms:ViaService', values: ['s3.us-west-2.amazonaws.com'] });
    expect(encrypt.condition).toContainEqual({ test: 'ForAnyValue:StringEquals', variable: 'kms:ResourceAliases', values: ['alias/payments-prod-data'] });
  });

  test('refuses a destination in the source region', () => {
    expect(
      () =>
        new BucketReplication(testStack(), 'same', {
          roleName: 'r',
          accountId: ACCOUNT,
          source: { bucketName: 'a', region: 'us-east-1', keyAlias: 'alias/k' },
          destination: { bucketName: 'b', region: 'us-east-1', keyAlias: 'alias/k' },
        }),
    ).toThrow(/another region/);
  });
});

describe('bucket names', () => {
  test('every purpose fits the length projen checks, and names carry account and region code', () => {
    const purposes: BucketPurpose[] = ['data', 'logs', 'alb-logs', 'trail', 'config', 'audit-logs'];
    for (const purpose of purposes) expect(purpose.length).toBeLessThanOrEqual(LONGEST_BUCKET_PURPOSE.length);
    const settings = settingsFixture();
    expect(bucketName(settings, settings.environments[1], 'alb-logs', 'us-west-2')).toBe('payments-prod-alb-logs-222222222222-usw2');
  });
});
