import { CloudwatchEventRule } from '@cdktf/provider-aws/lib/cloudwatch-event-rule';
import { CloudwatchEventTarget } from '@cdktf/provider-aws/lib/cloudwatch-event-target';
import { Construct } from 'constructs';
import { boundedName } from '../compute/bounded-name';

/** Which findings a region routes to its topic. */
export type SecurityFindingSource = 'guardDuty' | 'config' | 'securityHub';

/**
 * EventBridge patterns of the findings worth a notification. GuardDuty: high and critical findings (severity ≥ 7).
 * Config: a rule evaluation turning NON_COMPLIANT. Security Hub: new, active high and critical findings that are not
 * GuardDuty's or Config's (those arrive through their own rules, once per region), aggregated from every region into
 * the aggregation region.
 */
export const SECURITY_FINDING_PATTERNS: Readonly<Record<SecurityFindingSource, object>> = {
  guardDuty: {
    'source': ['aws.guardduty'],
    'detail-type': ['GuardDuty Finding'],
    'detail': { severity: [{ numeric: ['>=', 7] }] },
  },
  config: {
    'source': ['aws.config'],
    'detail-type': ['Config Rules Compliance Change'],
    'detail': { messageType: ['ComplianceChangeNotification'], newEvaluationResult: { complianceType: ['NON_COMPLIANT'] } },
  },
  securityHub: {
    'source': ['aws.securityhub'],
    'detail-type': ['Security Hub Findings - Imported'],
    'detail': {
      findings: {
        ProductName: [{ 'anything-but': ['GuardDuty', 'Config'] }],
        Severity: { Label: ['HIGH', 'CRITICAL'] },
        Workflow: { Status: ['NEW'] },
        RecordState: ['ACTIVE'],
      },
    },
  },
};

const RULE_SUFFIX: Readonly<Record<SecurityFindingSource, string>> = {
  guardDuty: 'guardduty-findings',
  config: 'config-noncompliant',
  securityHub: 'securityhub-findings',
};

export interface SecurityFindingRoutesProps {
  /** Prefix of the rule names, e.g. `payments-prod-us-east-1`. */
  readonly namePrefix: string;
  /** SNS topic of the same region; its policy must let `events.amazonaws.com` publish and its key let EventBridge use it. */
  readonly topicArn: string;
  readonly sources: readonly SecurityFindingSource[];
}

/** EventBridge rules that send security findings of the region to an encrypted topic, so that they reach someone. */
export class SecurityFindingRoutes extends Construct {
  public readonly rules: Partial<Record<SecurityFindingSource, CloudwatchEventRule>> = {};

  constructor(scope: Construct, id: string, props: SecurityFindingRoutesProps) {
    super(scope, id);
    for (const source of new Set(props.sources)) {
      const rule = new CloudwatchEventRule(this, source, {
        name: boundedName(`${props.namePrefix}-${RULE_SUFFIX[source]}`, 64),
        description: `Routes ${RULE_SUFFIX[source].replace('-', ' ')} to ${props.topicArn.split(':').pop()}`,
        eventPattern: JSON.stringify(SECURITY_FINDING_PATTERNS[source]),
      });
      new CloudwatchEventTarget(this, `${source}-target`, { rule: rule.name, arn: props.topicArn, targetId: 'security-topic' });
      this.rules[source] = rule;
    }
  }
}
