import { ingressEntries, isWorld, SECURITY_GROUP_INGRESS_TYPES } from '../../checks';
import type { ResourceRule } from '../../model';
import { rangeIncludes } from '../../values';

const ADMIN_PORTS: Readonly<Record<number, string>> = { 22: 'SSH', 3389: 'RDP' };

export const rule: ResourceRule = {
  id: 'network-security-group-admin-ports',
  title: 'Security groups do not open SSH or RDP to the internet',
  severity: 'critical',
  rationale:
    'Remote administration ports open to 0.0.0.0/0 or ::/0 are scanned and brute-forced within minutes. Use SSM Session Manager (no inbound port) or a known CIDR.',
  references: { checkov: ['CKV_AWS_24', 'CKV_AWS_25'], securityHub: ['EC2.13', 'EC2.14', 'EC2.53', 'EC2.54'], cis: ['5.2', '5.3'], cdkNag: ['AwsSolutions-EC23'] },
  scope: 'resource',
  resourceTypes: SECURITY_GROUP_INGRESS_TYPES,
  check(node) {
    const problems: string[] = [];
    for (const entry of ingressEntries(node)) {
      const world = entry.cidrs.filter(isWorld);
      if (world.length === 0) continue;
      for (const [port, name] of Object.entries(ADMIN_PORTS)) {
        if (rangeIncludes(entry.protocol, entry.fromPort, entry.toPort, Number(port))) {
          problems.push(`ingress from ${world.join(', ')} reaches port ${port} (${name})`);
        }
      }
    }
    return problems;
  },
};
