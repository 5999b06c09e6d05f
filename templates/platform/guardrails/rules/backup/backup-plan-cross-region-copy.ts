import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

export const rule: ResourceRule = {
  id: 'backup-plan-cross-region-copy',
  title: 'Production backup plans copy recovery points to another region',
  severity: 'medium',
  rationale: 'Backups in the region that failed cannot restore it. In production, every backup rule copies its recovery points to a vault in another region (copy_action).',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_backup_plan'],
  check(plan, { isProduction }) {
    if (!isProduction(plan.stack)) return undefined;
    return blocks(plan.values.rule)
      .filter((rule) => blocks(rule.copy_action).length === 0)
      .map((rule) => `rule ${rule.rule_name} has no copy_action`);
  },
};
