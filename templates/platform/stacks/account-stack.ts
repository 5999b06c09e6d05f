import { IamAccountPasswordPolicy } from '@cdktf/provider-aws/lib/iam-account-password-policy';
import { S3AccountPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-account-public-access-block';
import { Construct } from 'constructs';
import { TerraformOutput } from '../engine';
import { PlatformStack, PlatformStackProps } from './platform-stack';

/** Account-wide resources of one environment, deployed once from its primary region. */
export class AccountStack extends PlatformStack {
  constructor(scope: Construct, id: string, props: PlatformStackProps) {
    super(scope, id, props);

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

    new TerraformOutput(this, 'account_id', { value: props.environment.accountId });
  }
}
