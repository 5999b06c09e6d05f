import { IDENTITY_POLICY_TYPES, identityPolicies, statementsOf } from '../../checks';
import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'iam-no-admin-policy',
  title: 'Identity policies do not grant "*" on "*"',
  severity: 'critical',
  rationale: 'A policy that allows every action on every resource is account administrator access; grant the actions the workload uses, on its resources.',
  references: { checkov: ['CKV_AWS_1', 'CKV_AWS_62', 'CKV_AWS_63'], securityHub: ['IAM.1'], cis: ['1.16'], cdkNag: ['AwsSolutions-IAM5'] },
  scope: 'resource',
  resourceTypes: IDENTITY_POLICY_TYPES,
  check(node, context) {
    return statementsOf(identityPolicies(node, context))
      .filter((s) => s.effect === 'Allow' && s.actions.includes('*') && s.resources.includes('*'))
      .map(() => 'a statement allows "*" on "*"');
  },
};
