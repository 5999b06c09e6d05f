/** The keys whose use through their service is limited to named principals. */
export interface KeyUsers {
  /** S3 data buckets. */
  readonly data: readonly string[];
  /** DynamoDB tables (and their backups). */
  readonly dynamodb: readonly string[];
  /** Secrets Manager secrets (the application's and the database's master secret). */
  readonly secrets: readonly string[];
}

/** `keyUsers(settings, environment)` reads the `encryption` capability, so it lives with its assembler. */
export { keyUsers } from '../capabilities/encryption';
