/** Building blocks of KMS key policies: the account's administration, and use by exactly the services that need it. */

import { accountRootArn } from '../naming';

export interface PolicyStatement {
  readonly Sid: string;
  readonly Effect: 'Allow' | 'Deny';
  readonly Principal: Readonly<Record<string, string | readonly string[]>> | '*';
  readonly Action: string | readonly string[];
  readonly Resource: string | readonly string[];
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, string | boolean | readonly string[]>>>>;
}

/** Data-key and envelope operations a service needs to encrypt and decrypt with a key. */
export const KEY_USE_ACTIONS = ['kms:Encrypt', 'kms:Decrypt', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:DescribeKey'];

/**
 * The account administers the key through IAM policies (`root` is the account, not the root user). Without it
 * a key whose policy names no administrator becomes unmanageable.
 */
export function accountAdministration(accountId: string, region: string): PolicyStatement {
  return {
    Sid: 'AccountAdministersTheKeyThroughIam',
    Effect: 'Allow',
    Principal: { AWS: accountRootArn(accountId, region) },
    Action: 'kms:*',
    Resource: '*',
  };
}

/**
 * Principals of the account may use the key only through one AWS service in this region (the pattern of the
 * AWS managed keys such as `aws/ebs`): covers service-linked roles, such as EC2 Auto Scaling's, that cannot be
 * named before they exist. Grants are allowed only for AWS resources (volumes, instances, tables).
 *
 * With `principalArns` only those principals (roles by ARN, `aws:PrincipalArn`) may use the key through the
 * service: a role that may read the service's resources (a CI plan role with `ReadOnlyAccess`) can then no longer
 * decrypt them. The condition names roles without requiring them to exist, so a role of a later stack can be named.
 * Principals whose own IAM policies grant KMS use still can (the account administers the key through IAM).
 */
export function useThroughService(
  accountId: string,
  region: string,
  service: string,
  grants: boolean,
  principalArns?: readonly string[],
): PolicyStatement[] {
  const through = { 'kms:CallerAccount': accountId, 'kms:ViaService': `${service}.${region}.amazonaws.com` };
  if (principalArns !== undefined && principalArns.length === 0) {
    throw new Error(`useThroughService(${service}): principalArns is empty; leave it out to allow every principal of the account`);
  }
  const principals: NonNullable<PolicyStatement['Condition']> = principalArns ? { ArnLike: { 'aws:PrincipalArn': [...principalArns] } } : {};
  const statements: PolicyStatement[] = [
    {
      Sid: `UseThrough${pascal(service)}`,
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: KEY_USE_ACTIONS,
      Resource: '*',
      Condition: { StringEquals: through, ...principals },
    },
  ];
  if (grants) {
    statements.push({
      Sid: `GrantsThrough${pascal(service)}ForAwsResources`,
      Effect: 'Allow',
      Principal: { AWS: '*' },
      Action: ['kms:CreateGrant', 'kms:ListGrants', 'kms:RevokeGrant'],
      Resource: '*',
      Condition: { StringEquals: through, Bool: { 'kms:GrantIsForAWSResource': true }, ...principals },
    });
  }
  return statements;
}

/** A service principal that encrypts on its own behalf, limited to requests made for this account. */
export function servicePrincipalUse(
  service: string,
  actions: readonly string[],
  condition: NonNullable<PolicyStatement['Condition']>,
): PolicyStatement {
  return {
    Sid: `Allow${pascal(service.replace(/\.amazonaws\.com$/, ''))}`,
    Effect: 'Allow',
    Principal: { Service: service },
    Action: actions,
    Resource: '*',
    Condition: condition,
  };
}

/**
 * EventBridge publishing to a topic encrypted with the key. EventBridge sends no `aws:SourceAccount` or
 * `aws:SourceArn` to KMS when it publishes to SNS, so a statement conditioned on them silently drops every event;
 * the topic's own policy limits publishing to the account's rules.
 */
export function eventBridgeTopicUse(): PolicyStatement {
  return {
    Sid: 'AllowEventbridgeToPublishToEncryptedTopics',
    Effect: 'Allow',
    Principal: { Service: 'events.amazonaws.com' },
    Action: ['kms:GenerateDataKey*', 'kms:Decrypt'],
    Resource: '*',
  };
}

export function keyPolicyDocument(statements: readonly PolicyStatement[]): string {
  return JSON.stringify({ Version: '2012-10-17', Statement: statements });
}

function pascal(value: string): string {
  return value
    .split(/[^a-zA-Z0-9]+/)
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}
