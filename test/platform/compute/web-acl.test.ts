import { onlyResource, synthJson, testStack } from './test-stack';
import { DEFAULT_MANAGED_RULE_GROUPS, WebApplicationFirewall, WebApplicationFirewallProps } from '../../../templates/platform/compute/web-acl';

function synth(overrides: Partial<WebApplicationFirewallProps> = {}) {
  const stack = testStack();
  new WebApplicationFirewall(stack, 'waf', { namePrefix: 'p-prod-us-east-1', resourceArn: 'arn:alb', kmsKeyArn: 'arn:kms', ...overrides });
  return synthJson(stack);
}

describe('WebApplicationFirewall', () => {
  const json = synth();
  const acl = onlyResource(json, 'aws_wafv2_web_acl');

  test('is a regional ACL that allows by default after its rules', () => {
    expect(acl.scope).toBe('REGIONAL');
    expect(acl.default_action).toEqual({ allow: {} });
  });

  test('rate-limits each client IP first', () => {
    expect(acl.rule[0]).toMatchObject({
      name: 'rate-limit-per-ip',
      priority: 0,
      action: { block: {} },
      statement: { rate_based_statement: { limit: 2000, aggregate_key_type: 'IP' } },
    });
  });

  test('evaluates the AWS managed rule groups without overriding their actions', () => {
    const managed = acl.rule.slice(1);
    expect(managed.map((r: any) => r.statement.managed_rule_group_statement.name)).toEqual([
      'AWSManagedRulesAmazonIpReputationList',
      'AWSManagedRulesCommonRuleSet',
      'AWSManagedRulesKnownBadInputsRuleSet',
      'AWSManagedRulesSQLiRuleSet',
    ]);
    expect(managed.every((r: any) => JSON.stringify(r.override_action) === '{"none":{}}')).toBe(true);
    expect(new Set(acl.rule.map((r: any) => r.priority)).size).toBe(acl.rule.length);
    expect(acl.rule.every((r: any) => r.visibility_config.cloudwatch_metrics_enabled && r.visibility_config.sampled_requests_enabled)).toBe(true);
  });

  test('logs to an encrypted aws-waf-logs- group, redacting credentials', () => {
    expect(onlyResource(json, 'aws_cloudwatch_log_group')).toMatchObject({ name: 'aws-waf-logs-p-prod-us-east-1', kms_key_id: 'arn:kms' });
    const logging = onlyResource(json, 'aws_wafv2_web_acl_logging_configuration');
    expect(logging.log_destination_configs).toEqual([expect.stringMatching(/^\$\{aws_cloudwatch_log_group\..*\.arn\}$/)]);
    expect(logging.redacted_fields.map((f: any) => f.single_header.name)).toEqual(['authorization', 'cookie']);
  });

  test('is associated with the load balancer', () => {
    expect(onlyResource(json, 'aws_wafv2_web_acl_association').resource_arn).toBe('arn:alb');
  });

  test('single rules of a group can be set to count', () => {
    const custom = onlyResource(
      synth({ managedRuleGroups: [{ ...DEFAULT_MANAGED_RULE_GROUPS[1], countOnlyRules: ['SizeRestrictions_BODY'] }], rateLimitPer5Minutes: 500 }),
      'aws_wafv2_web_acl',
    );
    expect(custom.rule[0].statement.rate_based_statement.limit).toBe(500);
    expect(custom.rule[1].statement.managed_rule_group_statement.rule_action_override).toEqual([
      { name: 'SizeRestrictions_BODY', action_to_use: { count: {} } },
    ]);
  });

  test('rejects rate limits below the WAF minimum', () => {
    expect(() => synth({ rateLimitPer5Minutes: 5 })).toThrow(/at least 10/);
  });
});
