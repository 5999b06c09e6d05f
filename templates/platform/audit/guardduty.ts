import { GuarddutyDetector } from '@cdktf/provider-aws/lib/guardduty-detector';
import { GuarddutyDetectorFeature } from '@cdktf/provider-aws/lib/guardduty-detector-feature';
import { Construct } from 'constructs';

/** Protection plans of the detector; Runtime Monitoring manages its agent on EC2 (through SSM) itself. */
export const GUARDDUTY_FEATURES: ReadonlyArray<{ readonly name: string; readonly additionalConfiguration?: readonly string[] }> = [
  { name: 'S3_DATA_EVENTS' },
  { name: 'EKS_AUDIT_LOGS' },
  { name: 'EBS_MALWARE_PROTECTION' },
  { name: 'RDS_LOGIN_EVENTS' },
  { name: 'LAMBDA_NETWORK_LOGS' },
  { name: 'RUNTIME_MONITORING', additionalConfiguration: ['EC2_AGENT_MANAGEMENT', 'ECS_FARGATE_AGENT_MANAGEMENT', 'EKS_ADDON_MANAGEMENT'] },
];

export interface GuardDutyProps {
  /**
   * How often updated findings are exported to EventBridge and Security Hub.
   * @default 'FIFTEEN_MINUTES'
   */
  readonly findingPublishingFrequency?: string;
}

/** GuardDuty in one region, with every protection plan the platform's workloads can use. */
export class GuardDuty extends Construct {
  public readonly detector: GuarddutyDetector;

  constructor(scope: Construct, id: string, props: GuardDutyProps = {}) {
    super(scope, id);
    this.detector = new GuarddutyDetector(this, 'detector', {
      enable: true,
      findingPublishingFrequency: props.findingPublishingFrequency ?? 'FIFTEEN_MINUTES',
    });
    for (const feature of GUARDDUTY_FEATURES) {
      new GuarddutyDetectorFeature(this, feature.name.toLowerCase(), {
        detectorId: this.detector.id,
        name: feature.name,
        status: 'ENABLED',
        additionalConfiguration: feature.additionalConfiguration?.map((name) => ({ name, status: 'ENABLED' })),
      });
    }
  }
}
