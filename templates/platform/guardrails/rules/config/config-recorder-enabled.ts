import type { ResourceRule } from '../../model';
import { isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'config-recorder-enabled',
  title: 'AWS Config recorders are switched on',
  severity: 'high',
  rationale: 'A configuration recorder records nothing until an aws_config_configuration_recorder_status for it sets is_enabled = true.',
  references: { checkov: ['CKV2_AWS_45'], securityHub: ['Config.1'], cis: ['3.3'] },
  scope: 'resource',
  resourceTypes: ['aws_config_configuration_recorder'],
  check(recorder, { graph }) {
    const statuses = graph.related(recorder, 'aws_config_configuration_recorder_status', 'name');
    if (statuses.length === 0) return 'no aws_config_configuration_recorder_status starts the recorder';
    return statuses.some((s) => isTrue(s.values.is_enabled)) ? undefined : 'the recorder status does not set is_enabled = true';
  },
};
