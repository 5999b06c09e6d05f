import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'alb-deletion-protection',
  title: 'Production load balancers are protected from deletion',
  severity: 'medium',
  rationale: 'Deleting the load balancer takes the service down and releases its DNS name. Set enable_deletion_protection = true in production environments.',
  references: { checkov: ['CKV_AWS_150'], securityHub: ['ELB.6'] },
  scope: 'resource',
  resourceTypes: ['aws_lb', 'aws_alb'],
  check(lb, { isProduction }) {
    if (!isProduction(lb.stack)) return undefined;
    return isTrue(lb.values.enable_deletion_protection) ? undefined : 'enable_deletion_protection is not true';
  },
};
