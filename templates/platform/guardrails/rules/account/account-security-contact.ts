import { isPlaceholderAccountId } from '../../../kernel/account-ids';
import { stackPlacement } from '../../app-model';
import type { StackRule } from '../../model';

export const rule: StackRule = {
  id: 'account-security-contact',
  title: 'Production accounts subscribed to FSBP have a security contact',
  severity: 'medium',
  rationale:
    'AWS writes to the security alternate contact about abuse reports, exposed credentials and other security issues of the account; without one those messages reach only the root e-mail address, and Security Hub fails Account.1 of the standard the platform subscribes to. A production stack that subscribes its account to the Foundational Security Best Practices needs an aws_account_alternate_contact of type SECURITY for the same account (capabilities.operations.securityContact).',
  references: { securityHub: ['Account.1'], cis: ['1.2'] },
  scope: 'stack',
  resourceTypes: ['aws_securityhub_standards_subscription'],
  check(stack, { app, isProduction }) {
    const subscribed = stack.resources.some(
      (r) => r.type === 'aws_securityhub_standards_subscription' && String(r.values.standards_arn ?? '').includes('aws-foundational-security-best-practices'),
    );
    const { account } = stackPlacement(stack);
    if (!subscribed || !isProduction(stack) || account === undefined || isPlaceholderAccountId(account)) return undefined;
    const contacts = app.stacks
      .filter((other) => stackPlacement(other).account === account)
      .flatMap((other) => other.resources.filter((r) => r.type === 'aws_account_alternate_contact' && r.values.alternate_contact_type === 'SECURITY'));
    return contacts.length > 0 ? undefined : `account ${account} is subscribed to the Foundational Security Best Practices, but no stack declares its aws_account_alternate_contact of type SECURITY`;
  },
};
