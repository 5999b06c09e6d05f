import { stackEnvironment } from '../../app-model';
import type { ResourceRule } from '../../model';
import { block, blocks, isSet, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-launch-template-ebs-encryption',
  title: 'Launch templates encrypt every EBS volume',
  severity: 'high',
  rationale:
    'Volumes of instances an Auto Scaling group launches are encrypted only if the template says so (or the account encrypts by default). Map the root device with ebs.encrypted = true and a customer-managed kms_key_id. checkov checks launch configurations but not launch templates.',
  references: { securityHub: ['EC2.3'], cis: ['2.2.1'], cdkNag: ['AwsSolutions-EC26'] },
  scope: 'resource',
  resourceTypes: ['aws_launch_template'],
  check(template, { app, graph }) {
    const volumes = blocks(template.values.block_device_mappings).filter((m) => !isSet(m.no_device) && !isSet(m.virtual_name));
    if (volumes.length === 0) {
      const environment = stackEnvironment(template.stack);
      const encryptsByDefault = app.stacks
        .filter((s) => stackEnvironment(s) === environment)
        .some((s) => graph.ofType(s, 'aws_ebs_encryption_by_default').some((r) => r.values.enabled !== false && r.values.enabled !== 'false'));
      return encryptsByDefault ? undefined : 'no block_device_mappings: the root volume is encrypted only if the AMI snapshot is; map it with ebs.encrypted = true';
    }
    const problems: string[] = [];
    for (const mapping of volumes) {
      const ebs = block(mapping.ebs);
      if (!isTrue(ebs.encrypted)) problems.push(`${mapping.device_name ?? 'a device'}: ebs.encrypted is not true`);
      else if (!isSet(ebs.kms_key_id)) problems.push(`${mapping.device_name ?? 'a device'}: encrypted with the AWS-managed aws/ebs key; set kms_key_id to a customer-managed key`);
    }
    return problems;
  },
};
