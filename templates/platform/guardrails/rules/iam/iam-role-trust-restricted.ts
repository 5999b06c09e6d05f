import type { ResourceRule } from '../../model';
import { readPolicy, unconditionalPublicAllows } from '../../policy-document';

export const rule: ResourceRule = {
  id: 'iam-role-trust-restricted',
  title: 'Roles can be assumed only by named principals',
  severity: 'critical',
  rationale:
    'A trust policy that allows "*" (any AWS account) to assume the role, without a condition such as aws:PrincipalOrgID or sts:ExternalId, hands the role to anyone.',
  references: { checkov: ['CKV_AWS_60', 'CKV_AWS_61'] },
  scope: 'resource',
  resourceTypes: ['aws_iam_role'],
  check(role, { graph }) {
    const document = readPolicy(role, 'assume_role_policy', graph);
    if (!document || !document.analysable) return undefined;
    return unconditionalPublicAllows(document).map(() => 'the trust policy lets any principal assume the role without a condition');
  },
};
