import { backupRoleName } from '../data/backup-plan';
import { instanceRoleName, regionalPrefix, replicationRoleName, roleArn, serviceLinkedRoleArn } from '../naming';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

/** The keys whose use through their service is limited to named principals. */
export interface KeyUsers {
  /** S3 data buckets. */
  readonly data: readonly string[];
  /** DynamoDB tables (and their backups). */
  readonly dynamodb: readonly string[];
  /** Secrets Manager secrets (the application's and the database's master secret). */
  readonly secrets: readonly string[];
}

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

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
