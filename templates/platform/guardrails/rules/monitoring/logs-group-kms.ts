import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'logs-group-kms',
  title: 'Log groups are encrypted with a customer-managed KMS key',
  severity: 'medium',
  rationale: 'Logs contain request data, identifiers and sometimes secrets. Set kms_key_id to a key whose policy allows the regional logs service principal.',
  references: { checkov: ['CKV_AWS_158'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudwatch_log_group'],
  check(group) {
    return isSet(group.values.kms_key_id) ? undefined : 'kms_key_id is not set';
  },
};
