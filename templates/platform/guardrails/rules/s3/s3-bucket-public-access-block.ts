import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

export const rule: ResourceRule = {
  id: 's3-bucket-public-access-block',
  title: 'Buckets block every form of public access',
  severity: 'high',
  rationale:
    'The bucket-level public access block is the guard that still holds if the account-level one is ever relaxed. Add an aws_s3_bucket_public_access_block for the bucket with all four settings true.',
  references: { checkov: ['CKV2_AWS_6', 'CKV_AWS_53', 'CKV_AWS_54', 'CKV_AWS_55', 'CKV_AWS_56'], securityHub: ['S3.8'], cis: ['2.1.4'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_bucket'],
  check(bucket, { graph }) {
    const blocks = graph.related(bucket, 'aws_s3_bucket_public_access_block', 'bucket');
    if (blocks.length === 0) return 'no aws_s3_bucket_public_access_block applies to the bucket';
    const off = SETTINGS.filter((s) => !blocks.some((b) => isTrue(b.values[s])));
    return off.length > 0 ? `the public access block does not set ${off.join(', ')} to true` : undefined;
  },
};
