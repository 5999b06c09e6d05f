import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';
import { resourcePrefix } from '../naming';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';
import { requiredTags } from '../tagging/required-tags';

/** The account of a role ARN (`arn:aws:iam::<account>:role/<name>`). */
export function accountOfRoleArn(roleArn: string): string {
  const account = roleArn.split(':')[4];
  if (!/^\d{12}$/.test(account ?? '')) throw new Error(`${roleArn} is not an IAM role ARN with an account id`);
  return account;
}

/**
 * The provider (`aws.dns`) of a shared DNS account: it assumes `orgFit.dnsRoleArn` to manage the records and health
 * checks of `edge.hostedZoneId`. Pinned to the role's account and tagged like every provider. Undefined when the
 * zone is in the environment's own account.
 */
export function dnsAccountProvider(
  scope: Construct,
  settings: PlatformSettings,
  environment: EnvironmentSettings,
  region: string,
): AwsProvider | undefined {
  const roleArn = environment.orgFit?.dnsRoleArn;
  if (!roleArn) return undefined;
  return new AwsProvider(scope, 'dns-account', {
    alias: 'dns',
    region,
    allowedAccountIds: [accountOfRoleArn(roleArn)],
    assumeRole: [{ roleArn, sessionName: `${resourcePrefix(settings, environment)}-dns` }],
    defaultTags: [{ tags: requiredTags(settings, environment) }],
  });
}
