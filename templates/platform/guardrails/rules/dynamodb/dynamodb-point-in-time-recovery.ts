import type { ResourceRule } from '../../model';
import { block, blocks, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'dynamodb-point-in-time-recovery',
  title: 'DynamoDB tables and their replicas have point-in-time recovery',
  severity: 'medium',
  rationale: 'Point-in-time recovery restores a table to any second of the last 35 days after a bad write or delete. Enable point_in_time_recovery on the table and on every replica.',
  references: { checkov: ['CKV_AWS_28', 'CKV_AWS_165'], securityHub: ['DynamoDB.2'], cdkNag: ['AwsSolutions-DDB3'] },
  scope: 'resource',
  resourceTypes: ['aws_dynamodb_table', 'aws_dynamodb_table_replica'],
  check(table) {
    if (table.type === 'aws_dynamodb_table_replica') return isTrue(table.values.point_in_time_recovery) ? undefined : 'point_in_time_recovery is not true';
    const problems: string[] = [];
    if (!isTrue(block(table.values.point_in_time_recovery).enabled)) problems.push('point_in_time_recovery.enabled is not true');
    for (const replica of blocks(table.values.replica)) {
      if (!isTrue(replica.point_in_time_recovery)) problems.push(`the replica in ${replica.region_name} has no point_in_time_recovery`);
    }
    return problems;
  },
};
