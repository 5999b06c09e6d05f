import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { Construct } from 'constructs';

/** The account of a role ARN (`arn:<partition>:iam::<account>:role/<name>`). */
export function accountOfRoleArn(roleArn: string): string {
  const account = roleArn.split(':')[4];
  if (!/^\d{12}$/.test(account ?? '')) throw new Error(`${roleArn} is not an IAM role ARN with an account id`);
  return account;
}

export interface DnsAccountProviderProps {
  /** The role of the shared DNS account (`orgFit.dnsRoleArn`). */
  readonly roleArn: string;
  readonly region: string;
  /** Name of the role session, e.g. `<project>-<environment>-dns`. */
  readonly sessionName: string;
  /** Tags stamped on every resource of the provider (the required tags). */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * The provider (`aws.dns`) of a shared DNS account: it assumes the DNS role to manage the records and health checks
 * of `edge.hostedZoneId`. Pinned to the role's account and tagged like every provider.
 */
export function dnsAccountProvider(scope: Construct, props: DnsAccountProviderProps): AwsProvider {
  return new AwsProvider(scope, 'dns-account', {
    alias: 'dns',
    region: props.region,
    allowedAccountIds: [accountOfRoleArn(props.roleArn)],
    assumeRole: [{ roleArn: props.roleArn, sessionName: props.sessionName }],
    defaultTags: [{ tags: { ...props.tags } }],
  });
}
