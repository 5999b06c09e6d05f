import { IamAccountPasswordPolicy } from '@cdktf/provider-aws/lib/iam-account-password-policy';
import { Construct } from 'constructs';

export interface AccountPasswordPolicyProps {
  /**
   * At least 14 (CIS AWS Foundations 1.8).
   * @default 14
   */
  readonly minimumLength?: number;
  /**
   * Days before a password expires, at most 90.
   * @default 90
   */
  readonly maxAgeDays?: number;
}

/** The account password policy of the CIS AWS Foundations Benchmark: length ≥ 14, reuse 24, complexity, expiry ≤ 90. */
export class AccountPasswordPolicy extends Construct {
  public readonly policy: IamAccountPasswordPolicy;

  constructor(scope: Construct, id: string, props: AccountPasswordPolicyProps = {}) {
    super(scope, id);
    const minimumLength = props.minimumLength ?? 14;
    const maxAgeDays = props.maxAgeDays ?? 90;
    if (minimumLength < 14 || minimumLength > 128) throw new Error(`AccountPasswordPolicy: minimumLength ${minimumLength} is outside 14..128`);
    if (maxAgeDays < 1 || maxAgeDays > 90) throw new Error(`AccountPasswordPolicy: maxAgeDays ${maxAgeDays} is outside 1..90`);
    this.policy = new IamAccountPasswordPolicy(this, 'policy', {
      minimumPasswordLength: minimumLength,
      passwordReusePrevention: 24,
      maxPasswordAge: maxAgeDays,
      requireLowercaseCharacters: true,
      requireUppercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: true,
      allowUsersToChangePassword: true,
      hardExpiry: false,
    });
  }
}
