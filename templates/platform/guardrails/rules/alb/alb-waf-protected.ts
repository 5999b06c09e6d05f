import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'alb-waf-protected',
  title: 'Internet-facing application load balancers sit behind a WAF',
  severity: 'high',
  rationale: 'A web ACL filters known-bad inputs, injections and floods before they reach the application. Associate an aws_wafv2_web_acl with the load balancer (aws_wafv2_web_acl_association).',
  references: { checkov: ['CKV2_AWS_28'] },
  scope: 'resource',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(lb, { graph }) {
    if (isTrue(lb.values.internal) || (lb.values.load_balancer_type ?? 'application') !== 'application') return undefined;
    return graph.referrers(lb, 'aws_wafv2_web_acl_association', 'resource_arn').length > 0 ? undefined : 'no aws_wafv2_web_acl_association protects the load balancer';
  },
};
