import type { ResourceRule } from '../../model';
import { blocks, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'network-security-group-rule-descriptions',
  title: 'Security group rules say why they exist',
  severity: 'low',
  rationale: 'A rule without a description cannot be reviewed or safely removed. Describe who needs the access and why.',
  references: { checkov: ['CKV_AWS_23'] },
  scope: 'resource',
  resourceTypes: ['aws_security_group', 'aws_security_group_rule', 'aws_vpc_security_group_ingress_rule', 'aws_vpc_security_group_egress_rule'],
  check(node) {
    if (node.type !== 'aws_security_group') return isSet(node.values.description) ? undefined : 'the rule has no description';
    const problems: string[] = [];
    if (!isSet(node.values.description)) problems.push('the security group has no description');
    const inline = [...blocks(node.values.ingress), ...blocks(node.values.egress)];
    const missing = inline.filter((r) => !isSet(r.description)).length;
    if (missing > 0) problems.push(`${missing} inline rule(s) have no description`);
    return problems;
  },
};
