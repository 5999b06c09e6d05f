import type { ResourceRule } from '../../model';

export const rule: ResourceRule = {
  id: 'securityhub-foundational-standard',
  title: 'Security Hub runs the AWS Foundational Security Best Practices standard',
  severity: 'medium',
  rationale:
    'Security Hub without a standard collects findings but evaluates no control. Subscribe the account to aws-foundational-security-best-practices (and the CIS standard) with aws_securityhub_standards_subscription.',
  references: { securityHub: ['SecurityHub.1'], cis: ['4.16'] },
  scope: 'resource',
  resourceTypes: ['aws_securityhub_account'],
  check(account, { graph }) {
    const subscribed = graph
      .ofType(account.stack, 'aws_securityhub_standards_subscription')
      .some((s) => String(s.values.standards_arn ?? '').includes('aws-foundational-security-best-practices'));
    return subscribed ? undefined : 'no aws_securityhub_standards_subscription to aws-foundational-security-best-practices in this stack';
  },
};
