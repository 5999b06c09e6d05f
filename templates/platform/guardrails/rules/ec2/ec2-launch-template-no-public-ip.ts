import type { ResourceRule } from '../../model';
import { blocks, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-launch-template-no-public-ip',
  title: 'Launch templates do not give instances public IP addresses',
  severity: 'high',
  rationale: 'Instances behind a load balancer need no public address; one makes the instance directly reachable and bypasses the WAF.',
  references: { checkov: ['CKV_AWS_88'], securityHub: ['EC2.25', 'AutoScaling.5'] },
  scope: 'resource',
  resourceTypes: ['aws_launch_template'],
  check(template) {
    return blocks(template.values.network_interfaces).some((i) => isTrue(i.associate_public_ip_address))
      ? 'a network interface sets associate_public_ip_address = true'
      : undefined;
  },
};
