import { CloudwatchDashboard } from '@cdktf/provider-aws/lib/cloudwatch-dashboard';
import { Construct } from 'constructs';
import { WorkloadAlarmsProps } from './workload-alarms';

export interface RegionalDashboardProps
  extends Pick<WorkloadAlarmsProps, 'loadBalancer' | 'autoScalingGroup' | 'database' | 'readReplica' | 'dynamodbTable'> {
  /** Dashboard name, e.g. `payments-prod-us-east-1`. */
  readonly dashboardName: string;
  /** Region of the metrics. */
  readonly region: string;
}

type Metric = (string | Record<string, unknown>)[];

interface Widget {
  readonly title: string;
  readonly metrics: Metric[];
  readonly stat?: string;
}

/** A CloudWatch dashboard of one regional stack, with a graph per concern of the resources it is given. */
export class RegionalDashboard extends Construct {
  public readonly dashboard: CloudwatchDashboard;
  /** The dashboard body before it is serialized. */
  public readonly body: { widgets: Record<string, unknown>[] };

  constructor(scope: Construct, id: string, props: RegionalDashboardProps) {
    super(scope, id);
    const widgets: Widget[] = [];
    if (props.loadBalancer) {
      const lb = props.loadBalancer.loadBalancerArnSuffix;
      widgets.push(
        { title: 'Requests', stat: 'Sum', metrics: [['AWS/ApplicationELB', 'RequestCount', 'LoadBalancer', lb]] },
        {
          title: '5xx responses',
          stat: 'Sum',
          metrics: [
            ['AWS/ApplicationELB', 'HTTPCode_ELB_5XX_Count', 'LoadBalancer', lb],
            ['AWS/ApplicationELB', 'HTTPCode_Target_5XX_Count', 'LoadBalancer', lb],
          ],
        },
        {
          title: 'Target response time (p95)',
          stat: 'p95',
          metrics: [['AWS/ApplicationELB', 'TargetResponseTime', 'LoadBalancer', lb]],
        },
        {
          title: 'Target health',
          stat: 'Maximum',
          metrics: ['HealthyHostCount', 'UnHealthyHostCount'].map((m) => [
            'AWS/ApplicationELB', m, 'TargetGroup', props.loadBalancer!.targetGroupArnSuffix, 'LoadBalancer', lb,
          ]),
        },
      );
    }
    if (props.autoScalingGroup) {
      const asg = props.autoScalingGroup.name;
      widgets.push(
        {
          title: 'Instances',
          stat: 'Average',
          metrics: ['GroupInServiceInstances', 'GroupDesiredCapacity'].map((m) => ['AWS/AutoScaling', m, 'AutoScalingGroupName', asg]),
        },
        {
          title: 'Instance CPU and memory',
          stat: 'Average',
          metrics: [
            ['AWS/EC2', 'CPUUtilization', 'AutoScalingGroupName', asg],
            ['CWAgent', 'mem_used_percent', 'AutoScalingGroupName', asg],
          ],
        },
      );
    }
    for (const db of [props.database, props.readReplica]) {
      if (!db) continue;
      widgets.push(
        {
          title: `${db.identifier}: CPU`,
          stat: 'Average',
          metrics: [['AWS/RDS', 'CPUUtilization', 'DBInstanceIdentifier', db.identifier]],
        },
        {
          title: `${db.identifier}: connections and free storage`,
          stat: 'Average',
          metrics: [
            ['AWS/RDS', 'DatabaseConnections', 'DBInstanceIdentifier', db.identifier],
            ['AWS/RDS', 'FreeStorageSpace', 'DBInstanceIdentifier', db.identifier, { yAxis: 'right' }],
          ],
        },
      );
    }
    if (props.readReplica) {
      widgets.push({
        title: 'Replica lag (seconds)',
        stat: 'Maximum',
        metrics: [['AWS/RDS', 'ReplicaLag', 'DBInstanceIdentifier', props.readReplica.identifier]],
      });
    }
    if (props.dynamodbTable) {
      const table = props.dynamodbTable.tableName;
      widgets.push(
        {
          title: 'DynamoDB capacity',
          stat: 'Sum',
          metrics: ['ConsumedReadCapacityUnits', 'ConsumedWriteCapacityUnits'].map((m) => ['AWS/DynamoDB', m, 'TableName', table]),
        },
        {
          title: 'DynamoDB throttles',
          stat: 'Sum',
          metrics: ['ReadThrottleEvents', 'WriteThrottleEvents'].map((m) => ['AWS/DynamoDB', m, 'TableName', table]),
        },
      );
    }
    if (widgets.length === 0) {
      widgets.push({ title: 'No workload in this region', metrics: [] });
    }

    this.body = {
      widgets: widgets.map((w, i) =>
        w.metrics.length === 0
          ? { type: 'text', x: 0, y: 0, width: 24, height: 2, properties: { markdown: `## ${w.title}` } }
          : {
            type: 'metric',
            x: (i % 2) * 12,
            y: Math.floor(i / 2) * 6,
            width: 12,
            height: 6,
            properties: { title: w.title, region: props.region, view: 'timeSeries', stat: w.stat, period: 300, metrics: w.metrics },
          },
      ),
    };
    this.dashboard = new CloudwatchDashboard(this, 'dashboard', {
      dashboardName: props.dashboardName,
      dashboardBody: JSON.stringify(this.body),
    });
  }
}
