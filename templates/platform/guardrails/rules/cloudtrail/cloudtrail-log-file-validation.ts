import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'cloudtrail-log-file-validation',
  title: 'Trails sign their log files',
  severity: 'medium',
  rationale: 'Digest files prove that delivered logs were not altered or deleted after the fact. Set enable_log_file_validation = true.',
  references: { checkov: ['CKV_AWS_36'], securityHub: ['CloudTrail.4'], cis: ['3.2'] },
  scope: 'resource',
  resourceTypes: ['aws_cloudtrail'],
  check(trail) {
    return isTrue(trail.values.enable_log_file_validation) ? undefined : 'enable_log_file_validation is not true';
  },
};
