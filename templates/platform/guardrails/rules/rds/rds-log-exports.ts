import type { ResourceRule } from '../../model';
import { strings } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-log-exports',
  title: 'Databases export their logs to CloudWatch Logs',
  severity: 'medium',
  rationale: 'Database logs (connections, errors, slow and audit logs) are lost with the instance unless exported. Set enabled_cloudwatch_logs_exports.',
  references: { checkov: ['CKV_AWS_129'], securityHub: ['RDS.9'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster'],
  check(db) {
    return strings(db.values.enabled_cloudwatch_logs_exports).length > 0 ? undefined : 'enabled_cloudwatch_logs_exports is empty';
  },
};
