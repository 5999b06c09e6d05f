import type { ResourceRule } from '../../model';
import { isFalse } from '../../values';

export const rule: ResourceRule = {
  id: 'guardduty-detector-enabled',
  title: 'GuardDuty detectors are enabled',
  severity: 'high',
  rationale: 'GuardDuty is the threat detection of the account (credential misuse, crypto mining, reconnaissance); a disabled detector reports nothing.',
  references: { checkov: ['CKV_AWS_238'], securityHub: ['GuardDuty.1'] },
  scope: 'resource',
  resourceTypes: ['aws_guardduty_detector'],
  check(detector) {
    return isFalse(detector.values.enable) ? 'enable is false' : undefined;
  },
};
