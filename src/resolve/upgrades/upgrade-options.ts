/** Options of how upgrades and changes treat existing infrastructure (see docs/upgrades.md). */
export interface UpgradeSafetyOptions {
  /**
   * Stateful resources of production environments that do NOT get `lifecycle.prevent_destroy`, as
   * `<stack>/<address>` patterns (`production-us-east-1/aws_s3_bucket.buckets_data_bucket_A6C710CC`; `*` matches
   * any characters). Every other KMS key and alias, bucket, database, table, vault, trail, log group, recorder,
   * secret and DNS record of a production environment is protected: Terraform refuses to destroy or replace it.
   * @default []
   */
  readonly preventDestroyExemptions?: string[];

  /**
   * Stateful resources that `npx projen impact` (and the plan workflow) allow to be destroyed or replaced, as
   * `<stack>/<address>` patterns. Without an entry (or the `allow-stateful-changes` pull-request label), a plan that
   * destroys or replaces a stateful resource fails the impact check.
   * @default []
   */
  readonly allowedStatefulChanges?: string[];
}
