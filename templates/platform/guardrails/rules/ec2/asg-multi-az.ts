import type { ResourceRule } from '../../model';
import { isExpression, strings } from '../../values';

export const rule: ResourceRule = {
  id: 'asg-multi-az',
  title: 'Auto Scaling groups span several availability zones',
  severity: 'medium',
  rationale: 'A group in one availability zone goes down with it. Give vpc_zone_identifier a subnet in each of at least two zones.',
  references: { securityHub: ['AutoScaling.2'] },
  scope: 'resource',
  resourceTypes: ['aws_autoscaling_group'],
  check(group) {
    const subnets = group.values.vpc_zone_identifier;
    if (isExpression(subnets)) return undefined;
    const count = Math.max(strings(subnets).length, strings(group.values.availability_zones).length);
    return count < 2 ? `the group spans ${count} subnet(s) or zone(s)` : undefined;
  },
};
