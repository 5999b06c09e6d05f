import type { ResourceRule } from '../../model';
import { block, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'cloudtrail-bucket-access-logging',
  title: "The trail's bucket logs access to the audit logs",
  severity: 'medium',
  rationale:
    'Who read or deleted the audit logs is itself audit evidence. The bucket named by s3_bucket_name, when this app creates it, needs an aws_s3_bucket_logging (a bucket created elsewhere is checked where it is created).',
  references: { securityHub: ['CloudTrail.7'], cis: ['3.4'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail, { graph }) {
    const bucket = graph.resolve(trail, 's3_bucket_name', 'aws_s3_bucket');
    if (!bucket) return undefined;
    const logged = graph.related(bucket, 'aws_s3_bucket_logging', 'bucket').length > 0 || isSet(block(bucket.values.logging).target_bucket);
    return logged ? undefined : `the trail's bucket ${bucket.address} has no aws_s3_bucket_logging`;
  },
};
