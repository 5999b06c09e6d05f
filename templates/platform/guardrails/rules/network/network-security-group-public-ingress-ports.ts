import { ingressEntries, isWorld, SECURITY_GROUP_INGRESS_TYPES } from '../../checks';
import type { ResourceRule } from '../../model';
import { num } from '../../values';

const PUBLIC_PORTS = [80, 443];

export const rule: ResourceRule = {
  id: 'network-security-group-public-ingress-ports',
  title: 'Security groups open only HTTP and HTTPS to the internet',
  severity: 'high',
  rationale:
    'Anything reachable from 0.0.0.0/0 or ::/0 besides the web ports (a database, a debug port, every port) is an attack surface nobody reviewed. Put other services behind the load balancer or in private subnets.',
  references: { checkov: ['CKV_AWS_277', 'CKV_AWS_260'], securityHub: ['EC2.18', 'EC2.19'], cdkNag: ['AwsSolutions-EC23'] },
  scope: 'resource',
  resourceTypes: SECURITY_GROUP_INGRESS_TYPES,
  check(node) {
    const problems: string[] = [];
    for (const entry of ingressEntries(node)) {
      if (!entry.cidrs.some(isWorld)) continue;
      const from = num(entry.fromPort);
      const to = num(entry.toPort);
      const allProtocols = entry.protocol === '-1' || entry.protocol === -1 || entry.protocol === 'all';
      const webOnly = !allProtocols && from !== undefined && from === to && PUBLIC_PORTS.includes(from);
      if (!webOnly) {
        problems.push(
          `ingress from the internet to ${allProtocols ? 'all ports and protocols' : `${String(entry.protocol)} ${String(entry.fromPort)}-${String(entry.toPort)}`}: only ports ${PUBLIC_PORTS.join(' and ')} may be public`,
        );
      }
    }
    return problems;
  },
};
