import type { ResourceRule } from '../../model';
import { blocks, rangeIncludes, WORLD_IPV4, WORLD_IPV6 } from '../../values';

interface AclEntry {
  readonly egress: boolean;
  readonly action: unknown;
  readonly protocol: unknown;
  readonly fromPort: unknown;
  readonly toPort: unknown;
  readonly cidrs: readonly unknown[];
}

export const rule: ResourceRule = {
  id: 'network-acl-admin-ports',
  title: 'Network ACLs do not allow SSH or RDP from the internet',
  severity: 'high',
  rationale: 'Network ACLs are the subnet-wide backstop; allowing 22 or 3389 from 0.0.0.0/0 or ::/0 there leaves every instance one security group mistake away from exposure.',
  references: { checkov: ['CKV_AWS_231', 'CKV_AWS_232'], securityHub: ['EC2.21'], cis: ['5.1'] },
  scope: 'resource',
  resourceTypes: ['aws_network_acl', 'aws_network_acl_rule', 'aws_default_network_acl'],
  check(node) {
    const v = node.values;
    const entries: AclEntry[] =
      node.type === 'aws_network_acl_rule'
        ? [{ egress: v.egress === true || v.egress === 'true', action: v.rule_action, protocol: v.protocol, fromPort: v.from_port, toPort: v.to_port, cidrs: [v.cidr_block, v.ipv6_cidr_block] }]
        : blocks(v.ingress).map((i) => ({
          egress: false,
          action: i.action,
          protocol: i.protocol,
          fromPort: i.from_port,
          toPort: i.to_port,
          cidrs: [i.cidr_block, i.ipv6_cidr_block],
        }));
    const problems: string[] = [];
    for (const entry of entries) {
      if (entry.egress || String(entry.action).toLowerCase() !== 'allow') continue;
      if (!entry.cidrs.some((c) => c === WORLD_IPV4 || c === WORLD_IPV6)) continue;
      for (const port of [22, 3389]) {
        if (rangeIncludes(String(entry.protocol) === '-1' ? '-1' : entry.protocol, entry.fromPort, entry.toPort, port)) {
          problems.push(`an ingress entry allows port ${port} from the internet`);
        }
      }
    }
    return problems;
  },
};
