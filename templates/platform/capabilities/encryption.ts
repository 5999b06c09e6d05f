import { Construct } from 'constructs';
import { EnvironmentScope, RegionScope } from './scope';
import { backupRoleName } from '../data/backup-plan';
import { AccountKeys } from '../encryption/account-keys';
import type { KeyUsers } from '../encryption/key-users';
import { RegionalKeys } from '../encryption/regional-keys';
import { instanceRoleName, regionalPrefix, replicationRoleName, resourcePrefix, roleArn, serviceLinkedRoleArn, trailName } from '../naming';
import { ownsAccountSettings } from '../org/account-singletons';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

/**
 * The principals that may decrypt an environment's data, tables and secrets through S3, DynamoDB and Secrets Manager:
 * the roles the platform creates for exactly that (application instances, bucket replication, AWS Backup, the
 * service-linked roles of DynamoDB replication and RDS) and `encryption.keyUserArns`. Everyone else of the account,
 * a CI plan role with `ReadOnlyAccess` included, is refused by the key even where S3 or DynamoDB would serve them.
 */
export function keyUsers(settings: PlatformSettings, environment: EnvironmentSettings): KeyUsers {
  const role = (name: string) => roleArn(environment, name);
  const instances = role(instanceRoleName(settings, environment));
  // The backup plan (and its role) lives in the environment's primary region; see RegionalDataTier.
  const backup = role(backupRoleName(regionalPrefix(settings, environment, environment.regions[0])));
  const extra = environment.capabilities.encryption.keyUserArns;
  return {
    data: unique([instances, role(replicationRoleName(settings, environment)), ...extra]),
    dynamodb: unique([
      instances,
      backup,
      serviceLinkedRoleArn(environment, 'replication.dynamodb.amazonaws.com', 'AWSServiceRoleForDynamoDBReplication'),
      ...extra,
    ]),
    secrets: unique([instances, serviceLinkedRoleArn(environment, 'rds.amazonaws.com', 'AWSServiceRoleForRDS'), ...extra]),
  };
}

/** The region's customer-managed keys (`keys`), and EBS encryption by default where the environment owns the account settings. */
export function assembleRegionalKeys(scope: Construct, { settings, environment, region }: RegionScope): RegionalKeys {
  return new RegionalKeys(scope, 'keys', {
    aliasPrefix: resourcePrefix(settings, environment),
    accountId: environment.accountId,
    region,
    ebsEncryptionByDefault: ownsAccountSettings(settings, environment),
    keyUsers: keyUsers(settings, environment),
  });
}

/** The account stack's `audit` and `alerts` keys (`keys`). */
export function assembleAccountKeys(scope: Construct, { settings, environment }: EnvironmentScope, region: string): AccountKeys {
  return new AccountKeys(scope, 'keys', {
    aliasPrefix: resourcePrefix(settings, environment),
    accountId: environment.accountId,
    region,
    trailName: trailName(settings, environment),
  });
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
