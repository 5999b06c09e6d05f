import type { StackRule } from '../../model';

export const rule: StackRule = {
  id: 'backend-s3-remote-state',
  title: 'Stacks keep their state in the S3 backend',
  severity: 'high',
  rationale: 'Local state is lost with the machine, cannot be locked and holds every secret of the stack on a laptop. Every stack uses the shared, encrypted S3 backend.',
  references: {},
  scope: 'stack',
  resourceTypes: ['terraform.backend'],
  check(stack) {
    const backends = Object.keys(stack.json.terraform?.backend ?? {});
    if (backends.length === 0) return 'the stack has no backend: its state would be local';
    return backends.includes('s3') ? undefined : `the stack uses the ${backends.join(', ')} backend, not s3`;
  },
};
