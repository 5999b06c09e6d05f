import { AlarmTopic } from '../../../templates/platform/operations/alarm-topic';
import { CostBudget, CostBudgetProps } from '../../../templates/platform/operations/cost-budget';
import { EncryptedLogGroup } from '../../../templates/platform/operations/log-group';
import { onlyResource, resourcesOf, synthJson, testStack } from '../compute/test-stack';

describe('AlarmTopic', () => {
  const stack = testStack();
  new AlarmTopic(stack, 'alarms', {
    topicName: 'payments-prod-alarms',
    accountId: '222222222222',
    kmsKeyArn: 'arn:kms',
    emailSubscriptions: ['oncall@example.com'],
  });
  const json = synthJson(stack);
  const statements = (Object.values(json.data.aws_iam_policy_document)[0] as any).statement;

  test('is encrypted with the customer-managed key', () => {
    expect(onlyResource(json, 'aws_sns_topic')).toMatchObject({ name: 'payments-prod-alarms', kms_master_key_id: 'arn:kms' });
  });

  test('lets only CloudWatch, Budgets and EventBridge publish, on behalf of this account', () => {
    const publish = statements.find((s: any) => s.sid === 'AllowAccountServicesToPublish');
    expect(publish.actions).toEqual(['sns:Publish']);
    expect(publish.principals).toEqual([{ type: 'Service', identifiers: ['cloudwatch.amazonaws.com', 'budgets.amazonaws.com', 'events.amazonaws.com'] }]);
    expect(publish.condition).toEqual([{ test: 'StringEquals', variable: 'aws:SourceAccount', values: ['222222222222'] }]);
    expect(statements.filter((s: any) => s.effect === 'Allow').every((s: any) => !JSON.stringify(s.principals).includes('"*"'))).toBe(true);
  });

  test('denies publishing and subscribing without TLS', () => {
    const deny = statements.find((s: any) => s.effect === 'Deny');
    expect(deny.condition).toEqual([{ test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] }]);
  });

  test('subscribes the given email addresses', () => {
    expect(onlyResource(json, 'aws_sns_topic_subscription')).toMatchObject({ protocol: 'email', endpoint: 'oncall@example.com' });
    expect(onlyResource(json, 'aws_sns_topic_policy').policy).toMatch(/^\$\{data\.aws_iam_policy_document\..*\.json\}$/);
  });
});

describe('CostBudget', () => {
  function synth(overrides: Partial<CostBudgetProps> = {}) {
    const stack = testStack();
    new CostBudget(stack, 'budget', { budgetName: 'payments-prod-monthly', accountId: '222222222222', monthlyLimitUsd: 500, topicArn: 'arn:topic', ...overrides });
    return onlyResource(synthJson(stack), 'aws_budgets_budget');
  }

  test('alerts the topic at 80% and 100% of actual and 100% of forecast monthly cost', () => {
    const budget = synth({ emailAddresses: ['finops@example.com'] });
    expect(budget).toMatchObject({ budget_type: 'COST', time_unit: 'MONTHLY', limit_amount: '500.00', limit_unit: 'USD', account_id: '222222222222' });
    expect(budget.notification.map((n: any) => [n.notification_type, n.threshold])).toEqual([['ACTUAL', 80], ['ACTUAL', 100], ['FORECASTED', 100]]);
    for (const n of budget.notification) {
      expect(n.subscriber_sns_topic_arns).toEqual(['arn:topic']);
      expect(n.subscriber_email_addresses).toEqual(['finops@example.com']);
    }
  });

  test('can be scoped to cost allocation tags', () => {
    expect(synth({ costAllocationTags: { Project: 'payments' } }).cost_filter).toEqual([{ name: 'TagKeyValue', values: ['user:Project$payments'] }]);
  });

  test('refuses a budget nobody hears about or without a limit', () => {
    expect(() => synth({ topicArn: undefined })).toThrow(/nobody hears the alerts/);
    expect(() => synth({ monthlyLimitUsd: 0 })).toThrow(/greater than 0/);
  });
});

describe('EncryptedLogGroup', () => {
  test('encrypts with the key and keeps events for the profile retention', () => {
    const stack = testStack();
    new EncryptedLogGroup(stack, 'logs', { name: '/platform/x', kmsKeyArn: 'arn:kms', retentionInDays: 30 });
    expect(onlyResource(synthJson(stack), 'aws_cloudwatch_log_group')).toEqual({
      name: '/platform/x',
      kms_key_id: 'arn:kms',
      retention_in_days: 30,
      skip_destroy: false,
    });
    expect(resourcesOf(synthJson(stack), 'aws_kms_key')).toEqual({});
  });

  test('keeps a year by default and accepts only retentions CloudWatch Logs knows', () => {
    const stack = testStack();
    new EncryptedLogGroup(stack, 'logs', { name: '/platform/x', kmsKeyArn: 'arn:kms' });
    expect(onlyResource(synthJson(stack), 'aws_cloudwatch_log_group').retention_in_days).toBe(365);
    expect(() => new EncryptedLogGroup(testStack(), 'l', { name: 'x', kmsKeyArn: 'k', retentionInDays: 42 })).toThrow(/not accepted by CloudWatch Logs/);
  });
});

describe('AlarmTopic endpoint subscriptions', () => {
  const stack = testStack();
  new AlarmTopic(stack, 'alarms', {
    topicName: 'payments-prod-alarms',
    accountId: '222222222222',
    kmsKeyArn: 'arn:kms',
    endpointSubscriptions: ['https://events.example.com/hook', 'arn:aws:sqs:us-east-1:222222222222:alarms', 'arn:aws:lambda:us-east-1:222222222222:function:notify'],
  });
  const json = synthJson(stack);

  test('each endpoint is subscribed with the protocol its value names', () => {
    const subscriptions = (Object.values(resourcesOf(json, 'aws_sns_topic_subscription')) as any[]).map((s) => [s.protocol, s.endpoint]);
    expect(subscriptions).toEqual([
      ['https', 'https://events.example.com/hook'],
      ['sqs', 'arn:aws:sqs:us-east-1:222222222222:alarms'],
      ['lambda', 'arn:aws:lambda:us-east-1:222222222222:function:notify'],
    ]);
  });

  test('an endpoint of no known protocol fails at synth', () => {
    expect(() => new AlarmTopic(testStack(), 'bad', { topicName: 't', accountId: '222222222222', kmsKeyArn: 'arn:kms', endpointSubscriptions: ['http://x'] })).toThrow(
      /http:\/\/x is not an HTTPS URL/,
    );
  });
});
