import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-copy-tags-to-snapshots',
  title: 'Database snapshots carry the database tags',
  severity: 'low',
  rationale: 'Snapshots without Owner, DataClassification and CostCenter tags are orphaned data nobody can classify or bill. Set copy_tags_to_snapshot = true.',
  references: { checkov: ['CKV2_AWS_60'], securityHub: ['RDS.17', 'RDS.16'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    return isTrue(db.values.copy_tags_to_snapshot) ? undefined : 'copy_tags_to_snapshot is not true';
  },
};
