import type { ResourceRule } from '../../model';
import { block, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 's3-bucket-access-logging',
  title: 'Buckets log requests to a log bucket',
  severity: 'medium',
  rationale:
    'Server access logs record who read or changed which object, which CloudTrail management events do not. Add an aws_s3_bucket_logging to a log bucket. Buckets that are themselves the target of access logs are exempt (logging a log bucket into itself loops).',
  references: { checkov: ['CKV_AWS_18'], securityHub: ['S3.9'], cdkNag: ['AwsSolutions-S1'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    if (graph.related(bucket, 'aws_s3_bucket_logging', 'bucket').length > 0 || isSet(block(bucket.values.logging).target_bucket)) return undefined;
    const isLogTarget = graph.related(bucket, 'aws_s3_bucket_logging', 'target_bucket').length > 0;
    return isLogTarget ? undefined : 'no aws_s3_bucket_logging applies to the bucket';
  },
};
