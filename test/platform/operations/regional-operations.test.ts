import { RegionalOperations } from '../../../templates/platform/operations/regional-operations';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

describe('RegionalOperations', () => {
  test('creates the encrypted topic and patching with an encrypted log group, then monitors what it is given', () => {
    const stack = testStack();
    const operations = new RegionalOperations(stack, 'ops', { namePrefix: 'p-dev-us-east-1', accountId: '111111111111', region: 'us-east-1', kmsKeyArn: 'arn:kms', logRetentionInDays: 30 });
    expect(operations.instanceTags).toEqual({ PatchGroup: 'p-dev-us-east-1-app' });
    operations.monitor({ dynamodbTable: { tableName: 'p-dev-app' } });
    expect(() => operations.monitor({})).toThrow(/already called/);
    const json = synthJson(stack);
    expect(onlyResource(json, 'aws_sns_topic')).toMatchObject({ name: 'p-dev-us-east-1-alarms', kms_master_key_id: 'arn:kms' });
    expect(onlyResource(json, 'aws_cloudwatch_log_group')).toMatchObject({ name: '/platform/p-dev-us-east-1/patching', kms_key_id: 'arn:kms', retention_in_days: 30 });
    const alarms = Object.values(resourcesOf(json, 'aws_cloudwatch_metric_alarm')) as any[];
    expect(alarms).toHaveLength(2);
    for (const alarm of alarms) expect(alarm.alarm_actions).toEqual([expect.stringMatching(/^\$\{aws_sns_topic\..*\.arn\}$/)]);
    expect(onlyResource(json, 'aws_cloudwatch_dashboard').dashboard_name).toBe('p-dev-us-east-1');
  });

  test('patching can be switched off', () => {
    const stack = testStack();
    const operations = new RegionalOperations(stack, 'ops', { namePrefix: 'x', accountId: '111111111111', region: 'us-east-1', kmsKeyArn: 'k', patching: false });
    expect(operations.instanceTags).toEqual({});
    expect(resourcesOf(synthJson(stack), 'aws_ssm_maintenance_window')).toEqual({});
  });
});
