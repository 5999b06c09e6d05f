import { RegionalDataTier, RegionalDataTierProps } from '../../../templates/platform/data/regional-data-tier';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

function synth(region: string, overrides: Partial<RegionalDataTierProps> = {}) {
  const stack = testStack(region);
  const tier = new RegionalDataTier(stack, 'data', {
    namePrefix: `payments-prod-${region}`,
    sharedPrefix: 'payments-prod',
    accountId: '222222222222',
    region,
    primaryRegion: 'us-east-1',
    subnetIds: ['subnet-1', 'subnet-2'],
    databaseSecurityGroupIds: ['sg-db'],
    keys: {
      database: `arn:aws:kms:${region}:222222222222:key/k`,
      table: `arn:aws:kms:${region}:222222222222:key/table`,
      backup: `arn:aws:kms:${region}:222222222222:key/backup`,
      logs: `arn:aws:kms:${region}:222222222222:key/logs`,
    },
    backupCopyRegion: region === 'us-east-1' ? 'us-west-2' : undefined,
    ...overrides,
  });
  return { tier, json: synthJson(stack) };
}

describe('RegionalDataTier in the primary region', () => {
  const { tier, json } = synth('us-east-1');

  test('holds the primary database, the global table, a vault and the plan copying to the other region', () => {
    expect(tier.isPrimary).toBe(true);
    expect(onlyResource(json, 'aws_db_instance').identifier).toBe('payments-prod-db');
    expect(onlyResource(json, 'aws_dynamodb_table').name).toBe('payments-prod-app');
    expect(onlyResource(json, 'aws_backup_vault').name).toBe('payments-prod');
    expect(onlyResource(json, 'aws_backup_plan').rule[0].copy_action[0].destination_vault_arn).toBe(
      'arn:aws:backup:us-west-2:222222222222:backup-vault:payments-prod',
    );
    expect(resourcesOf(json, 'aws_dynamodb_table_replica')).toEqual({});
  });
});

describe('RegionalDataTier in a secondary region', () => {
  const { tier, json } = synth('us-west-2');

  test('holds a read replica, a table replica and the destination vault, all found by deterministic ARNs', () => {
    expect(tier.isPrimary).toBe(false);
    const replica = onlyResource(json, 'aws_db_instance');
    expect(replica.identifier).toBe('payments-prod-db-replica');
    expect(replica.replicate_source_db).toBe('arn:aws:rds:us-east-1:222222222222:db:payments-prod-db');
    expect(replica.kms_key_id).toBe('arn:aws:kms:us-west-2:222222222222:key/k');
    expect(onlyResource(json, 'aws_dynamodb_table_replica').global_table_arn).toBe('arn:aws:dynamodb:us-east-1:222222222222:table/payments-prod-app');
    expect(onlyResource(json, 'aws_backup_vault').name).toBe('payments-prod');
    expect(resourcesOf(json, 'aws_backup_plan')).toEqual({});
    expect(resourcesOf(json, 'aws_dynamodb_table')).toEqual({});
  });
});

describe('RegionalDataTier toggles', () => {
  test('each capability can be switched off', () => {
    const { json } = synth('us-east-1', { database: false, dynamodb: false, backup: false });
    expect(json.resource).toBeUndefined();
    const { json: noReplica } = synth('us-west-2', { readReplica: false });
    expect(resourcesOf(noReplica, 'aws_db_instance')).toEqual({});
  });

  test('database options reach the instance', () => {
    const { json } = synth('us-east-1', { databaseOptions: { multiAz: false, deletionProtection: false, instanceClass: 'db.t4g.small', backupRetentionDays: 7 } });
    expect(onlyResource(json, 'aws_db_instance')).toMatchObject({ multi_az: false, deletion_protection: false, instance_class: 'db.t4g.small', backup_retention_period: 7 });
  });

  test('a backup copy to its own region is refused', () => {
    expect(() => synth('us-east-1', { backupCopyRegion: 'us-east-1' })).toThrow(/another region/);
  });
});

describe('RegionalDataTier promotion (database.primaryRegion)', () => {
  const address = (json: any) => Object.keys(resourcesOf(json, 'aws_db_instance'));
  const before = { east: synth('us-east-1').json, west: synth('us-west-2').json };
  const promoted = {
    east: synth('us-east-1', { databasePrimaryRegion: 'us-west-2' }),
    west: synth('us-west-2', { databasePrimaryRegion: 'us-west-2' }),
  };

  test('the replica becomes the writable instance in place: same identifier and address, no source', () => {
    const instance = onlyResource(promoted.west.json, 'aws_db_instance');
    expect(instance.identifier).toBe('payments-prod-db-replica');
    expect(instance.replicate_source_db).toBeUndefined();
    expect(instance.manage_master_user_password).toBe(true);
    expect(address(promoted.west.json)).toEqual(address(before.west));
    expect(promoted.west.tier.database).toBeDefined();
    expect(promoted.west.tier.databaseIdentifier).toBe('payments-prod-db-replica');
  });

  test('the old primary follows the promoted instance as a replica at its own address', () => {
    const instance = onlyResource(promoted.east.json, 'aws_db_instance');
    expect(instance.identifier).toBe('payments-prod-db');
    expect(instance.replicate_source_db).toBe('arn:aws:rds:us-west-2:222222222222:db:payments-prod-db-replica');
    expect(address(promoted.east.json)).toEqual(address(before.east));
    // The global table and the backup plan stay with the environment's primary region.
    expect(onlyResource(promoted.east.json, 'aws_dynamodb_table').name).toBe('payments-prod-app');
    expect(resourcesOf(promoted.east.json, 'aws_backup_plan')).not.toEqual({});
  });
});
