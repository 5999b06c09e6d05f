import type { ResourceRule } from '../../model';
import { strings } from '../../values';

const ADMIN_POLICY = /^arn:[^:]+:iam::aws:policy\/AdministratorAccess$/;

export const rule: ResourceRule = {
  id: 'iam-no-administrator-access-attachment',
  title: 'The AdministratorAccess managed policy is not attached',
  severity: 'critical',
  rationale: 'AdministratorAccess grants everything, including turning the guardrails off. Deployment roles live outside this repository; workload roles get least privilege.',
  references: { checkov: ['CKV_AWS_274'], securityHub: ['IAM.1'], cis: ['1.16'] },
  scope: 'resource',
  resourceTypes: ['aws_iam_role_policy_attachment', 'aws_iam_user_policy_attachment', 'aws_iam_group_policy_attachment', 'aws_iam_policy_attachment', 'aws_iam_role'],
  check(node) {
    const arns = node.type === 'aws_iam_role' ? strings(node.values.managed_policy_arns) : strings(node.values.policy_arn);
    return arns.some((arn) => ADMIN_POLICY.test(arn)) ? 'attaches arn:aws:iam::aws:policy/AdministratorAccess' : undefined;
  },
};
