import type { ResourceRule } from '../../model';
import { isTrue, num } from '../../values';

export const rule: ResourceRule = {
  id: 'iam-password-policy',
  title: 'The account password policy meets CIS strength and reuse requirements',
  severity: 'medium',
  rationale: 'IAM user passwords must be at least 14 characters, use every character class and not reuse any of the last 24 passwords.',
  references: { checkov: ['CKV_AWS_10', 'CKV_AWS_11', 'CKV_AWS_12', 'CKV_AWS_13', 'CKV_AWS_14', 'CKV_AWS_15'], securityHub: ['IAM.7'], cis: ['1.8', '1.9'] },
  scope: 'resource',
  resourceTypes: ['aws_iam_account_password_policy'],
  check(policy) {
    const v = policy.values;
    const problems: string[] = [];
    if ((num(v.minimum_password_length) ?? 0) < 14) problems.push('minimum_password_length is below 14');
    if ((num(v.password_reuse_prevention) ?? 0) < 24) problems.push('password_reuse_prevention is below 24');
    for (const attribute of ['require_lowercase_characters', 'require_uppercase_characters', 'require_numbers', 'require_symbols']) {
      if (!isTrue(v[attribute])) problems.push(`${attribute} is not true`);
    }
    return problems;
  },
};
