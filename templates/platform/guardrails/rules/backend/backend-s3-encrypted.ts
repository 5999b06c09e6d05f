import type { StackRule } from '../../model';

export const rule: StackRule = {
  id: 'backend-s3-encrypted',
  title: 'State is encrypted at rest',
  severity: 'high',
  rationale: 'Terraform state holds resource attributes in clear text, secrets included. Set encrypt = true on the S3 backend (and optionally kms_key_id).',
  references: {},
  scope: 'stack',
  resourceTypes: ['terraform.backend.s3'],
  check(stack) {
    const backend = stack.json.terraform?.backend?.s3;
    if (!backend) return undefined;
    return backend.encrypt === true || backend.encrypt === 'true' ? undefined : 'terraform.backend.s3.encrypt is not true';
  },
};
