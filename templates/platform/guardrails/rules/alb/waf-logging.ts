import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'waf-logging',
  title: 'Web ACLs log the requests they inspect',
  severity: 'medium',
  rationale: 'WAF logs show what was blocked and why; without them false positives and attacks are invisible. Add an aws_wafv2_web_acl_logging_configuration for the web ACL.',
  references: { checkov: ['CKV2_AWS_31'], securityHub: ['WAF.11'] },
  scope: 'resource',
  resourceTypes: ['aws_wafv2_web_acl'],
  check(acl, { graph }) {
    return graph.referrers(acl, 'aws_wafv2_web_acl_logging_configuration', 'resource_arn').length > 0 ? undefined : 'no aws_wafv2_web_acl_logging_configuration for the web ACL';
  },
};
