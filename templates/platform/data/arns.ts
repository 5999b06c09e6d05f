import { regionalArn } from '../naming';

/**
 * Deterministic ARNs of resources that another region's stack refers to: built from settings, so that no stack needs
 * the state of another (regional independence) and planning needs no call to AWS.
 */
export interface ArnScope {
  readonly region: string;
  readonly accountId: string;
}

/** `arn:aws:rds:<region>:<account>:db:<identifier>`: the source of a cross-region read replica. */
export function rdsInstanceArn(scope: ArnScope, identifier: string): string {
  return regionalArn('rds', scope.region, scope.accountId, `db:${identifier}`);
}

/** `arn:aws:dynamodb:<region>:<account>:table/<name>`: the global table a replica joins. */
export function dynamodbTableArn(scope: ArnScope, tableName: string): string {
  return regionalArn('dynamodb', scope.region, scope.accountId, `table/${tableName}`);
}

/** `arn:aws:backup:<region>:<account>:backup-vault:<name>`: the destination of a cross-region backup copy. */
export function backupVaultArn(scope: ArnScope, vaultName: string): string {
  return regionalArn('backup', scope.region, scope.accountId, `backup-vault:${vaultName}`);
}
