import type { ResourceRule } from '../../model';
import { block, isFalse, isSet } from '../../values';

export const rule: ResourceRule = {
  id: 'config-recorder-all-resources',
  title: 'AWS Config records every supported resource type',
  severity: 'medium',
  rationale:
    'A recorder limited to chosen types misses the resource an incident involves. Keep recording_group.all_supported true (global resource types need only be recorded in one region).',
  references: { checkov: ['CKV2_AWS_48'], securityHub: ['Config.1'], cis: ['3.3'] },
  scope: 'resource',
  resourceTypes: ['aws_config_configuration_recorder'],
  check(recorder) {
    const group = block(recorder.values.recording_group);
    const problems: string[] = [];
    if (isFalse(group.all_supported)) problems.push('recording_group.all_supported is false');
    if (isSet(block(group.exclusion_by_resource_types).resource_types)) problems.push('recording_group excludes resource types');
    if (!isSet(recorder.values.role_arn)) problems.push('role_arn is not set');
    return problems;
  },
};
