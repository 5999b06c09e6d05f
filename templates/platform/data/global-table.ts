import { DynamodbTable } from '@cdktf/provider-aws/lib/dynamodb-table';
import { Construct } from 'constructs';

export interface GlobalTableProps {
  /** Table name, the same in every region, e.g. `payments-prod-app`. */
  readonly tableName: string;
  /** Customer-managed key of this region. */
  readonly kmsKeyArn: string;
  /**
   * Partition key (string).
   * @default 'pk'
   */
  readonly partitionKey?: string;
  /**
   * Sort key (string); `null` for a table without one.
   * @default 'sk'
   */
  readonly sortKey?: string | null;
  /**
   * Attribute holding the expiry time (epoch seconds) of items.
   * @default no time to live
   */
  readonly timeToLiveAttribute?: string;
  /**
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * Tags of the table (`Backup=true` puts it in the backup plan's selection).
   * @default { Backup: 'true' }
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/**
 * The primary-region table of a DynamoDB global table (version 2019.11.21): on-demand capacity, encrypted with the
 * customer-managed key, point-in-time recovery, deletion protection, and the stream global tables replicate through.
 *
 * Replicas are not `replica` blocks of this table: each secondary region's stack adds its own `GlobalTableReplica`
 * with its own key, so this region's stack never needs another region's key (which would make the stacks depend on
 * each other in both directions).
 */
export class GlobalTable extends Construct {
  public readonly table: DynamodbTable;

  constructor(scope: Construct, id: string, props: GlobalTableProps) {
    super(scope, id);
    const partitionKey = props.partitionKey ?? 'pk';
    const sortKey = props.sortKey === undefined ? 'sk' : props.sortKey;
    this.table = new DynamodbTable(this, 'table', {
      name: props.tableName,
      billingMode: 'PAY_PER_REQUEST',
      tableClass: 'STANDARD',
      hashKey: partitionKey,
      rangeKey: sortKey ?? undefined,
      attribute: [{ name: partitionKey, type: 'S' }, ...(sortKey ? [{ name: sortKey, type: 'S' }] : [])],
      serverSideEncryption: { enabled: true, kmsKeyArn: props.kmsKeyArn },
      pointInTimeRecovery: { enabled: true },
      deletionProtectionEnabled: props.deletionProtection ?? true,
      streamEnabled: true,
      streamViewType: 'NEW_AND_OLD_IMAGES',
      ttl: props.timeToLiveAttribute ? { enabled: true, attributeName: props.timeToLiveAttribute } : undefined,
      tags: { Name: props.tableName, Backup: 'true', ...(props.tags ?? {}) },
      // Replicas are managed by `aws_dynamodb_table_replica` in the other regions' stacks.
      lifecycle: { ignoreChanges: ['replica'] },
    });
  }
}
