import { BucketPurpose, MAX_BUCKET_NAME_LENGTH } from './kernel/bucket-names';
import { EnvironmentSettings, PlatformSettings } from './settings-model';

/*
 * Every ARN of the platform is built here, from the region it is used in: the region decides the partition
 * (`arn:aws-cn:` in China, `arn:aws-us-gov:` in AWS GovCloud, `arn:aws:` everywhere else), so no construct takes a
 * partition of its own and none hard-codes `arn:aws:`.
 */

/** A region of the `aws` partition, for ARNs of constructs that are not told their region. */
export const COMMERCIAL_REGION = 'us-east-1';

/** The AWS partition of a region. */
export function partitionOf(region: string): string {
  if (region.startsWith('cn-')) return 'aws-cn';
  if (region.startsWith('us-gov-')) return 'aws-us-gov';
  return 'aws';
}

/** `arn:<partition>:<service>:<region>:<account>:<resource>` of a regional resource. */
export function regionalArn(service: string, region: string, accountId: string, resource: string): string {
  return `arn:${partitionOf(region)}:${service}:${region}:${accountId}:${resource}`;
}

/** ARN of a resource of a global service (IAM, S3), whose ARN names no region: `usedFrom` decides the partition. */
export function globalArn(service: string, accountId: string, resource: string, usedFrom: string): string {
  return `arn:${partitionOf(usedFrom)}:${service}::${accountId}:${resource}`;
}

/** `arn:<partition>:iam::<account>:<resource>`, e.g. `role/<name>`, `root`, `mfa/*`. */
export function iamArn(accountId: string, resource: string, usedFrom: string): string {
  return globalArn('iam', accountId, resource, usedFrom);
}

/** The account principal (`arn:<partition>:iam::<account>:root`) of key and trust policies. */
export function accountRootArn(accountId: string, usedFrom: string): string {
  return iamArn(accountId, 'root', usedFrom);
}

/** ARN of an AWS managed policy, e.g. `service-role/AWSBackupServiceRolePolicyForBackup`. */
export function managedPolicyArn(policy: string, usedFrom: string): string {
  return iamArn('aws', `policy/${policy}`, usedFrom);
}

/** ARN of a CloudWatch Logs log group (`*` for every group of the account and region). */
export function logGroupArn(region: string, accountId: string, logGroupName: string): string {
  return regionalArn('logs', region, accountId, `log-group:${logGroupName}`);
}

/** Name of the stack that holds an environment's resources in one region. */
export function regionalStackName(environment: EnvironmentSettings, region: string): string {
  return `${environment.name}-${region}`;
}

/** Name of the stack that holds an environment's account-wide resources (IAM, account settings). */
export function accountStackName(environment: EnvironmentSettings): string {
  return `${environment.name}-account`;
}

/** S3 key of a stack's Terraform state: one key per stack, so stacks never share a lock. */
export function stateKey(settings: PlatformSettings, stackName: string): string {
  return `${settings.state.keyPrefix}/${stackName}.tfstate`;
}

/** Prefix of resource names in an environment: `<project>-<environment>`. */
export function resourcePrefix(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${settings.project}-${environment.name}`;
}

/** Prefix of regional resource names: `<project>-<environment>-<region>`. */
export function regionalPrefix(settings: PlatformSettings, environment: EnvironmentSettings, region: string): string {
  return `${resourcePrefix(settings, environment)}-${region}`;
}

export type { BucketPurpose };

/**
 * Globally unique, deterministic S3 bucket name: `<project>-<environment>-<purpose>-<account id>-<region code>`.
 * The account id keeps another account from squatting on the name; `npx projen` rejects settings whose longest
 * name exceeds 63 characters.
 */
export function bucketName(settings: PlatformSettings, environment: EnvironmentSettings, purpose: BucketPurpose, region: string): string {
  return regionalBucketName(settings, environment, purpose, region);
}

/** Name of the resources of a team's component (`npx projen add`): `<project>-<environment>-<component>`. */
export function componentResourceName(settings: PlatformSettings, environment: EnvironmentSettings, component: string): string {
  return `${resourcePrefix(settings, environment)}-${component}`;
}

/** Globally unique name of a team component's bucket, built like the platform's: `<project>-<environment>-<component>-<account id>-<region code>`. */
export function componentBucketName(settings: PlatformSettings, environment: EnvironmentSettings, component: string, region: string): string {
  return regionalBucketName(settings, environment, component, region);
}

function regionalBucketName(settings: PlatformSettings, environment: EnvironmentSettings, purpose: string, region: string): string {
  const code = settings.regionCodes[region];
  if (!code) throw new Error(`settings.regionCodes has no code for ${region}`);
  const name = `${resourcePrefix(settings, environment)}-${purpose}-${environment.accountId}-${code}`;
  if (name.length > MAX_BUCKET_NAME_LENGTH) throw new Error(`S3 bucket name ${name} is ${name.length} characters long; S3 allows ${MAX_BUCKET_NAME_LENGTH}`);
  return name;
}

/** ARN of a bucket used from `region` (S3 ARNs name no region; the region decides the partition). */
export function bucketArn(name: string, region: string): string {
  return globalArn('s3', '', name, region);
}

/** Alias name (without `alias/`) of an environment's key for one purpose; the same in every region. */
export function keyAliasName(settings: PlatformSettings, environment: EnvironmentSettings, purpose: string): string {
  return keyAliasNameOf(resourcePrefix(settings, environment), purpose);
}

/** Alias name (without `alias/`) of a key for one purpose from a resource prefix: `<prefix>-<purpose>`. */
export function keyAliasNameOf(prefix: string, purpose: string): string {
  return `${prefix}-${purpose}`;
}

/** `alias/<alias name>` of an environment's key for one purpose, as KMS and the services that accept an alias take it. */
export function keyAlias(settings: PlatformSettings, environment: EnvironmentSettings, purpose: string): string {
  return `alias/${keyAliasName(settings, environment, purpose)}`;
}

/** Alias ARN of an environment's key in a region, usable from any stack without remote state. */
export function keyAliasArn(settings: PlatformSettings, environment: EnvironmentSettings, purpose: string, region: string): string {
  return regionalArn('kms', region, environment.accountId, `alias/${keyAliasName(settings, environment, purpose)}`);
}

/** Name of an environment's multi-region CloudTrail trail (created by the account stack in the primary region). */
export function trailName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-trail`;
}

/** Every trail of an account, in any region (`arn:<partition>:cloudtrail:*:<account>:trail/*`). */
export function accountTrailsArn(accountId: string, usedFrom: string): string {
  return `arn:${partitionOf(usedFrom)}:cloudtrail:*:${accountId}:trail/*`;
}

/** ARN of a trail, known before the trail exists: key and bucket policies name it. */
export function trailArn(name: string, region: string, accountId: string): string {
  return regionalArn('cloudtrail', region, accountId, `trail/${name}`);
}

/** Name of the application instances' IAM role and instance profile (account-wide, created by the account stack). */
export function instanceRoleName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-app`;
}

/** The account's AWS Support role (CIS 1.17): `<project>-<environment>-support`. */
export function supportRoleName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-support`;
}

/** SNS topic of the CIS alarms and security findings of the account: `<project>-<environment>-security-alarms`. */
export function securityAlarmTopicName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-security-alarms`;
}

/** SNS topic of the budget's alerts: `<project>-<environment>-budget-alerts`. */
export function budgetTopicName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-budget-alerts`;
}

/** The environment's monthly cost budget: `<project>-<environment>-monthly`. */
export function budgetName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-monthly`;
}

/** Session name of the role assumed in the DNS account, as CloudTrail there records it: `<project>-<environment>-dns`. */
export function dnsSessionName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-dns`;
}

/** Parameter Store path the application instances may read: `/<project>/<environment>/`. */
export function parameterPath(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `/${settings.project}/${environment.name}/`;
}

/** Name of the application's own secret in Secrets Manager, in every region. */
export function applicationSecretName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${settings.project}/${environment.name}/app`;
}

/** Name of the stack that replicates the primary region's data bucket to the first secondary region. */
export function replicationStackName(environment: EnvironmentSettings): string {
  return `${environment.name}-replication`;
}

/** ARN of an IAM role of the environment's account, built from its name (no look-up). */
export function roleArn(environment: EnvironmentSettings, roleName: string): string {
  return iamArn(environment.accountId, `role/${roleName}`, environment.regions[0]);
}

/** ARN of a service-linked role, e.g. `AWSServiceRoleForRDS` of `rds.amazonaws.com`. */
export function serviceLinkedRoleArn(environment: EnvironmentSettings, service: string, roleName: string): string {
  return roleArn(environment, `aws-service-role/${service}/${roleName}`);
}

/** Name of the role that replicates the primary region's data bucket (created by the replication stack). */
export function replicationRoleName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-${environment.regions[0]}-s3-replication`;
}

/** The stack that creates what CI needs to run (state bucket, OIDC provider, plan and deploy roles). */
export function bootstrapStackName(environment: EnvironmentSettings): string {
  return `${environment.name}-bootstrap`;
}

export type CiRolePurpose = 'plan' | 'deploy';

/** `<project>-<environment>-github-<purpose>`: the role the workflows assume for the environment. */
export function ciRoleName(settings: PlatformSettings, environment: EnvironmentSettings, purpose: CiRolePurpose): string {
  return `${resourcePrefix(settings, environment)}-github-${purpose}`;
}

export function ciRoleArn(settings: PlatformSettings, environment: EnvironmentSettings, purpose: CiRolePurpose): string {
  return roleArn(environment, ciRoleName(settings, environment, purpose));
}

/** The permissions boundary of the deploy role. */
export function deployBoundaryName(settings: PlatformSettings, environment: EnvironmentSettings): string {
  return `${resourcePrefix(settings, environment)}-github-deploy-boundary`;
}

export const GITHUB_OIDC_HOST = 'token.actions.githubusercontent.com';

/** The account's GitHub OIDC provider: the one given in `orgFit.githubOidcProviderArn`, or the one bootstrap creates. */
export function githubOidcProviderArn(environment: EnvironmentSettings): string {
  return environment.orgFit?.githubOidcProviderArn ?? iamArn(environment.accountId, `oidc-provider/${GITHUB_OIDC_HOST}`, environment.regions[0]);
}

/** The environment's state bucket and the bucket of its server access logs (`state-logs`). */
export function stateBucketNames(settings: PlatformSettings, environment: EnvironmentSettings): { state: string; accessLogs: string } {
  const { bucket, region } = environment.state ?? settings.state;
  return { state: bucket, accessLogs: bucketName(settings, environment, 'state-logs', region) };
}
