import type { ResourceRule } from '../../model';
import { block, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 's3-bucket-versioning',
  title: 'Buckets keep object versions',
  severity: 'medium',
  rationale:
    'Versioning turns an overwrite or delete (by mistake, by ransomware) into a recoverable event, and is required for replication. Add an aws_s3_bucket_versioning with status "Enabled".',
  references: { checkov: ['CKV_AWS_21'], securityHub: ['S3.14'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const configured = graph
      .related(bucket, 'aws_s3_bucket_versioning', 'bucket')
      .some((v) => block(v.values.versioning_configuration).status === 'Enabled');
    return configured || isTrue(block(bucket.values.versioning).enabled) ? undefined : 'no aws_s3_bucket_versioning with status "Enabled" applies to the bucket';
  },
};
