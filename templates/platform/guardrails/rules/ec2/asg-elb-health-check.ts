import type { ResourceRule } from '../../model';
import { strings } from '../../values';

export const rule: ResourceRule = {
  id: 'asg-elb-health-check',
  title: 'Auto Scaling groups behind a load balancer use its health checks',
  severity: 'medium',
  rationale: 'With EC2 health checks, an instance whose application is down stays in service; ELB health checks replace it.',
  references: { checkov: ['CKV2_AWS_15'], securityHub: ['AutoScaling.1'] },
  scope: 'resource',
  resourceTypes: ['aws_autoscaling_group'],
  check(group) {
    const balanced = strings(group.values.target_group_arns).length > 0 || strings(group.values.load_balancers).length > 0;
    return balanced && group.values.health_check_type !== 'ELB' ? `health_check_type is ${JSON.stringify(group.values.health_check_type ?? 'EC2')}, not "ELB"` : undefined;
  },
};
