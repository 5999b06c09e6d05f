import { Construct } from 'constructs';
import { AlarmTopic } from './alarm-topic';
import { EncryptedLogGroup } from './log-group';
import { PatchManagement } from './patch-management';
import { RegionalDashboard } from './regional-dashboard';
import { WorkloadAlarms, WorkloadAlarmsProps } from './workload-alarms';

export type MonitoredResources = Pick<WorkloadAlarmsProps, 'loadBalancer' | 'autoScalingGroup' | 'database' | 'readReplica' | 'dynamodbTable'>;

export interface RegionalOperationsProps {
  /** Prefix of every name, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  readonly accountId: string;
  readonly region: string;
  /** Customer-managed key of the alarm topic (and of the patching log group by default). */
  readonly kmsKeyArn: string;
  /**
   * Customer-managed key of the patching log group.
   * @default kmsKeyArn
   */
  readonly logsKmsKeyArn?: string;
  /**
   * @default []
   */
  readonly alarmEmails?: readonly string[];
  /**
   * HTTPS URLs, SQS queue ARNs or Lambda function ARNs subscribed to the alarm topic.
   * @default []
   */
  readonly alarmEndpoints?: readonly string[];
  /**
   * @default 365
   */
  readonly logRetentionInDays?: number;
  /**
   * Patch Manager baseline, patch group and weekly maintenance window.
   * @default true
   */
  readonly patching?: boolean;
  /**
   * @default 7
   */
  readonly patchApproveAfterDays?: number;
  /**
   * When patching runs (AWS cron, UTC).
   * @default 'cron(0 3 ? * SUN *)'
   */
  readonly patchingSchedule?: string;
}

/**
 * Operations of one region: the encrypted alarm topic, patching of the application instances and, once the monitored
 * resources are known (`monitor`), their alarms and the region's dashboard.
 */
export class RegionalOperations extends Construct {
  public readonly topic: AlarmTopic;
  public readonly patching?: PatchManagement;
  public alarms?: WorkloadAlarms;
  public dashboard?: RegionalDashboard;

  constructor(scope: Construct, id: string, private readonly props: RegionalOperationsProps) {
    super(scope, id);
    this.topic = new AlarmTopic(this, 'alarm-topic', {
      topicName: `${props.namePrefix}-alarms`,
      accountId: props.accountId,
      region: props.region,
      kmsKeyArn: props.kmsKeyArn,
      emailSubscriptions: props.alarmEmails,
      endpointSubscriptions: props.alarmEndpoints,
    });
    if (props.patching ?? true) {
      const logs = new EncryptedLogGroup(this, 'patching-logs', {
        name: `/platform/${props.namePrefix}/patching`,
        kmsKeyArn: props.logsKmsKeyArn ?? props.kmsKeyArn,
        retentionInDays: props.logRetentionInDays,
      });
      this.patching = new PatchManagement(this, 'patching', {
        namePrefix: props.namePrefix,
        approveAfterDays: props.patchApproveAfterDays,
        schedule: props.patchingSchedule,
        logGroupName: logs.name,
      });
    }
  }

  /** Tags that put the application instances under this region's patching. */
  public get instanceTags(): Record<string, string> {
    return this.patching?.instanceTags ?? {};
  }

  /** Adds the alarms and the dashboard of the region's resources; call once. */
  public monitor(resources: MonitoredResources): void {
    if (this.alarms) throw new Error(`RegionalOperations ${this.props.namePrefix}: monitor() was already called`);
    this.alarms = new WorkloadAlarms(this, 'alarms', { namePrefix: this.props.namePrefix, topicArn: this.topic.arn, ...resources });
    this.dashboard = new RegionalDashboard(this, 'dashboard', { dashboardName: this.props.namePrefix, region: this.props.region, ...resources });
  }
}
