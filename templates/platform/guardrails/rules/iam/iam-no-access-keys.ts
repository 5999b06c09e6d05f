import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'iam-no-access-keys',
  title: 'No long-lived IAM access keys are created',
  severity: 'high',
  rationale:
    'Access keys created by Terraform end up in state and never expire. Workloads use roles; CI uses OIDC federation; people use IAM Identity Center.',
  references: { securityHub: ['IAM.3'], cis: ['1.14'] },
  scope: 'resource',
  resourceTypes: ['aws_iam_access_key'],
  check() {
    return 'an IAM access key is created';
  },
};
