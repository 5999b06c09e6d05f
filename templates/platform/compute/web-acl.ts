import { Wafv2WebAcl, Wafv2WebAclRule } from '@cdktf/provider-aws/lib/wafv2-web-acl';
import { Wafv2WebAclAssociation } from '@cdktf/provider-aws/lib/wafv2-web-acl-association';
import { Wafv2WebAclLoggingConfiguration } from '@cdktf/provider-aws/lib/wafv2-web-acl-logging-configuration';
import { Construct } from 'constructs';
import { EncryptedLogGroup } from '../operations/log-group';

/** An AWS managed rule group evaluated by the web ACL. */
export interface ManagedRuleGroup {
  /** e.g. `AWSManagedRulesCommonRuleSet`. */
  readonly name: string;
  /**
   * @default 'AWS'
   */
  readonly vendorName?: string;
  /**
   * Rules of the group that only count instead of blocking (for false positives, such as `SizeRestrictions_BODY`).
   * @default []
   */
  readonly countOnlyRules?: readonly string[];
}

/** Core rule set, known bad inputs (Log4Shell…), Amazon IP reputation list and SQL injection. */
export const DEFAULT_MANAGED_RULE_GROUPS: readonly ManagedRuleGroup[] = [
  { name: 'AWSManagedRulesAmazonIpReputationList' },
  { name: 'AWSManagedRulesCommonRuleSet' },
  { name: 'AWSManagedRulesKnownBadInputsRuleSet' },
  { name: 'AWSManagedRulesSQLiRuleSet' },
];

export interface WebApplicationFirewallProps {
  /** Prefix of the web ACL, metric and log group names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** ARN of the load balancer to protect. */
  readonly resourceArn: string;
  /** Customer-managed key that encrypts the WAF log group. */
  readonly kmsKeyArn: string;
  /**
   * Retention of the WAF logs.
   * @default 365
   */
  readonly logRetentionInDays?: number;
  /**
   * Managed rule groups, evaluated in this order after the rate limit.
   * @default DEFAULT_MANAGED_RULE_GROUPS
   */
  readonly managedRuleGroups?: readonly ManagedRuleGroup[];
  /**
   * Requests per client IP in any 5-minute window before that IP is blocked.
   * @default 2000
   */
  readonly rateLimitPer5Minutes?: number;
  /**
   * Request headers whose values never reach the logs.
   * @default ['authorization', 'cookie']
   */
  readonly redactedHeaders?: readonly string[];
}

/**
 * A regional WAFv2 web ACL in front of the load balancer: a per-IP rate limit, AWS managed rule groups, CloudWatch
 * metrics and sampled requests for every rule, and logging to a KMS-encrypted log group with credentials redacted.
 */
export class WebApplicationFirewall extends Construct {
  public readonly webAcl: Wafv2WebAcl;
  public readonly logGroup: EncryptedLogGroup;

  constructor(scope: Construct, id: string, props: WebApplicationFirewallProps) {
    super(scope, id);
    const rateLimit = props.rateLimitPer5Minutes ?? 2000;
    if (rateLimit < 10) {
      throw new Error(`WebApplicationFirewall ${props.namePrefix}: rateLimitPer5Minutes must be at least 10 (WAF's minimum), got ${rateLimit}`);
    }
    const metricPrefix = props.namePrefix.replace(/[^A-Za-z0-9]/g, '');
    const visibility = (name: string) => ({
      cloudwatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${metricPrefix}-${name}`,
    });

    const rules: Wafv2WebAclRule[] = [
      {
        name: 'rate-limit-per-ip',
        priority: 0,
        action: { block: {} },
        statement: { rate_based_statement: { limit: rateLimit, aggregate_key_type: 'IP', evaluation_window_sec: 300 } },
        visibilityConfig: visibility('rate-limit-per-ip'),
      },
      ...(props.managedRuleGroups ?? DEFAULT_MANAGED_RULE_GROUPS).map((group, i) => ({
        name: group.name,
        priority: i + 1,
        overrideAction: { none: {} },
        statement: {
          managed_rule_group_statement: {
            name: group.name,
            vendor_name: group.vendorName ?? 'AWS',
            ...(group.countOnlyRules?.length
              ? { rule_action_override: group.countOnlyRules.map((rule) => ({ name: rule, action_to_use: { count: {} } })) }
              : {}),
          },
        },
        visibilityConfig: visibility(group.name),
      })),
    ];

    this.webAcl = new Wafv2WebAcl(this, 'web-acl', {
      name: `${props.namePrefix}-web`,
      description: 'Rate limit and AWS managed rules in front of the application load balancer',
      scope: 'REGIONAL',
      defaultAction: { allow: {} },
      rule: rules,
      visibilityConfig: visibility('web-acl'),
      tags: { Name: `${props.namePrefix}-web` },
    });

    new Wafv2WebAclAssociation(this, 'association', {
      resourceArn: props.resourceArn,
      webAclArn: this.webAcl.arn,
    });

    // WAF only delivers to log groups whose name starts with `aws-waf-logs-`.
    this.logGroup = new EncryptedLogGroup(this, 'logs', {
      name: `aws-waf-logs-${props.namePrefix}`,
      kmsKeyArn: props.kmsKeyArn,
      retentionInDays: props.logRetentionInDays,
    });
    new Wafv2WebAclLoggingConfiguration(this, 'logging', {
      resourceArn: this.webAcl.arn,
      logDestinationConfigs: [this.logGroup.arn],
      redactedFields: (props.redactedHeaders ?? ['authorization', 'cookie']).map((name) => ({ singleHeader: { name: name.toLowerCase() } })),
    });
  }
}
