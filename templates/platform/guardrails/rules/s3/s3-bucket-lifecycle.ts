import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

export const rule: ResourceRule = {
  id: 's3-bucket-lifecycle',
  title: 'Buckets expire old data and incomplete uploads',
  severity: 'low',
  rationale:
    'Without a lifecycle configuration, noncurrent versions and abandoned multipart uploads are kept (and paid for) forever, and data outlives its retention. Add an enabled aws_s3_bucket_lifecycle_configuration rule.',
  references: { checkov: ['CKV2_AWS_61', 'CKV_AWS_300'], securityHub: ['S3.13'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const rules = graph.related(bucket, 'aws_s3_bucket_lifecycle_configuration', 'bucket').flatMap((c) => blocks(c.values.rule));
    const inline = blocks(bucket.values.lifecycle_rule).filter((r) => r.enabled === true || r.enabled === 'true');
    return rules.some((r) => r.status === 'Enabled') || inline.length > 0 ? undefined : 'no enabled lifecycle rule applies to the bucket';
  },
};
