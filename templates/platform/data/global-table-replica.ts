import { DynamodbTableReplicaA as DynamodbTableReplica } from '@cdktf/provider-aws/lib/dynamodb-table-replica';
import { Construct } from 'constructs';

export interface GlobalTableReplicaProps {
  /** ARN of the primary-region table (see `dynamodbTableArn`). */
  readonly globalTableArn: string;
  /** Customer-managed key of this (the replica's) region. */
  readonly kmsKeyArn: string;
  /**
   * @default true
   */
  readonly deletionProtection?: boolean;
  /**
   * @default {}
   */
  readonly tags?: Readonly<Record<string, string>>;
}

/** A replica of a `GlobalTable` in this stack's region, with this region's key and point-in-time recovery. */
export class GlobalTableReplica extends Construct {
  /** The table name, from the ARN. */
  public static tableName(globalTableArn: string): string {
    return globalTableArn.slice(globalTableArn.indexOf('table/') + 'table/'.length);
  }

  public readonly replica: DynamodbTableReplica;

  constructor(scope: Construct, id: string, props: GlobalTableReplicaProps) {
    super(scope, id);
    if (!/^arn:[a-z-]+:dynamodb:[a-z0-9-]+:\d{12}:table\/[A-Za-z0-9_.-]{3,255}$/.test(props.globalTableArn)) {
      throw new Error(`GlobalTableReplica: globalTableArn must be a DynamoDB table ARN, got ${props.globalTableArn}`);
    }
    this.replica = new DynamodbTableReplica(this, 'replica', {
      globalTableArn: props.globalTableArn,
      kmsKeyArn: props.kmsKeyArn,
      pointInTimeRecovery: true,
      deletionProtectionEnabled: props.deletionProtection ?? true,
      tags: props.tags ? { ...props.tags } : undefined,
    });
  }
}
