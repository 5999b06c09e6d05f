import { App, TerraformStack, Testing } from 'cdktf';
import { SECURITY_FINDING_PATTERNS, SecurityFindingRoutes } from '../../../templates/platform/audit/security-finding-routes';
import { buildPlatform } from '../../../templates/platform/platform';
import { resourcesOf, synthJson, testStack } from '../compute/test-stack';
import { settingsFixture } from '../settings-fixture';

describe('SecurityFindingRoutes', () => {
  const stack = testStack('us-east-1');
  const topicArn = 'arn:aws:sns:us-east-1:222222222222:payments-prod-security-alarms';
  new SecurityFindingRoutes(stack, 'routes', { namePrefix: 'payments-prod', topicArn, sources: ['guardDuty', 'config', 'securityHub'] });
  const json = synthJson(stack);

  test('one rule per source, each with the topic as its target', () => {
    const rules = Object.values(resourcesOf(json, 'aws_cloudwatch_event_rule')) as any[];
    expect(rules.map((r) => r.name).sort()).toEqual(['payments-prod-config-noncompliant', 'payments-prod-guardduty-findings', 'payments-prod-securityhub-findings']);
    const targets = Object.values(resourcesOf(json, 'aws_cloudwatch_event_target')) as any[];
    expect(targets).toHaveLength(3);
    for (const target of targets) expect(target.arn).toBe(topicArn);
  });

  test('patterns: GuardDuty severity ≥ 7, Config turning NON_COMPLIANT, Security Hub high/critical not already routed', () => {
    const patterns = (Object.values(resourcesOf(json, 'aws_cloudwatch_event_rule')) as any[]).map((r) => JSON.parse(r.event_pattern));
    expect(patterns).toContainEqual(SECURITY_FINDING_PATTERNS.guardDuty);
    expect((SECURITY_FINDING_PATTERNS.guardDuty as any).detail.severity).toEqual([{ numeric: ['>=', 7] }]);
    expect((SECURITY_FINDING_PATTERNS.config as any).detail.newEvaluationResult.complianceType).toEqual(['NON_COMPLIANT']);
    expect((SECURITY_FINDING_PATTERNS.securityHub as any).detail.findings.ProductName).toEqual([{ 'anything-but': ['GuardDuty', 'Config'] }]);
  });
});

describe('findings reach a topic in every stack that detects', () => {
  const settings = settingsFixture();
  const prod = settings.environments.find((e) => e.name === 'prod')!;
  const app = Testing.app();
  buildPlatform(app as App, { ...settings, environments: [prod] });
  const accountJson = synthJson(app.node.findChild('prod-account') as TerraformStack);
  const regionalJson = synthJson(app.node.findChild('prod-us-west-2') as TerraformStack);

  test('the account stack routes Security Hub\'s aggregated findings to the security topic', () => {
    const rules = Object.values(resourcesOf(accountJson, 'aws_cloudwatch_event_rule')) as any[];
    expect(rules.map((r) => r.name)).toEqual(['payments-prod-security-securityhub-findings']);
    const target = Object.values(resourcesOf(accountJson, 'aws_cloudwatch_event_target'))[0] as any;
    expect(target.arn).toMatch(/aws_sns_topic\.audit_security-topic_[0-9A-F]+\.arn/);
  });

  test('each regional stack routes its GuardDuty findings and Config compliance changes to its alarm topic', () => {
    const rules = Object.values(resourcesOf(regionalJson, 'aws_cloudwatch_event_rule')) as any[];
    expect(rules.map((r) => r.name).sort()).toEqual(['payments-prod-us-west-2-config-noncompliant', 'payments-prod-us-west-2-guardduty-findings']);
    for (const target of Object.values(resourcesOf(regionalJson, 'aws_cloudwatch_event_target')) as any[]) {
      expect(target.arn).toMatch(/aws_sns_topic\.workloads_operations_alarm-topic_[0-9A-F]+\.arn/);
    }
  });

  test('the topics let EventBridge publish and their keys let it encrypt without a condition it cannot meet', () => {
    const topicPolicies = Object.values(regionalJson.data.aws_iam_policy_document) as any[];
    const publish = topicPolicies.flatMap((d) => d.statement).find((s: any) => s.sid === 'AllowAccountServicesToPublish');
    expect(publish.principals[0].identifiers).toContain('events.amazonaws.com');
    const keys = Object.values(resourcesOf(regionalJson, 'aws_kms_key')) as any[];
    const sns = keys.map((k) => JSON.parse(k.policy)).find((p) => p.Statement.some((s: any) => s.Principal.Service === 'events.amazonaws.com'));
    expect(sns.Statement.find((s: any) => s.Principal.Service === 'events.amazonaws.com').Condition).toBeUndefined();
  });
});
