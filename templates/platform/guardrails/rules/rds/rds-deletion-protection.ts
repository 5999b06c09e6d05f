import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-deletion-protection',
  title: 'Production databases are protected from deletion',
  severity: 'high',
  rationale: 'Deletion protection makes a mistaken "terraform destroy" or a replacement plan fail instead of dropping the database. Set deletion_protection = true in production environments.',
  references: { checkov: ['CKV_AWS_293', 'CKV_AWS_139'], securityHub: ['RDS.8', 'RDS.7'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db, { isProduction }) {
    if (!isProduction(db.stack)) return undefined;
    return isTrue(db.values.deletion_protection) ? undefined : 'deletion_protection is not true';
  },
};
