import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

export const rule: ResourceRule = {
  id: 'network-default-security-group-closed',
  title: 'The default security group of a VPC allows no traffic',
  severity: 'high',
  rationale:
    'Resources launched without an explicit security group land in the default one; it must allow nothing so that a forgotten group never exposes them. Manage it with aws_default_security_group and no ingress or egress blocks.',
  references: { checkov: ['CKV2_AWS_12'], securityHub: ['EC2.2'], cis: ['5.4'] },
  scope: 'resource',
  resourceTypes: ['aws_default_security_group'],
  check(group) {
    const problems: string[] = [];
    if (blocks(group.values.ingress).length > 0) problems.push('the default security group has ingress rules');
    if (blocks(group.values.egress).length > 0) problems.push('the default security group has egress rules');
    return problems;
  },
};
