import type { ResourceRule } from '../../model';
import { num } from '../../values';

const MINIMUM_DAYS = 14;

export const rule: ResourceRule = {
  id: 'kms-key-deletion-window',
  title: 'KMS keys keep a deletion window of at least 14 days',
  severity: 'medium',
  rationale:
    'Data encrypted under a deleted key is lost for good; the waiting period is the only chance to notice a mistaken or malicious deletion. Keep deletion_window_in_days at 14 or more (the default is 30).',
  references: { securityHub: ['KMS.3'] },
  scope: 'resource',
  resourceTypes: ['aws_kms_key'],
  check(key) {
    const days = num(key.values.deletion_window_in_days);
    return days !== undefined && days < MINIMUM_DAYS ? `deletion_window_in_days is ${days}, below ${MINIMUM_DAYS}` : undefined;
  },
};
