import type { ResourceRule } from '../../model';
import { block, blocks, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'waf-metrics',
  title: 'Web ACLs and their rules publish CloudWatch metrics',
  severity: 'low',
  rationale: 'Without metrics nobody can alarm on a spike of blocked requests or notice a rule that never matches. Set visibility_config.cloudwatch_metrics_enabled = true on the web ACL and on every rule.',
  references: { securityHub: ['WAF.12'] },
  scope: 'resource',
  resourceTypes: ['aws_wafv2_web_acl'],
  check(acl) {
    const problems: string[] = [];
    if (!isTrue(block(acl.values.visibility_config).cloudwatch_metrics_enabled)) problems.push('the web ACL does not publish CloudWatch metrics');
    for (const aclRule of blocks(acl.values.rule)) {
      if (!isTrue(block(aclRule.visibility_config).cloudwatch_metrics_enabled)) problems.push(`rule ${aclRule.name} does not publish CloudWatch metrics`);
    }
    return problems;
  },
};
