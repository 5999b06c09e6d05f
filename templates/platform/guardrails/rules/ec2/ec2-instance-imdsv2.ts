import type { ResourceRule } from '../../model';
import { block, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-instance-imdsv2',
  title: 'Instances require IMDSv2',
  severity: 'high',
  rationale: 'IMDSv1 answers any GET, so one server-side request forgery leaks the instance role credentials. Set metadata_options.http_tokens = "required".',
  references: { checkov: ['CKV_AWS_79'], securityHub: ['EC2.8'], cis: ['5.6'] },
  scope: 'resource',
  resourceTypes: ['aws_instance'],
  check(instance) {
    // Instances launched from a launch template inherit its metadata options, which ec2-launch-template-imdsv2 checks.
    if (isSet(block(instance.values.launch_template).id) || isSet(block(instance.values.launch_template).name)) {
      if (!isSet(instance.values.metadata_options)) return undefined;
    }
    const options = block(instance.values.metadata_options);
    if (options.http_endpoint === 'disabled') return undefined;
    return options.http_tokens === 'required' ? undefined : `metadata_options.http_tokens is ${JSON.stringify(options.http_tokens ?? 'optional')}, not "required"`;
  },
};
