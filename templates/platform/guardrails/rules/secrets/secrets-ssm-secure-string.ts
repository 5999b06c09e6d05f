import type { ResourceRule } from '../../model';
import { isSet } from '../../values';

const SECRET_NAME = /(password|passwd|secret|token|api[-_]?key|private[-_]?key|credential)/i;

export const rule: ResourceRule = {
  id: 'secrets-ssm-secure-string',
  title: 'Secret SSM parameters are SecureStrings under a customer-managed key',
  severity: 'high',
  rationale:
    'A String parameter is readable by anyone with ssm:GetParameter and shown in the console. Parameters that look like secrets must be SecureString, with key_id set to a customer-managed key.',
  references: { checkov: ['CKV2_AWS_34', 'CKV_AWS_337'] },
  scope: 'resource',
  resourceTypes: ['aws_ssm_parameter'],
  check(parameter) {
    const name = String(parameter.values.name ?? '');
    if (parameter.values.type === 'SecureString') return isSet(parameter.values.key_id) ? undefined : 'SecureString without key_id uses the AWS-managed aws/ssm key';
    return SECRET_NAME.test(name) ? `parameter ${name} looks like a secret but its type is ${JSON.stringify(parameter.values.type)}` : undefined;
  },
};
