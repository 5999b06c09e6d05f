import { IDENTITY_POLICY_TYPES, identityPolicies, statementsOf } from '../../checks';
import type { ResourceRule } from '../../model';
import { allowsOnAllResources } from '../../policy-document';

export const rule: ResourceRule = {
  id: 'iam-no-passrole-on-all-roles',
  title: 'Identity policies do not allow iam:PassRole on every role',
  severity: 'high',
  rationale: 'iam:PassRole on "*" lets a principal hand any role (an administrator role included) to a service it controls: privilege escalation. Name the roles.',
  references: { checkov: ['CKV_AWS_286'], cdkNag: ['AwsSolutions-IAM5'] },
  scope: 'resource',
  resourceTypes: IDENTITY_POLICY_TYPES,
  check(node, context) {
    return statementsOf(identityPolicies(node, context))
      .filter((s) => allowsOnAllResources(s, 'iam:PassRole') && !s.actions.includes('*'))
      .map(() => 'a statement allows iam:PassRole on Resource "*"');
  },
};
