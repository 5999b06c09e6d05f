import { matchesStackAddress } from '../upgrades/stack-address';
import { isStatefulResourceType } from '../upgrades/stateful-resources';

/** What a saved plan does to the resources of one stack. */
export interface StackImpact {
  readonly stack: string;
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly destroy: number;
  /** Resources that only change address (a `moved` block); their state follows them. */
  readonly moved: number;
  /** Every replacement or destruction of a stateful resource, allowed or not. */
  readonly statefulChanges: readonly StatefulChange[];
}

export interface StatefulChange {
  readonly stack: string;
  readonly address: string;
  readonly action: 'replace' | 'destroy';
  /** Allowed by `allowedStatefulChanges` in `.projenrc.ts` or by the pull request's label. */
  readonly allowed: boolean;
}

/** The subset of `terraform show -json <plan>` that the impact reads. */
export interface PlanJson {
  readonly resource_changes?: ReadonlyArray<{
    readonly address: string;
    readonly mode?: string;
    readonly type: string;
    readonly previous_address?: string;
    readonly change: { readonly actions: readonly string[] };
  }>;
}

export interface ImpactPolicy {
  /** `<stack>/<address>` patterns whose destruction or replacement is allowed. */
  readonly allowed: readonly string[];
  /** Every stateful change is allowed (the pull request carries the allow label). */
  readonly allowAll: boolean;
}

export function stackImpact(stack: string, plan: PlanJson, policy: ImpactPolicy): StackImpact {
  const counts = { create: 0, update: 0, replace: 0, destroy: 0, moved: 0 };
  const statefulChanges: StatefulChange[] = [];
  for (const change of plan.resource_changes ?? []) {
    if (change.mode === 'data') continue;
    const action = actionOf(change.change.actions);
    if (change.previous_address && change.previous_address !== change.address) counts.moved++;
    if (!action) continue;
    counts[action]++;
    if ((action === 'replace' || action === 'destroy') && isStatefulResourceType(change.type)) {
      const allowed = policy.allowAll || matchesStackAddress(policy.allowed, stack, change.address);
      statefulChanges.push({ stack, address: change.address, action, allowed });
    }
  }
  return { stack, ...counts, statefulChanges };
}

function actionOf(actions: readonly string[]): 'create' | 'update' | 'replace' | 'destroy' | undefined {
  if (actions.includes('delete') && actions.includes('create')) return 'replace';
  if (actions.includes('delete')) return 'destroy';
  if (actions.includes('create')) return 'create';
  if (actions.includes('update')) return 'update';
  return undefined;
}

export function hasChanges(impact: StackImpact): boolean {
  return impact.create + impact.update + impact.replace + impact.destroy + impact.moved > 0;
}

export function blockedChanges(impacts: readonly StackImpact[]): StatefulChange[] {
  return impacts.flatMap((impact) => impact.statefulChanges.filter((change) => !change.allowed));
}

const ALLOW_HINT =
  'To go ahead deliberately: add the "<stack>/<address>" to allowedStatefulChanges in .projenrc.ts (and to ' +
  'preventDestroyExemptions in production), or label the pull request allow-stateful-changes. See docs/upgrades.md.';

/** The summary printed by `npx projen impact`. */
export function renderImpactText(impacts: readonly StackImpact[]): string {
  const width = Math.max(5, ...impacts.map((i) => i.stack.length));
  const lines = [
    `${'stack'.padEnd(width)}  create  update  replace  destroy  moved`,
    ...impacts.map(
      (i) =>
        `${i.stack.padEnd(width)}  ${pad(i.create, 6)}  ${pad(i.update, 6)}  ${pad(i.replace, 7)}  ${pad(i.destroy, 7)}  ${pad(i.moved, 5)}`,
    ),
  ];
  const stateful = impacts.flatMap((i) => i.statefulChanges);
  if (stateful.length > 0) {
    lines.push('', 'Stateful resources that would be destroyed or replaced:');
    for (const change of stateful) lines.push(`  ${change.allowed ? 'allowed' : 'BLOCKED'}  ${change.action.padEnd(7)}  ${change.stack}/${change.address}`);
  }
  const blocked = blockedChanges(impacts);
  lines.push('', blocked.length > 0 ? `${blocked.length} stateful change(s) not allowed. ${ALLOW_HINT}` : noChangeLine(impacts));
  return lines.join('\n');
}

/** The summary at the top of the plan workflow's pull-request comment. */
export function renderImpactMarkdown(impacts: readonly StackImpact[]): string {
  const blocked = blockedChanges(impacts);
  const stateful = impacts.flatMap((i) => i.statefulChanges);
  const lines = [
    '### Impact',
    '',
    blocked.length > 0
      ? `:no_entry: **${blocked.length} stateful resource(s) would be destroyed or replaced without an allowance.**`
      : impacts.some(hasChanges)
        ? ':white_check_mark: No stateful resource is destroyed or replaced without an allowance.'
        : ':zzz: No changes: the plans of every stack are empty.',
    '',
    '| stack | create | update | replace | destroy | moved |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...impacts.map((i) => `| \`${i.stack}\` | ${i.create} | ${i.update} | ${i.replace} | ${i.destroy} | ${i.moved} |`),
  ];
  if (stateful.length > 0) {
    lines.push('', '| | action | stateful resource |', '| --- | --- | --- |');
    for (const change of stateful) lines.push(`| ${change.allowed ? 'allowed' : '**blocked**'} | ${change.action} | \`${change.stack}/${change.address}\` |`);
  }
  if (blocked.length > 0) lines.push('', ALLOW_HINT);
  return lines.join('\n');
}

function noChangeLine(impacts: readonly StackImpact[]): string {
  return impacts.some(hasChanges) ? 'No stateful resource is destroyed or replaced without an allowance.' : 'No changes in any stack.';
}

function pad(value: number, width: number): string {
  return String(value).padStart(width);
}
