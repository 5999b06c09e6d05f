import type { ResourceRule } from '../../model';
import { block, blocks, isSet, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-instance-volumes-encrypted',
  title: 'Instances and EBS volumes are encrypted',
  severity: 'high',
  rationale: 'Unencrypted volumes and their snapshots expose the data to anyone who can share or copy a snapshot. Set encrypted = true (root_block_device, ebs_block_device, aws_ebs_volume).',
  references: { checkov: ['CKV_AWS_8', 'CKV_AWS_3'], securityHub: ['EC2.3'], cis: ['2.2.1'] },
  scope: 'resource',
  resourceTypes: ['aws_instance', 'aws_ebs_volume'],
  check(node) {
    if (node.type === 'aws_ebs_volume') return isTrue(node.values.encrypted) ? undefined : 'encrypted is not true';
    if (isSet(block(node.values.launch_template).id) || isSet(block(node.values.launch_template).name)) {
      if (!isSet(node.values.root_block_device) && !isSet(node.values.ebs_block_device)) return undefined;
    }
    const problems: string[] = [];
    if (!isTrue(block(node.values.root_block_device).encrypted)) problems.push('root_block_device.encrypted is not true');
    blocks(node.values.ebs_block_device)
      .filter((d) => !isTrue(d.encrypted))
      .forEach((d) => problems.push(`ebs_block_device ${d.device_name ?? ''} is not encrypted`.trim()));
    return problems;
  },
};
