import type { ResourceRule } from '../../model';
import { isSet, num } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-enhanced-monitoring',
  title: 'Databases publish enhanced monitoring',
  severity: 'low',
  rationale: 'Operating-system metrics of the database host explain slowdowns CloudWatch metrics cannot. Set monitoring_interval (1–60 seconds) and monitoring_role_arn.',
  references: { checkov: ['CKV_AWS_118'], securityHub: ['RDS.6'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance'],
  check(db) {
    const interval = num(db.values.monitoring_interval) ?? 0;
    if (interval <= 0) return 'monitoring_interval is 0 (enhanced monitoring off)';
    return isSet(db.values.monitoring_role_arn) ? undefined : 'monitoring_role_arn is not set';
  },
};
