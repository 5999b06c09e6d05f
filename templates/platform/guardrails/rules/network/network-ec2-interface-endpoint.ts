import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'network-ec2-interface-endpoint',
  title: 'VPCs reach the EC2 API through an interface endpoint',
  severity: 'medium',
  rationale:
    'Security Hub EC2.10 expects every VPC to have an interface endpoint for the EC2 service, so that instances call the EC2 API without leaving the VPC. A stack with an aws_vpc must have an aws_vpc_endpoint of type Interface whose service_name ends in ".ec2" for that VPC.',
  references: { securityHub: ['EC2.10'] },
  scope: 'resource',
  resourceTypes: ['aws_vpc'],
  check(vpc, { graph }) {
    const endpoints = graph
      .referrers(vpc, 'aws_vpc_endpoint', 'vpc_id')
      .filter((e) => e.values.vpc_endpoint_type === 'Interface' && /\.ec2$/.test(String(e.values.service_name)));
    return endpoints.length > 0 ? undefined : 'the VPC has no interface endpoint for com.amazonaws.<region>.ec2';
  },
};
