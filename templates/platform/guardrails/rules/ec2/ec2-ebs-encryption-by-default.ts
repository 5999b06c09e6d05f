import type { ResourceRule } from '../../model';
import { isFalse } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-ebs-encryption-by-default',
  title: 'EBS encryption by default stays on',
  severity: 'high',
  rationale: 'Account-level EBS encryption by default protects every volume, including those created outside Terraform. aws_ebs_encryption_by_default must not set enabled = false.',
  references: { checkov: ['CKV_AWS_106'], securityHub: ['EC2.7'], cis: ['2.2.1'] },
  scope: 'resource',
  resourceTypes: ['aws_ebs_encryption_by_default'],
  check(setting) {
    return isFalse(setting.values.enabled) ? 'enabled is false' : undefined;
  },
};
