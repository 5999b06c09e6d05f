import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

export const rule: ResourceRule = {
  id: 's3-bucket-ownership-enforced',
  title: 'Buckets disable ACLs (bucket owner enforced)',
  severity: 'medium',
  rationale:
    'With ACLs disabled, access is governed by policies alone and objects written by other accounts belong to the bucket owner. Add an aws_s3_bucket_ownership_controls with object_ownership "BucketOwnerEnforced".',
  references: { checkov: ['CKV2_AWS_65'], securityHub: ['S3.12'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const controls = graph.related(bucket, 'aws_s3_bucket_ownership_controls', 'bucket');
    if (controls.length === 0) return 'no aws_s3_bucket_ownership_controls applies to the bucket';
    const enforced = controls.some((c) => blocks(c.values.rule).some((r) => r.object_ownership === 'BucketOwnerEnforced'));
    return enforced ? undefined : 'object_ownership is not "BucketOwnerEnforced"';
  },
};
