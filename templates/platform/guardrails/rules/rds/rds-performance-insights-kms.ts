import type { ResourceRule } from '../../model';
import { isSet, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'rds-performance-insights-kms',
  title: 'Performance Insights data is encrypted with a customer-managed key',
  severity: 'low',
  rationale: 'Performance Insights stores query texts, which contain data. When it is enabled, set performance_insights_kms_key_id to a customer-managed key.',
  references: { checkov: ['CKV_AWS_354'] },
  scope: 'resource',
  resourceTypes: ['aws_db_instance', 'aws_rds_cluster_instance'],
  check(db) {
    if (!isTrue(db.values.performance_insights_enabled)) return undefined;
    return isSet(db.values.performance_insights_kms_key_id) ? undefined : 'performance_insights_kms_key_id is not set';
  },
};
