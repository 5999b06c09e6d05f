import { RegionalDashboard } from '../../../templates/platform/operations/regional-dashboard';
import { DYNAMODB_OPERATIONS, WorkloadAlarms, WorkloadAlarmsProps } from '../../../templates/platform/operations/workload-alarms';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

const TARGETS: Omit<WorkloadAlarmsProps, 'namePrefix' | 'topicArn'> = {
  loadBalancer: { loadBalancerArnSuffix: 'app/p/123', targetGroupArnSuffix: 'targetgroup/p-app/456' },
  autoScalingGroup: { name: 'p-app', minSize: 2 },
  database: { identifier: 'p-db', allocatedStorageGb: 20 },
  readReplica: { identifier: 'p-db-replica' },
  dynamodbTable: { tableName: 'p-app' },
};

describe('WorkloadAlarms', () => {
  const stack = testStack();
  new WorkloadAlarms(stack, 'alarms', { namePrefix: 'p-prod-us-east-1', topicArn: 'arn:topic', ...TARGETS });
  const json = synthJson(stack);
  const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm')) as any[];
  const byName = (name: string) => alarms.find((a) => a.alarm_name === `p-prod-us-east-1-${name}`);

  test('covers the load balancer, the group, the database, the replica and the table', () => {
    expect(alarms.map((a) => a.alarm_name.replace('p-prod-us-east-1-', '')).sort()).toEqual([
      'alb-5xx',
      'asg-in-service',
      'db-cpu',
      'db-free-storage',
      'dynamodb-system-errors',
      'dynamodb-throttles',
      'replica-cpu',
      'replica-lag',
      'target-5xx',
      'unhealthy-hosts',
    ]);
  });

  test('notify the topic on alarm and on recovery', () => {
    for (const alarm of alarms) {
      expect(alarm.alarm_actions).toEqual(['arn:topic']);
      expect(alarm.ok_actions).toEqual(['arn:topic']);
    }
  });

  test('watch the right metrics with meaningful thresholds', () => {
    expect(byName('alb-5xx')).toMatchObject({ metric_name: 'HTTPCode_ELB_5XX_Count', dimensions: { LoadBalancer: 'app/p/123' }, threshold: 10 });
    expect(byName('unhealthy-hosts')).toMatchObject({ metric_name: 'UnHealthyHostCount', comparison_operator: 'GreaterThanThreshold', threshold: 0 });
    expect(byName('asg-in-service')).toMatchObject({ metric_name: 'GroupInServiceInstances', comparison_operator: 'LessThanThreshold', threshold: 2, treat_missing_data: 'breaching' });
    expect(byName('db-free-storage')).toMatchObject({ metric_name: 'FreeStorageSpace', threshold: 2147483648 });
    expect(byName('replica-lag')).toMatchObject({ metric_name: 'ReplicaLag', dimensions: { DBInstanceIdentifier: 'p-db-replica' }, threshold: 300 });
  });

  test('sum DynamoDB system errors over the operations within the alarm\'s ten metrics', () => {
    const errors = byName('dynamodb-system-errors');
    expect(errors.metric_query).toHaveLength(DYNAMODB_OPERATIONS.length + 1);
    expect(errors.metric_query.length).toBeLessThanOrEqual(10);
    expect(errors.metric_query.filter((q: any) => q.return_data)).toEqual([expect.objectContaining({ id: 'errors' })]);
  });

  // Arithmetic on a missing data point has no value: without FILL, throttled reads alone never reach the threshold.
  test('DynamoDB throttles alarm on reads alone, writes alone, or both', () => {
    const throttles = byName('dynamodb-throttles');
    const result = throttles.metric_query.find((q: any) => q.return_data);
    expect(result.expression).toBe('FILL(reads, 0) + FILL(writes, 0)');
    expect(throttles.metric_query.filter((q: any) => !q.return_data).map((q: any) => q.metric.metric_name)).toEqual(['ReadThrottleEvents', 'WriteThrottleEvents']);
  });

  test('only alarm on what they are given', () => {
    const small = testStack();
    new WorkloadAlarms(small, 'alarms', { namePrefix: 'x', topicArn: 'arn:topic', dynamodbTable: { tableName: 't' } });
    expect(Object.keys(resourcesOf(synthJson(small), 'aws_cloudwatch_metric_alarm'))).toHaveLength(2);
  });
});

describe('RegionalDashboard', () => {
  test('has a widget per concern of the given resources, in the stack region', () => {
    const stack = testStack();
    const dashboard = new RegionalDashboard(stack, 'dashboard', { dashboardName: 'p-prod-us-east-1', region: 'us-east-1', ...TARGETS });
    const resource = onlyResource(synthJson(stack), 'aws_cloudwatch_dashboard');
    expect(resource.dashboard_name).toBe('p-prod-us-east-1');
    const body = JSON.parse(resource.dashboard_body);
    expect(body).toEqual(dashboard.body);
    const titles = body.widgets.map((w: any) => w.properties.title);
    expect(titles).toEqual(expect.arrayContaining(['Requests', '5xx responses', 'Instances', 'p-db: CPU', 'Replica lag (seconds)', 'DynamoDB throttles']));
    expect(body.widgets.every((w: any) => w.properties.region === 'us-east-1')).toBe(true);
  });

  test('stays valid without any workload', () => {
    const stack = testStack();
    new RegionalDashboard(stack, 'dashboard', { dashboardName: 'empty', region: 'us-east-1' });
    const body = JSON.parse(onlyResource(synthJson(stack), 'aws_cloudwatch_dashboard').dashboard_body);
    expect(body.widgets).toEqual([expect.objectContaining({ type: 'text' })]);
  });
});
