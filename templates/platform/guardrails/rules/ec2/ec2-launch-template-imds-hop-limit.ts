import type { ResourceRule } from '../../model';
import { block, num } from '../../values';

export const rule: ResourceRule = {
  id: 'ec2-launch-template-imds-hop-limit',
  title: 'Launch templates keep instance credentials away from containers',
  severity: 'low',
  rationale:
    'A metadata response hop limit above 1 lets containers on the instance (one more network hop) read the instance role credentials. Keep http_put_response_hop_limit at 1 unless the containers need the instance role.',
  references: { checkov: ['CKV_AWS_341'] },
  scope: 'resource',
  resourceTypes: ['aws_launch_template'],
  check(template) {
    const options = block(template.values.metadata_options);
    if (options.http_endpoint === 'disabled') return undefined;
    const limit = num(options.http_put_response_hop_limit);
    return limit !== undefined && limit > 1 ? `metadata_options.http_put_response_hop_limit is ${limit}` : undefined;
  },
};
