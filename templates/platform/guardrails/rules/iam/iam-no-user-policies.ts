import type { ResourceRule } from '../../model';
import { strings } from '../../values';

export const rule: ResourceRule = {
  id: 'iam-no-user-policies',
  title: 'Permissions are granted to roles or groups, never directly to users',
  severity: 'medium',
  rationale: 'Policies on individual users are scattered and forgotten when people move on. Attach policies to roles (or groups) and let people assume them.',
  references: { checkov: ['CKV_AWS_40'], securityHub: ['IAM.2'], cis: ['1.15'] },
  scope: 'resource',
  resourceTypes: ['aws_iam_user_policy', 'aws_iam_user_policy_attachment', 'aws_iam_policy_attachment'],
  check(node) {
    if (node.type === 'aws_iam_policy_attachment') return strings(node.values.users).length > 0 ? 'the attachment includes users' : undefined;
    return `${node.type} grants permissions to a user`;
  },
};
