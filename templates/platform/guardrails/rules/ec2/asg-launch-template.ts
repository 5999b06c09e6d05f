import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'asg-launch-template',
  title: 'Auto Scaling groups use launch templates',
  severity: 'medium',
  rationale: 'Launch configurations are deprecated and cannot require IMDSv2 with current instance types and features; use a launch template (or a mixed instances policy over one).',
  references: { checkov: ['CKV_AWS_315'], securityHub: ['AutoScaling.9'] },
  scope: 'resource',
  resourceTypes: ['aws_autoscaling_group'],
  check(group) {
    return isSet(group.values.launch_configuration) ? 'the group uses a launch configuration' : undefined;
  },
};
