import type { StackRule } from '../../model';

export const rule: StackRule = {
  id: 'backend-s3-unique-key',
  title: 'Every stack has its own state key',
  severity: 'critical',
  rationale: 'Two stacks writing the same state key overwrite each other: the next apply destroys the other stack\'s resources.',
  references: {},
  scope: 'stack',
  resourceTypes: ['terraform.backend.s3'],
  check(stack, { app }) {
    const backend = stack.json.terraform?.backend?.s3;
    if (!backend?.key) return undefined;
    const location = (s: typeof stack) => {
      const b = s.json.terraform?.backend?.s3;
      return b ? `${b.bucket}/${b.workspace_key_prefix ?? ''}/${b.key}` : undefined;
    };
    const mine = location(stack);
    const others = app.stacks.filter((s) => s !== stack && location(s) === mine).map((s) => s.name);
    return others.length > 0 ? `state key ${JSON.stringify(backend.key)} is shared with ${others.join(', ')}` : undefined;
  },
};
