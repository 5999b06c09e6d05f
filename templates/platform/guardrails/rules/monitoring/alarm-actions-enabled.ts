import type { ResourceRule } from '../../model';
import { isFalse, strings } from '../../values';

export const rule: ResourceRule = {
  id: 'alarm-actions-enabled',
  title: 'CloudWatch alarms notify someone',
  severity: 'medium',
  rationale: 'An alarm without an action, or with actions disabled, changes state where nobody looks. Give it alarm_actions (an SNS topic) and keep actions_enabled.',
  references: { securityHub: ['CloudWatch.17'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudwatch_metric_alarm', 'aws_cloudwatch_composite_alarm'],
  check(alarm) {
    const problems: string[] = [];
    if (isFalse(alarm.values.actions_enabled)) problems.push('actions_enabled is false');
    if (strings(alarm.values.alarm_actions).length === 0) problems.push('alarm_actions is empty');
    return problems;
  },
};
