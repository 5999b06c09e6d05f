import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'alb-desync-mitigation',
  title: 'Application load balancers mitigate HTTP desync',
  severity: 'medium',
  rationale: 'The "monitor" mode forwards ambiguous requests that enable request smuggling. Use desync_mitigation_mode "defensive" (the default) or "strictest".',
  references: { checkov: ['CKV_AWS_328'], securityHub: ['ELB.12'] },
  scope: 'resource',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(lb) {
    if ((lb.values.load_balancer_type ?? 'application') !== 'application') return undefined;
    const mode = lb.values.desync_mitigation_mode ?? 'defensive';
    return mode === 'defensive' || mode === 'strictest' ? undefined : `desync_mitigation_mode is ${JSON.stringify(mode)}`;
  },
};
