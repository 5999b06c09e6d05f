import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'network-subnet-no-public-ip',
  title: 'Subnets do not give instances public IP addresses',
  severity: 'medium',
  rationale:
    'With map_public_ip_on_launch every instance in the subnet is directly reachable from the internet, whatever its role. Reach the internet through NAT and serve through a load balancer.',
  references: { checkov: ['CKV_AWS_130'], securityHub: ['EC2.15'] },
  scope: 'resource',
  resourceTypes: ['aws_subnet'],
  check(subnet) {
    const problems: string[] = [];
    if (isTrue(subnet.values.map_public_ip_on_launch)) problems.push('map_public_ip_on_launch is true');
    if (isTrue(subnet.values.assign_ipv6_address_on_creation)) problems.push('assign_ipv6_address_on_creation is true (IPv6 addresses are public)');
    return problems;
  },
};
