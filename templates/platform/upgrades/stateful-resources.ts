/**
 * Resource types that hold data or identity which a destroy-and-create loses: key material (and the aliases that
 * name it), objects, databases, tables, recovery points, audit history, logs, recorded configuration, secrets and
 * DNS answers. Their Terraform addresses are a contract with existing state; in production they carry
 * `prevent_destroy`; `npx projen impact` fails when a plan would destroy or replace one.
 */
export const STATEFUL_RESOURCE_TYPES: readonly string[] = [
  'aws_kms_key',
  'aws_kms_alias',
  'aws_kms_replica_key',
  'aws_s3_bucket',
  'aws_db_instance',
  'aws_db_parameter_group',
  'aws_rds_cluster',
  'aws_rds_cluster_parameter_group',
  'aws_dynamodb_table',
  'aws_dynamodb_table_replica',
  'aws_backup_vault',
  'aws_cloudtrail',
  'aws_cloudwatch_log_group',
  'aws_config_configuration_recorder',
  'aws_secretsmanager_secret',
  'aws_route53_record',
  'aws_route53_zone',
  'aws_efs_file_system',
  'aws_ecr_repository',
  'aws_elasticache_replication_group',
];

export function isStatefulResourceType(type: string): boolean {
  return STATEFUL_RESOURCE_TYPES.includes(type);
}

/** The resource type of a Terraform address such as `aws_s3_bucket.data` or `module.x.aws_s3_bucket.data["a"]`. */
export function resourceTypeOf(address: string): string {
  const parts = address.replace(/\[[^\]]*\]/g, '').split('.');
  const firstResource = parts.findIndex((part, i) => parts[i - 1] !== 'module' && part !== 'module' && part !== 'data');
  return firstResource >= 0 ? parts[firstResource] : '';
}
