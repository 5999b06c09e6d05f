import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'alb-drop-invalid-headers',
  title: 'Application load balancers drop invalid HTTP headers',
  severity: 'medium',
  rationale: 'Headers with invalid characters are a vector for request smuggling against the targets. Set drop_invalid_header_fields = true.',
  references: { checkov: ['CKV_AWS_131'], securityHub: ['ELB.4'] },
  scope: 'resource',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(lb) {
    if ((lb.values.load_balancer_type ?? 'application') !== 'application') return undefined;
    return isTrue(lb.values.drop_invalid_header_fields) ? undefined : 'drop_invalid_header_fields is not true';
  },
};
