import type { ResourceRule } from '../../model';

const PUBLIC_SHARING = /\/ssm\/documents\/console\/public-sharing-permission$/;

export const rule: ResourceRule = {
  id: 'ssm-document-public-sharing-blocked',
  title: 'Systems Manager documents cannot be shared publicly',
  severity: 'high',
  rationale:
    'A public SSM document exposes scripts, parameters and account details to every AWS account. The service setting /ssm/documents/console/public-sharing-permission must be "Disable".',
  references: { securityHub: ['SSM.7'] },
  scope: 'resource',
  resourceTypes: ['aws_ssm_service_setting'],
  check(setting) {
    if (!PUBLIC_SHARING.test(String(setting.values.setting_id))) return undefined;
    return setting.values.setting_value === 'Disable' ? undefined : `setting_value is ${JSON.stringify(setting.values.setting_value)}, not "Disable"`;
  },
};
