import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'cloudtrail-cloudwatch-logs',
  title: 'Trails deliver to CloudWatch Logs',
  severity: 'medium',
  rationale: 'Metric filters and alarms on API activity (root use, console sign-in failures, policy changes) need the trail in CloudWatch Logs. Set cloud_watch_logs_group_arn and cloud_watch_logs_role_arn.',
  references: { checkov: ['CKV2_AWS_10'], securityHub: ['CloudTrail.5'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail) {
    const problems: string[] = [];
    if (!isSet(trail.values.cloud_watch_logs_group_arn)) problems.push('cloud_watch_logs_group_arn is not set');
    if (!isSet(trail.values.cloud_watch_logs_role_arn)) problems.push('cloud_watch_logs_role_arn is not set');
    return problems;
  },
};
