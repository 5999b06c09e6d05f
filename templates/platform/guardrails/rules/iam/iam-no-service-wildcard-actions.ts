import { IDENTITY_POLICY_TYPES, identityPolicies, statementsOf } from '../../checks';
import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'iam-no-service-wildcard-actions',
  title: 'Identity policies do not allow every action of a service',
  severity: 'high',
  rationale: 'Actions such as "s3:*" or "iam:*" include destructive and permission-changing actions the workload never needs. List the actions.',
  references: { checkov: ['CKV_AWS_290', 'CKV_AWS_355'], securityHub: ['IAM.21'], cdkNag: ['AwsSolutions-IAM5'] },
  scope: 'resource',
  resourceTypes: IDENTITY_POLICY_TYPES,
  check(node, context) {
    const wildcards = statementsOf(identityPolicies(node, context))
      .filter((s) => s.effect === 'Allow')
      .flatMap((s) => s.actions.filter((a) => a !== '*' && /^[a-z0-9-]+:\*$/i.test(a)));
    return wildcards.length > 0 ? `allows ${[...new Set(wildcards)].join(', ')}` : undefined;
  },
};
