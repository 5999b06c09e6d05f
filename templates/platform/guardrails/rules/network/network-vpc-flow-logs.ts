import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'network-vpc-flow-logs',
  title: 'VPCs record flow logs of all traffic',
  severity: 'medium',
  rationale:
    'Flow logs are the only record of which addresses talked to which over the network; incident response needs them. Add an aws_flow_log with vpc_id = the VPC and traffic_type = "ALL".',
  references: { checkov: ['CKV2_AWS_11'], securityHub: ['EC2.6'], cis: ['3.7'] },
  scope: 'resource',
  resourceTypes: ['aws_vpc'],
  check(vpc, { graph }) {
    const logs = graph.referrers(vpc, 'aws_flow_log', 'vpc_id');
    if (logs.length === 0) return 'no aws_flow_log records this VPC';
    if (!logs.some((l) => (l.values.traffic_type ?? 'ALL') === 'ALL')) return 'the VPC flow logs record only accepted or rejected traffic: set traffic_type = "ALL"';
    return undefined;
  },
};
