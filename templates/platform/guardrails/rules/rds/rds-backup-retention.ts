import type { ResourceRule } from '../../model';
import { isSet, num } from '../../values';

const MINIMUM_DAYS = 7;

export const rule: ResourceRule = {
  id: 'rds-backup-retention',
  title: 'Databases keep automated backups for at least 7 days',
  severity: 'medium',
  rationale: 'Point-in-time recovery reaches back only as far as the backup retention; a week is the least that covers a problem found after a weekend.',
  references: { checkov: ['CKV_AWS_133'], securityHub: ['RDS.11', 'RDS.26'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    // Same-region read replicas have no automated backups of their own; the source's backups cover them.
    if (isSet(db.values.replicate_source_db) && db.values.backup_retention_period === undefined) return undefined;
    const days = num(db.values.backup_retention_period) ?? (db.type === 'aws_rds_cluster' ? 1 : 0);
    return days < MINIMUM_DAYS ? `backup_retention_period is ${days}, below ${MINIMUM_DAYS}` : undefined;
  },
};
