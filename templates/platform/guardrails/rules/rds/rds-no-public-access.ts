import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-no-public-access',
  title: 'Databases are not publicly accessible',
  severity: 'critical',
  rationale: 'A publicly accessible instance gets a public DNS address; one security group mistake exposes the database to the internet.',
  references: { checkov: ['CKV_AWS_17'], securityHub: ['RDS.2'], cis: ['2.3.3'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check(db) {
    return isTrue(db.values.publicly_accessible) ? 'publicly_accessible is true' : undefined;
  },
};
