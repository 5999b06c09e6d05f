import type { ResourceRule } from '../../model';
import { block, isFalse, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'alb-access-logs',
  title: 'Load balancers write access logs',
  severity: 'medium',
  rationale: 'Access logs are the record of every request the internet sent; investigations and WAF tuning need them. Configure access_logs with a bucket and enabled = true.',
  references: { checkov: ['CKV_AWS_91'], securityHub: ['ELB.5'], cdkNag: ['AwsSolutions-ELB2'] },
  scope: 'resource',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(lb) {
    if (lb.values.load_balancer_type === 'gateway') return undefined;
    const logs = block(lb.values.access_logs);
    return isSet(logs.bucket) && !isFalse(logs.enabled) ? undefined : 'access_logs are not enabled';
  },
};
