/** The security alternate contact of an AWS account (AWS Account Management `PutAlternateContact`). */
export interface SecurityContactOptions {
  /** Name of the person or team, 1 to 64 characters. */
  readonly name: string;
  /** Title, 1 to 50 characters (e.g. "Security team"). */
  readonly title: string;
  /** E-mail address that AWS writes to about security issues of the account (a shared mailbox, not a person's). */
  readonly emailAddress: string;
  /** Phone number, up to 25 digits, spaces, `+`, `-`, `(` and `)` (e.g. "+1 555 0100"). */
  readonly phoneNumber: string;
}

/**
 * The security contact as `projen new` flags (`--security-contact-name "Security team" --security-contact-title
 * Security --security-contact-email security@example.com --security-contact-phone "+1 555 0100"`): the default of
 * every environment's `capabilities.operations.securityContact`. Give all four or none.
 */
export interface SecurityContactProjectOptions {
  /**
   * Name of the accounts' security alternate contact (FSBP Account.1).
   * @default - no security contact, unless `capabilities.operations.securityContact` sets one
   */
  readonly securityContactName?: string;
  /**
   * Title of the accounts' security alternate contact.
   * @default - no security contact, unless `capabilities.operations.securityContact` sets one
   */
  readonly securityContactTitle?: string;
  /**
   * E-mail address of the accounts' security alternate contact.
   * @default - no security contact, unless `capabilities.operations.securityContact` sets one
   */
  readonly securityContactEmail?: string;
  /**
   * Phone number of the accounts' security alternate contact.
   * @default - no security contact, unless `capabilities.operations.securityContact` sets one
   */
  readonly securityContactPhone?: string;
}
