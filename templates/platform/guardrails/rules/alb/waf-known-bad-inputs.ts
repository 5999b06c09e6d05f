import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

const RULE_GROUP = 'AWSManagedRulesKnownBadInputsRuleSet';

export const rule: ResourceRule = {
  id: 'waf-known-bad-inputs',
  title: 'Web ACLs include the known-bad-inputs managed rules',
  severity: 'medium',
  rationale: `${RULE_GROUP} blocks request patterns of known exploits (Log4Shell among them). Add it as a managed rule group statement.`,
  references: { checkov: ['CKV_AWS_192'], securityHub: ['WAF.10'] },
  scope: 'resource',
  resourceTypes: ['aws_wafv2_web_acl'],
  check(acl) {
    const rules = blocks(acl.values.rule);
    if (rules.length === 0 && !acl.values.rule_json) return 'the web ACL has no rules';
    const text = JSON.stringify(rules) + String(acl.values.rule_json ?? '');
    return text.includes(`"${RULE_GROUP}"`) ? undefined : `no managed rule group statement uses ${RULE_GROUP}`;
  },
};
