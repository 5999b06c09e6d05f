import { dynamodbTableArn } from '../../../templates/platform/data/arns';
import { GlobalTable, GlobalTableProps } from '../../../templates/platform/data/global-table';
import { GlobalTableReplica } from '../../../templates/platform/data/global-table-replica';
import { onlyResource, synthJson, testStack } from '../compute/test-stack';

function synthTable(overrides: Partial<GlobalTableProps> = {}) {
  const stack = testStack();
  new GlobalTable(stack, 'table', { tableName: 'payments-prod-app', kmsKeyArn: 'arn:aws:kms:us-east-1:222222222222:key/p', ...overrides });
  return onlyResource(synthJson(stack), 'aws_dynamodb_table');
}

describe('GlobalTable', () => {
  const table = synthTable();

  test('is encrypted with the customer-managed key, with point-in-time recovery and deletion protection', () => {
    expect(table.server_side_encryption).toEqual({ enabled: true, kms_key_arn: 'arn:aws:kms:us-east-1:222222222222:key/p' });
    expect(table.point_in_time_recovery).toEqual({ enabled: true });
    expect(table.deletion_protection_enabled).toBe(true);
  });

  test('streams new and old images, as global tables replicate through the stream', () => {
    expect(table.stream_enabled).toBe(true);
    expect(table.stream_view_type).toBe('NEW_AND_OLD_IMAGES');
  });

  test('leaves its replicas to the other regions\' stacks', () => {
    expect(table.replica).toBeUndefined();
    expect(table.lifecycle).toEqual({ ignore_changes: ['replica'] });
  });

  test('is on-demand, keyed pk/sk by default, tagged for backups', () => {
    expect(table).toMatchObject({ billing_mode: 'PAY_PER_REQUEST', hash_key: 'pk', range_key: 'sk' });
    expect(table.attribute).toEqual([{ name: 'pk', type: 'S' }, { name: 'sk', type: 'S' }]);
    expect(table.tags.Backup).toBe('true');
    const hashOnly = synthTable({ sortKey: null, timeToLiveAttribute: 'expiresAt' });
    expect(hashOnly.range_key).toBeUndefined();
    expect(hashOnly.attribute).toEqual([{ name: 'pk', type: 'S' }]);
    expect(hashOnly.ttl).toEqual({ enabled: true, attribute_name: 'expiresAt' });
  });
});

describe('GlobalTableReplica', () => {
  const arn = dynamodbTableArn({ region: 'us-east-1', accountId: '222222222222' }, 'payments-prod-app');

  test('joins the primary table by its deterministic ARN with its region key, PITR and deletion protection', () => {
    const stack = testStack('us-west-2');
    new GlobalTableReplica(stack, 'replica', { globalTableArn: arn, kmsKeyArn: 'arn:aws:kms:us-west-2:222222222222:key/r' });
    const replica = onlyResource(synthJson(stack), 'aws_dynamodb_table_replica');
    expect(replica).toEqual({
      global_table_arn: 'arn:aws:dynamodb:us-east-1:222222222222:table/payments-prod-app',
      kms_key_arn: 'arn:aws:kms:us-west-2:222222222222:key/r',
      point_in_time_recovery: true,
      deletion_protection_enabled: true,
    });
    expect(GlobalTableReplica.tableName(arn)).toBe('payments-prod-app');
  });

  test('rejects a table name where an ARN is expected', () => {
    expect(() => new GlobalTableReplica(testStack(), 'r', { globalTableArn: 'payments-prod-app', kmsKeyArn: 'k' })).toThrow(/DynamoDB table ARN/);
  });
});
