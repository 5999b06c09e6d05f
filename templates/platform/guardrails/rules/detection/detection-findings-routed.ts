import type { ResourceNode } from '../../app-model';
import type { ResourceRule } from '../../model';

/** The EventBridge source whose findings a detector's stack must route. */
const SOURCE_OF: Readonly<Record<string, string>> = {
  aws_guardduty_detector: 'aws.guardduty',
  aws_config_configuration_recorder: 'aws.config',
};

function sources(rule: ResourceNode): string[] {
  try {
    const pattern = JSON.parse(String(rule.values.event_pattern));
    return Array.isArray(pattern.source) ? pattern.source : [];
  } catch {
    return [];
  }
}

export const rule: ResourceRule = {
  id: 'detection-findings-routed',
  title: 'Security findings reach an SNS topic',
  severity: 'high',
  rationale:
    'A finding nobody reads detects nothing. A stack with a GuardDuty detector or a Config recorder must have an EventBridge rule on that service\'s events (aws.guardduty, aws.config) whose target is an SNS topic (EventBridge cannot target a topic of another region).',
  references: {},
  scope: 'resource',
  resourceTypes: Object.keys(SOURCE_OF),
  check(detector, { graph }) {
    const source = SOURCE_OF[detector.type];
    const routed = graph
      .ofType(detector.stack, 'aws_cloudwatch_event_rule')
      .filter((eventRule) => sources(eventRule).includes(source))
      .some((eventRule) =>
        graph.referrers(eventRule, 'aws_cloudwatch_event_target', 'rule').some((target) => {
          const arn = String(target.values.arn);
          return graph.targets(target, 'arn').some((n) => n.type === 'aws_sns_topic') || /^arn:aws[a-z-]*:sns:/.test(arn);
        }),
      );
    return routed ? undefined : `no EventBridge rule of this stack sends ${source} events to an SNS topic`;
  },
};
