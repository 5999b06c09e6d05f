import { CloudwatchMetricAlarm, CloudwatchMetricAlarmConfig } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { Construct } from 'constructs';

/** DynamoDB operations whose system errors are summed (SystemErrors is only published per operation); nine metrics and the sum stay within an alarm's ten items. */
export const DYNAMODB_OPERATIONS = ['GetItem', 'PutItem', 'UpdateItem', 'DeleteItem', 'Query', 'BatchGetItem', 'BatchWriteItem', 'TransactGetItems', 'TransactWriteItems'];

export interface LoadBalancerAlarmTarget {
  /** The load balancer's `arn_suffix`. */
  readonly loadBalancerArnSuffix: string;
  /** The target group's `arn_suffix`. */
  readonly targetGroupArnSuffix: string;
}

export interface WorkloadAlarmsProps {
  /** Prefix of the alarm names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** Topic that receives the alarm and OK notifications. */
  readonly topicArn: string;
  /** @default no load balancer alarms */
  readonly loadBalancer?: LoadBalancerAlarmTarget;
  /** @default no Auto Scaling alarm */
  readonly autoScalingGroup?: { readonly name: string; readonly minSize: number };
  /** @default no database alarms */
  readonly database?: { readonly identifier: string; readonly allocatedStorageGb: number };
  /** @default no replica alarms */
  readonly readReplica?: { readonly identifier: string };
  /** @default no DynamoDB alarms */
  readonly dynamodbTable?: { readonly tableName: string };
  /**
   * 5xx responses (load balancer or targets) per 5 minutes that raise an alarm.
   * @default 10
   */
  readonly http5xxThreshold?: number;
  /**
   * @default 80
   */
  readonly databaseCpuPercentThreshold?: number;
  /**
   * Share of the allocated storage left below which the database alarms.
   * @default 10
   */
  readonly databaseFreeStoragePercentThreshold?: number;
  /**
   * @default 300
   */
  readonly replicaLagSecondsThreshold?: number;
  /**
   * Throttled DynamoDB read and write events per 5 minutes.
   * @default 10
   */
  readonly dynamodbThrottleThreshold?: number;
}

type AlarmSpec = Omit<CloudwatchMetricAlarmConfig, 'alarmName' | 'alarmActions' | 'okActions' | 'insufficientDataActions'>;

/** CloudWatch alarms on the web tier and the data tier, all notifying one topic on alarm and on recovery. */
export class WorkloadAlarms extends Construct {
  /** Alarms by short name (e.g. `alb-5xx`). */
  public readonly alarms: Record<string, CloudwatchMetricAlarm> = {};

  constructor(scope: Construct, id: string, private readonly props: WorkloadAlarmsProps) {
    super(scope, id);
    const http5xx = props.http5xxThreshold ?? 10;

    if (props.loadBalancer) {
      const lb = { LoadBalancer: props.loadBalancer.loadBalancerArnSuffix };
      this.alarm('alb-5xx', {
        alarmDescription: 'The load balancer answers with 5xx errors (no healthy target, misconfiguration)',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_ELB_5XX_Count',
        dimensions: lb,
        statistic: 'Sum',
        period: 300,
        evaluationPeriods: 1,
        threshold: http5xx,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
      this.alarm('target-5xx', {
        alarmDescription: 'The application answers with 5xx errors',
        namespace: 'AWS/ApplicationELB',
        metricName: 'HTTPCode_Target_5XX_Count',
        dimensions: lb,
        statistic: 'Sum',
        period: 300,
        evaluationPeriods: 1,
        threshold: http5xx,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
      });
      this.alarm('unhealthy-hosts', {
        alarmDescription: 'Instances fail the load balancer health check',
        namespace: 'AWS/ApplicationELB',
        metricName: 'UnHealthyHostCount',
        dimensions: { ...lb, TargetGroup: props.loadBalancer.targetGroupArnSuffix },
        statistic: 'Maximum',
        period: 60,
        evaluationPeriods: 5,
        datapointsToAlarm: 3,
        threshold: 0,
        comparisonOperator: 'GreaterThanThreshold',
      });
    }

    if (props.autoScalingGroup) {
      this.alarm('asg-in-service', {
        alarmDescription: 'Fewer instances in service than the group minimum',
        namespace: 'AWS/AutoScaling',
        metricName: 'GroupInServiceInstances',
        dimensions: { AutoScalingGroupName: props.autoScalingGroup.name },
        statistic: 'Minimum',
        period: 60,
        evaluationPeriods: 10,
        datapointsToAlarm: 5,
        threshold: props.autoScalingGroup.minSize,
        comparisonOperator: 'LessThanThreshold',
        treatMissingData: 'breaching',
      });
    }

    if (props.database) {
      this.databaseAlarms('db', props.database.identifier);
      const freePercent = props.databaseFreeStoragePercentThreshold ?? 10;
      this.alarm('db-free-storage', {
        alarmDescription: `Less than ${freePercent}% of the database's allocated storage is free`,
        namespace: 'AWS/RDS',
        metricName: 'FreeStorageSpace',
        dimensions: { DBInstanceIdentifier: props.database.identifier },
        statistic: 'Minimum',
        period: 300,
        evaluationPeriods: 1,
        threshold: Math.round(props.database.allocatedStorageGb * 1024 ** 3 * (freePercent / 100)),
        comparisonOperator: 'LessThanThreshold',
      });
    }

    if (props.readReplica) {
      this.databaseAlarms('replica', props.readReplica.identifier);
      this.alarm('replica-lag', {
        alarmDescription: 'The cross-region read replica lags behind its source',
        namespace: 'AWS/RDS',
        metricName: 'ReplicaLag',
        dimensions: { DBInstanceIdentifier: props.readReplica.identifier },
        statistic: 'Maximum',
        period: 60,
        evaluationPeriods: 10,
        datapointsToAlarm: 5,
        threshold: props.replicaLagSecondsThreshold ?? 300,
        comparisonOperator: 'GreaterThanThreshold',
      });
    }

    if (props.dynamodbTable) {
      const table = props.dynamodbTable.tableName;
      this.alarm('dynamodb-throttles', {
        alarmDescription: 'Requests to the DynamoDB table are throttled',
        threshold: props.dynamodbThrottleThreshold ?? 10,
        comparisonOperator: 'GreaterThanOrEqualToThreshold',
        evaluationPeriods: 1,
        metricQuery: [
          // DynamoDB emits a throttle metric only while it throttles: FILL keeps a read-only (or write-only) throttle visible.
          { id: 'throttles', expression: 'FILL(reads, 0) + FILL(writes, 0)', label: 'Throttled events', returnData: true },
          ...['Read', 'Write'].map((kind) => ({
            id: `${kind.toLowerCase()}s`,
            metric: { namespace: 'AWS/DynamoDB', metricName: `${kind}ThrottleEvents`, dimensions: { TableName: table }, stat: 'Sum', period: 300 },
          })),
        ],
      });
      this.alarm('dynamodb-system-errors', {
        alarmDescription: 'DynamoDB returns internal server errors for the table',
        threshold: 0,
        comparisonOperator: 'GreaterThanThreshold',
        evaluationPeriods: 1,
        metricQuery: [
          { id: 'errors', expression: `SUM([${DYNAMODB_OPERATIONS.map((_, i) => `op${i}`).join(', ')}])`, label: 'System errors', returnData: true },
          ...DYNAMODB_OPERATIONS.map((operation, i) => ({
            id: `op${i}`,
            metric: { namespace: 'AWS/DynamoDB', metricName: 'SystemErrors', dimensions: { TableName: table, Operation: operation }, stat: 'Sum', period: 300 },
          })),
        ],
      });
    }
  }

  private databaseAlarms(kind: string, identifier: string): void {
    this.alarm(`${kind}-cpu`, {
      alarmDescription: `CPU of ${identifier} stays high`,
      namespace: 'AWS/RDS',
      metricName: 'CPUUtilization',
      dimensions: { DBInstanceIdentifier: identifier },
      statistic: 'Average',
      period: 300,
      evaluationPeriods: 3,
      threshold: this.props.databaseCpuPercentThreshold ?? 80,
      comparisonOperator: 'GreaterThanThreshold',
    });
  }

  private alarm(name: string, spec: AlarmSpec): void {
    this.alarms[name] = new CloudwatchMetricAlarm(this, name, {
      treatMissingData: 'notBreaching',
      ...spec,
      alarmName: `${this.props.namePrefix}-${name}`,
      alarmActions: [this.props.topicArn],
      okActions: [this.props.topicArn],
    });
  }
}
