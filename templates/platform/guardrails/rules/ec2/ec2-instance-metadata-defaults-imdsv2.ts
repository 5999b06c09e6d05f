import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'ec2-instance-metadata-defaults-imdsv2',
  title: 'New instances of the region require IMDSv2 by default',
  severity: 'high',
  rationale:
    'The account-level instance metadata defaults apply to every instance launched without its own metadata options (consoles, other tools): aws_ec2_instance_metadata_defaults must set http_tokens = "required" and a hop limit of 1.',
  references: { securityHub: ['EC2.8'], cis: ['5.6'] },
  scope: 'resource',
  resourceTypes: ['aws_ec2_instance_metadata_defaults'],
  check(defaults) {
    const problems: string[] = [];
    if (defaults.values.http_tokens !== 'required') problems.push(`http_tokens is ${JSON.stringify(defaults.values.http_tokens)}, not "required"`);
    if (Number(defaults.values.http_put_response_hop_limit) !== 1) problems.push('http_put_response_hop_limit is not 1');
    return problems;
  },
};
