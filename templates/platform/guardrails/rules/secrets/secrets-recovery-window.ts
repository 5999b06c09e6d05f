import type { ResourceRule } from '../../model';
import { num } from '../../values';

export const rule: ResourceRule = {
  id: 'secrets-recovery-window',
  title: 'Deleted secrets can be recovered',
  severity: 'low',
  rationale: 'recovery_window_in_days = 0 deletes a secret immediately, with no way back when it was still in use. Keep a window of 7 to 30 days.',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_secretsmanager_secret'],
  check(secret) {
    const days = num(secret.values.recovery_window_in_days);
    return days !== undefined && days < 7 ? `recovery_window_in_days is ${days}` : undefined;
  },
};
