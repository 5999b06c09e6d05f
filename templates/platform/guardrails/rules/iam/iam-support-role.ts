import type { ResourceRule } from '../../model';

const SUPPORT_ACCESS = /^arn:aws[a-z-]*:iam::aws:policy\/AWSSupportAccess$/;

export const rule: ResourceRule = {
  id: 'iam-support-role',
  title: 'A role manages incidents with AWS Support',
  severity: 'medium',
  rationale:
    'Someone must be able to open AWS Support cases during an incident without the root user. An account stack (one that sets the account password policy) must attach AWSSupportAccess to a role.',
  references: { securityHub: ['IAM.18'], cis: ['1.17'] },
  scope: 'resource',
  resourceTypes: ['aws_iam_account_password_policy'],
  check(policy, { graph }) {
    const attachments = graph.ofType(policy.stack, 'aws_iam_role_policy_attachment').filter((a) => SUPPORT_ACCESS.test(String(a.values.policy_arn)));
    return attachments.length > 0 ? undefined : 'the account stack attaches AWSSupportAccess to no role';
  },
};
