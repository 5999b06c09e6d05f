import type { StackRule } from '../../model';

export const rule: StackRule = {
  id: 'backend-s3-native-locking',
  title: 'State is locked with S3-native lock files',
  severity: 'medium',
  rationale:
    'Two applies on unlocked state corrupt it. Terraform >= 1.10 locks with a lock file next to the state (use_lockfile = true); the DynamoDB lock table is deprecated and needs its own resource.',
  references: {},
  scope: 'stack',
  resourceTypes: ['terraform.backend.s3'],
  check(stack) {
    const backend = stack.json.terraform?.backend?.s3;
    if (!backend) return undefined;
    const problems: string[] = [];
    if (backend.use_lockfile !== true && backend.use_lockfile !== 'true') problems.push('terraform.backend.s3.use_lockfile is not true');
    if (backend.dynamodb_table) problems.push('terraform.backend.s3.dynamodb_table is deprecated: use use_lockfile');
    return problems;
  },
};
