import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'cloudtrail-kms-encryption',
  title: 'Trails encrypt their logs with a customer-managed KMS key',
  severity: 'medium',
  rationale: 'SSE-KMS puts reading the audit trail under a key policy separate from the bucket policy. Set kms_key_id.',
  references: { checkov: ['CKV_AWS_35'], securityHub: ['CloudTrail.2'], cis: ['3.5'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail) {
    return isSet(trail.values.kms_key_id) ? undefined : 'kms_key_id is not set';
  },
};
