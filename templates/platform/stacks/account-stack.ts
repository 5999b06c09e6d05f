import { IamAccountPasswordPolicy } from '@cdktf/provider-aws/lib/iam-account-password-policy';
import { S3AccountPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-account-public-access-block';
import { Construct } from 'constructs';
import { AccountAudit } from '../audit/account-audit';
import { AccountKeys } from '../encryption/account-keys';
import { TerraformOutput } from '../engine';
import { resourcePrefix } from '../naming';
import { AccountWorkloads } from './account-workloads';
import { PlatformStack, PlatformStackProps } from './platform-stack';

/** Account-wide resources of one environment, deployed once from its primary region. */
export class AccountStack extends PlatformStack {
  /** Keys of the account-wide audit trail and alerts: `stack.keys.audit.arn`. */
  public readonly keys: AccountKeys;
  /** The trail, its CIS alarms, the audit buckets and the Config role. */
  public readonly audit: AccountAudit;

  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);
    const prefix = resourcePrefix(props.settings, props.environment);
    this.keys = new AccountKeys(this, 'keys', {
      aliasPrefix: prefix,
      accountId: props.environment.accountId,
      region: props.region,
      trailName: `${prefix}-trail`,
    });

    new S3AccountPublicAccessBlock(this, 'account-public-access-block', {
      accountId: props.environment.accountId,
      blockPublicAcls: true,
      blockPublicPolicy: true,
      ignorePublicAcls: true,
      restrictPublicBuckets: true,
    });

    // CIS AWS Foundations 1.8–1.9: length >= 14, no reuse of the last 24 passwords.
    new IamAccountPasswordPolicy(this, 'password-policy', {
      minimumPasswordLength: 14,
      passwordReusePrevention: 24,
      maxPasswordAge: 90,
      requireLowercaseCharacters: true,
      requireUppercaseCharacters: true,
      requireNumbers: true,
      requireSymbols: true,
      allowUsersToChangePassword: true,
    });

    this.audit = new AccountAudit(this, 'audit', { settings: props.settings, environment: props.environment, keys: this.keys });

    new AccountWorkloads(this, 'workloads', { settings: props.settings, environment: props.environment, kmsKeyArn: this.keys.alerts.arn });

    new TerraformOutput(this, 'account_id', { value: props.environment.accountId });
  }
}
