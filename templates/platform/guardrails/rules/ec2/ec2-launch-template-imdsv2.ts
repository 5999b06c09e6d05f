import type { ResourceRule } from '../../model';
import { block } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-launch-template-imdsv2',
  title: 'Launch templates require IMDSv2',
  severity: 'high',
  rationale:
    'IMDSv1 answers any GET, so one server-side request forgery leaks the instance role credentials. Set metadata_options.http_tokens = "required" (or disable the endpoint).',
  references: { checkov: ['CKV_AWS_79'], securityHub: ['EC2.170', 'AutoScaling.3'], cis: ['5.6'] },
  scope: 'resource',
  resourceTypes: ['aws_launch_template'],
  check(template) {
    const options = block(template.values.metadata_options);
    if (options.http_endpoint === 'disabled') return undefined;
    return options.http_tokens === 'required' ? undefined : `metadata_options.http_tokens is ${JSON.stringify(options.http_tokens ?? 'optional')}, not "required"`;
  },
};
