import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'dynamodb-deletion-protection',
  title: 'Production DynamoDB tables are protected from deletion',
  severity: 'medium',
  rationale: 'Deletion protection makes a mistaken destroy or replacement fail instead of dropping the table. Set deletion_protection_enabled = true in production environments.',
  references: { securityHub: ['DynamoDB.6'] },
  scope: 'resource',
  resourceTypes: ['aws_dynamodb_table', 'aws_dynamodb_table_replica'],
  check(table, { isProduction }) {
    if (!isProduction(table.stack)) return undefined;
    return isTrue(table.values.deletion_protection_enabled) ? undefined : 'deletion_protection_enabled is not true';
  },
};
