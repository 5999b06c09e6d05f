import type { ResourceRule } from '../../model';
import { isExpression, num } from '../../values';

export const rule: ResourceRule = {
  id: 'logs-group-retention',
  title: 'Log groups have an explicit retention period',
  severity: 'low',
  rationale:
    'Without retention_in_days logs are kept (and paid for) forever, past any data-retention commitment. Set it explicitly; production environments keep logs at least 365 days.',
  references: { checkov: ['CKV_AWS_66', 'CKV_AWS_338'], securityHub: ['CloudWatch.16'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudwatch_log_group'],
  check(group, { isProduction }) {
    if (isExpression(group.values.retention_in_days)) return undefined;
    const days = num(group.values.retention_in_days) ?? 0;
    if (days === 0) return 'retention_in_days is not set: logs never expire';
    return isProduction(group.stack) && days < 365 ? `retention_in_days is ${days}, below 365 in a production environment` : undefined;
  },
};
