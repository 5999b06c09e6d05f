import type { ResourceRule } from '../../model';
import { isFalse, isTrue } from '../../values';

export const rule: ResourceRule = {
  id: 'kms-key-enabled',
  title: 'KMS keys are enabled and keep the policy lockout safety check',
  severity: 'medium',
  rationale:
    'A disabled key silently breaks every service that encrypts with it; skipping the lockout safety check can leave a key no principal can administer. Keep is_enabled and leave bypass_policy_lockout_safety_check unset.',
  references: { checkov: ['CKV_AWS_227'], securityHub: ['KMS.3'] },
  scope: 'resource',
  resourceTypes: ['aws_kms_key'],
  check(key) {
    const problems: string[] = [];
    if (isFalse(key.values.is_enabled)) problems.push('is_enabled is false');
    if (isTrue(key.values.bypass_policy_lockout_safety_check)) problems.push('bypass_policy_lockout_safety_check is true');
    return problems;
  },
};
