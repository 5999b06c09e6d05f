import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-instance-no-public-ip',
  title: 'Instances have no public IP address',
  severity: 'high',
  rationale: 'A public address makes the instance reachable from the internet; serve through a load balancer and reach out through NAT.',
  references: { checkov: ['CKV_AWS_88'], securityHub: ['EC2.9'] },
  scope: 'resource',
  resourceTypes: ['aws_instance'],
  check(instance) {
    return isTrue(instance.values.associate_public_ip_address) ? 'associate_public_ip_address is true' : undefined;
  },
};
