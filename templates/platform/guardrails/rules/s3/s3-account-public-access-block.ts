import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'];

export const rule: ResourceRule = {
  id: 's3-account-public-access-block',
  title: 'The account blocks public S3 access',
  severity: 'high',
  rationale: 'The account-wide public access block stops any bucket, present or future, from being made public by a policy or ACL.',
  references: { securityHub: ['S3.1'], cis: ['2.1.4'] },
  scope: 'resource',
  resourceTypes: ['aws_s3_account_public_access_block'],
  check(block) {
    const off = SETTINGS.filter((s) => !isTrue(block.values[s]));
    return off.length > 0 ? `${off.join(', ')} not true` : undefined;
  },
};
