import { rdsInstanceArn } from '../../../templates/platform/data/arns';
import { PostgresDatabase, PostgresDatabaseProps } from '../../../templates/platform/data/postgres-database';
import { PostgresReadReplica, PostgresReadReplicaProps } from '../../../templates/platform/data/postgres-read-replica';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

const PRIMARY_KMS = 'arn:aws:kms:us-east-1:222222222222:key/primary';
const REPLICA_KMS = 'arn:aws:kms:us-west-2:222222222222:key/replica';

function synthPrimary(overrides: Partial<PostgresDatabaseProps> = {}) {
  const stack = testStack();
  new PostgresDatabase(stack, 'db', {
    identifier: 'payments-prod-db',
    namePrefix: 'payments-prod-us-east-1',
    accountId: '222222222222',
    subnetIds: ['subnet-d1', 'subnet-d2', 'subnet-d3'],
    securityGroupIds: ['sg-db'],
    kmsKeyArn: PRIMARY_KMS,
    ...overrides,
  });
  return synthJson(stack);
}

function synthReplica(overrides: Partial<PostgresReadReplicaProps> = {}) {
  const stack = testStack('us-west-2');
  new PostgresReadReplica(stack, 'replica', {
    identifier: 'payments-prod-db-replica',
    namePrefix: 'payments-prod-us-west-2',
    accountId: '222222222222',
    subnetIds: ['subnet-w1', 'subnet-w2'],
    securityGroupIds: ['sg-db-west'],
    kmsKeyArn: REPLICA_KMS,
    sourceDbArn: rdsInstanceArn({ region: 'us-east-1', accountId: '222222222222' }, 'payments-prod-db'),
    ...overrides,
  });
  return synthJson(stack);
}

describe('PostgresDatabase', () => {
  const json = synthPrimary();
  const db = onlyResource(json, 'aws_db_instance');

  test('encrypts storage, Performance Insights and the managed master secret with the customer-managed key', () => {
    expect(db).toMatchObject({
      storage_encrypted: true,
      kms_key_id: PRIMARY_KMS,
      performance_insights_enabled: true,
      performance_insights_kms_key_id: PRIMARY_KMS,
      manage_master_user_password: true,
      master_user_secret_kms_key_id: PRIMARY_KMS,
    });
    expect(db.password).toBeUndefined();
  });

  test('is private, in the data subnets, behind the database security group', () => {
    expect(db.publicly_accessible).toBe(false);
    expect(db.vpc_security_group_ids).toEqual(['sg-db']);
    expect(onlyResource(json, 'aws_db_subnet_group').subnet_ids).toEqual(['subnet-d1', 'subnet-d2', 'subnet-d3']);
  });

  test('forces TLS and logs connections and slow statements in its parameter group', () => {
    const group = onlyResource(json, 'aws_db_parameter_group');
    expect(group.family).toBe('postgres16');
    // A name prefix, so that create-before-destroy can create the replacement beside the old group.
    expect(group.name).toBeUndefined();
    expect(group.name_prefix).toMatch(/-postgres16-$/);
    expect(group.lifecycle).toEqual({ create_before_destroy: true, ignore_changes: ['name', 'name_prefix'] });
    const parameters = Object.fromEntries(group.parameter.map((p: any) => [p.name, p.value]));
    expect(parameters).toMatchObject({ 'rds.force_ssl': '1', 'log_connections': '1', 'log_disconnections': '1', 'ssl_min_protocol_version': 'TLSv1.2' });
    expect(db.parameter_group_name).toBe('${aws_db_parameter_group.' + Object.keys(resourcesOf(json, 'aws_db_parameter_group'))[0] + '.name}');
  });

  test('is production-strict by default: multi-AZ, deletion protection, final snapshot, 14 days of backups', () => {
    expect(db).toMatchObject({
      multi_az: true,
      deletion_protection: true,
      skip_final_snapshot: false,
      final_snapshot_identifier: 'payments-prod-db-final',
      backup_retention_period: 14,
      copy_tags_to_snapshot: true,
    });
  });

  test('a development profile can relax availability but not encryption', () => {
    const dev = onlyResource(synthPrimary({ multiAz: false, deletionProtection: false, finalSnapshot: false, backupRetentionDays: 7 }), 'aws_db_instance');
    expect(dev).toMatchObject({
      multi_az: false,
      deletion_protection: false,
      skip_final_snapshot: true,
      backup_retention_period: 7,
      storage_encrypted: true,
    });
    expect(dev.final_snapshot_identifier).toBeUndefined();
  });

  test('uses IAM authentication, enhanced monitoring, log exports and automatic minor upgrades', () => {
    expect(db.iam_database_authentication_enabled).toBe(true);
    expect(db.monitoring_interval).toBe(60);
    expect(db.monitoring_role_arn).toMatch(/^\$\{aws_iam_role\..*\.arn\}$/);
    expect(db.enabled_cloudwatch_logs_exports).toEqual(['postgresql', 'upgrade']);
    expect(db.auto_minor_version_upgrade).toBe(true);
    expect(db.engine).toBe('postgres');
    expect(db.engine_version).toBe('16');
  });

  test('the monitoring role trusts only RDS monitoring of this account and has only the AWS managed policy', () => {
    const role = onlyResource(json, 'aws_iam_role');
    expect(role.name).toBe('payments-prod-us-east-1-rds-monitoring');
    const trust = Object.values(json.data.aws_iam_policy_document)[0] as any;
    expect(trust.statement[0]).toMatchObject({
      actions: ['sts:AssumeRole'],
      principals: [{ type: 'Service', identifiers: ['monitoring.rds.amazonaws.com'] }],
      condition: [{ test: 'StringEquals', variable: 'aws:SourceAccount', values: ['222222222222'] }],
    });
    expect(onlyResource(json, 'aws_iam_role_policy_attachment').policy_arn).toBe('arn:aws:iam::aws:policy/service-role/AmazonRDSEnhancedMonitoringRole');
  });

  test('exports its logs into encrypted log groups with retention, created first', () => {
    const groups = Object.values(resourcesOf(json, 'aws_cloudwatch_log_group')) as any[];
    expect(groups.map((g) => g.name).sort()).toEqual(['/aws/rds/instance/payments-prod-db/postgresql', '/aws/rds/instance/payments-prod-db/upgrade']);
    expect(groups.every((g) => g.kms_key_id === PRIMARY_KMS && g.retention_in_days === 365)).toBe(true);
    expect(db.depends_on).toHaveLength(2);
  });

  test('is tagged for the backup plan', () => {
    expect(db.tags).toEqual({ Name: 'payments-prod-db', Backup: 'true' });
  });

  test('validates backup retention, monitoring interval and identifier', () => {
    expect(() => synthPrimary({ backupRetentionDays: 3 })).toThrow(/backupRetentionDays must be a whole number from 7 to 35, got 3/);
    expect(() => synthPrimary({ backupRetentionDays: 36 })).toThrow(/7 to 35/);
    expect(() => synthPrimary({ monitoringIntervalSeconds: 0 })).toThrow(/monitoringIntervalSeconds/);
    expect(() => synthPrimary({ identifier: 'Payments_DB' })).toThrow(/identifier must be/);
    expect(() => synthPrimary({ parameters: { 'rds.force_ssl': '0' } })).toThrow(/rds.force_ssl must stay 1/);
  });
});

describe('PostgresReadReplica', () => {
  const json = synthReplica();
  const replica = onlyResource(json, 'aws_db_instance');

  test('replicates the primary by its deterministic ARN', () => {
    expect(replica.replicate_source_db).toBe('arn:aws:rds:us-east-1:222222222222:db:payments-prod-db');
    expect(replica.username).toBeUndefined();
    expect(replica.manage_master_user_password).toBeUndefined();
  });

  test('is encrypted with its own region key, in its own subnet group, security group and parameter group', () => {
    expect(replica).toMatchObject({
      storage_encrypted: true,
      kms_key_id: REPLICA_KMS,
      performance_insights_kms_key_id: REPLICA_KMS,
      vpc_security_group_ids: ['sg-db-west'],
      publicly_accessible: false,
    });
    expect(onlyResource(json, 'aws_db_subnet_group').subnet_ids).toEqual(['subnet-w1', 'subnet-w2']);
    const parameters = onlyResource(json, 'aws_db_parameter_group').parameter;
    expect(parameters).toContainEqual(expect.objectContaining({ name: 'rds.force_ssl', value: '1' }));
    expect(onlyResource(json, 'aws_iam_role').name).toBe('payments-prod-us-west-2-rds-monitoring');
  });

  test('keeps its own backups so it can be promoted, and is not selected by AWS Backup (unsupported for replicas)', () => {
    expect(replica.backup_retention_period).toBe(14);
    expect(replica.tags.Backup).toBe('false');
    expect(replica.deletion_protection).toBe(true);
  });

  test('rejects a source that is not a DB instance ARN', () => {
    expect(() => synthReplica({ sourceDbArn: 'payments-prod-db' })).toThrow(/sourceDbArn must be a DB instance ARN/);
  });
});
