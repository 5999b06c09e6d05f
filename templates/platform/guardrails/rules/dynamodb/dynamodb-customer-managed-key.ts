import type { ResourceRule } from '../../model';
import { block, blocks, isSet, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'dynamodb-customer-managed-key',
  title: 'DynamoDB tables and replicas are encrypted with customer-managed keys',
  severity: 'medium',
  rationale:
    'With the default AWS-owned key, reading the table is governed by IAM alone and never appears in the key usage logs. Enable server_side_encryption with kms_key_arn, and give every replica the key of its region.',
  references: { checkov: ['CKV_AWS_119'] },
  scope: 'resource',
  resourceTypes: ['aws_dynamodb_table', 'aws_dynamodb_table_replica'],
  check(table) {
    if (table.type === 'aws_dynamodb_table_replica') return isSet(table.values.kms_key_arn) ? undefined : 'kms_key_arn is not set';
    const problems: string[] = [];
    const sse = block(table.values.server_side_encryption);
    if (!isTrue(sse.enabled) || !isSet(sse.kms_key_arn)) problems.push('server_side_encryption does not use a customer-managed kms_key_arn');
    for (const replica of blocks(table.values.replica)) {
      if (!isSet(replica.kms_key_arn)) problems.push(`the replica in ${replica.region_name} has no kms_key_arn`);
    }
    return problems;
  },
};
