import type { ResourceRule } from '../../model';
import { strings } from '../../values';

const LISTENER_TYPES = ['aws_lb_listener', 'aws_alb_listener', 'aws_lb_listener_rule', 'aws_alb_listener_rule'];

export const rule: ResourceRule = {
  id: 'asg-elb-health-check',
  title: 'Auto Scaling groups behind a load balancer use its health checks',
  severity: 'medium',
  rationale:
    'With EC2 health checks, an instance whose application is down stays in service; ELB health checks replace it. A group whose target groups no listener of this app forwards to (a load balancer still waiting for its certificate) is exempt: nothing would health-check its instances.',
  references: { checkov: ['CKV2_AWS_15'], securityHub: ['AutoScaling.1'] },
  scope: 'resource',
  resourceTypes: ['aws_autoscaling_group'],
  check(group, { graph }) {
    if (group.values.health_check_type === 'ELB') return undefined;
    const classic = strings(group.values.load_balancers).length > 0;
    const targetGroupArns = strings(group.values.target_group_arns);
    if (!classic && targetGroupArns.length === 0) return undefined;
    const targetGroups = graph.targets(group, 'target_group_arns').filter((n) => n.type === 'aws_lb_target_group' || n.type === 'aws_alb_target_group');
    // Target groups created in this app can be followed; one created elsewhere is assumed to be served.
    const served =
      classic ||
      targetGroups.length < targetGroupArns.length ||
      targetGroups.some((tg) => LISTENER_TYPES.some((type) => graph.referrers(tg, type).length > 0));
    return served ? `health_check_type is ${JSON.stringify(group.values.health_check_type ?? 'EC2')}, not "ELB"` : undefined;
  },
};
