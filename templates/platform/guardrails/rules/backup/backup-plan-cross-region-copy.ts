import { stackEnvironment } from '../../app-model';
import type { ResourceRule } from '../../model';
import { blocks } from '../../values';

export const rule: ResourceRule = {
  id: 'backup-plan-cross-region-copy',
  title: 'Production backup plans copy recovery points to another region',
  severity: 'medium',
  rationale: 'Backups in the region that failed cannot restore it. In production environments deployed to more than one region, every backup rule copies its recovery points to a vault in another region (copy_action).',
  references: {},
  scope: 'resource',
  resourceTypes: ['aws_backup_plan'],
  check(plan, { app, isProduction }) {
    if (!isProduction(plan.stack)) return undefined;
    const environment = stackEnvironment(plan.stack);
    const regions = new Set(
      app.stacks
        .filter((s) => stackEnvironment(s) === environment)
        .flatMap((s) => [s.json.provider?.aws ?? []].flat().map((p: { region?: string }) => p.region)),
    );
    if (regions.size < 2) return undefined;
    return blocks(plan.values.rule)
      .filter((backupRule) => blocks(backupRule.copy_action).length === 0)
      .map((backupRule) => `rule ${backupRule.rule_name} has no copy_action`);
  },
};
