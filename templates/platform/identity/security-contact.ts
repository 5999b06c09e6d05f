import { AccountAlternateContact } from '@cdktf/provider-aws/lib/account-alternate-contact';
import { Construct } from 'constructs';
/** Who AWS writes to about security issues of the account. */
export interface SecurityContactDetails {
  readonly name: string;
  readonly title: string;
  readonly emailAddress: string;
  readonly phoneNumber: string;
}

export interface AccountSecurityContactProps {
  readonly contact: SecurityContactDetails;
}

/**
 * The account's security alternate contact (FSBP Account.1): AWS writes to it about security issues of the account
 * (abuse reports, compromised credentials). Set with the account's own credentials, so no `account_id`: that would
 * need the organisation's management account.
 */
export class AccountSecurityContact extends Construct {
  public readonly contact: AccountAlternateContact;

  constructor(scope: Construct, id: string, props: AccountSecurityContactProps) {
    super(scope, id);
    this.contact = new AccountAlternateContact(this, 'contact', {
      alternateContactType: 'SECURITY',
      name: props.contact.name,
      title: props.contact.title,
      emailAddress: props.contact.emailAddress,
      phoneNumber: props.contact.phoneNumber,
    });
  }
}
