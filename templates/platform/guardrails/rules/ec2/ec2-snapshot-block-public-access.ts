import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'ec2-snapshot-block-public-access',
  title: 'EBS snapshots cannot be shared publicly',
  severity: 'high',
  rationale:
    'Block public access for EBS snapshots stops any snapshot of the region, present or future, from being shared with everyone. aws_ebs_snapshot_block_public_access must set state = "block-all-sharing".',
  references: { securityHub: ['EC2.1'] },
  scope: 'resource',
  resourceTypes: ['aws_ebs_snapshot_block_public_access'],
  check(setting) {
    return setting.values.state === 'block-all-sharing' ? undefined : `state is ${JSON.stringify(setting.values.state)}, not "block-all-sharing"`;
  },
};
