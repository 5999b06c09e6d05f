import type { ResourceRule } from '../../model';
import { isFalse } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-minor-version-upgrades',
  title: 'Databases take minor engine upgrades automatically',
  severity: 'low',
  rationale: 'Minor versions carry security fixes; applying them in the maintenance window keeps the engine patched. Leave auto_minor_version_upgrade true.',
  references: { checkov: ['CKV_AWS_226'], securityHub: ['RDS.13'], cis: ['2.3.2'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check(db) {
    return isFalse(db.values.auto_minor_version_upgrade) ? 'auto_minor_version_upgrade is false' : undefined;
  },
};
