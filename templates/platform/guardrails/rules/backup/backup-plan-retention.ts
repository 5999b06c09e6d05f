import type { ResourceRule } from '../../model';
import { block, blocks, num } from '../../values';

const MINIMUM_DAYS = 7;

export const rule: ResourceRule = {
  id: 'backup-plan-retention',
  title: 'Backup rules keep recovery points for at least 7 days',
  severity: 'medium',
  rationale: 'A recovery point deleted the day after it was taken cannot restore data corrupted two days ago. Keep lifecycle.delete_after (and every copy action) at 7 days or more.',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_backup_plan'],
  check(plan) {
    const problems: string[] = [];
    for (const backupRule of blocks(plan.values.rule)) {
      const days = num(block(backupRule.lifecycle).delete_after);
      if (days !== undefined && days < MINIMUM_DAYS) problems.push(`rule ${backupRule.rule_name} deletes recovery points after ${days} day(s)`);
      for (const copy of blocks(backupRule.copy_action)) {
        const copyDays = num(block(copy.lifecycle).delete_after);
        if (copyDays !== undefined && copyDays < MINIMUM_DAYS) problems.push(`rule ${backupRule.rule_name} deletes copies after ${copyDays} day(s)`);
      }
    }
    return problems;
  },
};
