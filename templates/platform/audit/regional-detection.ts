import { Construct } from 'constructs';
import { ConfigRecorder, ConfigRecorderProps } from './config-recorder';
import { GuardDuty } from './guardduty';
import { SecurityHub, SecurityHubProps } from './security-hub';

export interface RegionalDetectionProps {
  /**
   * AWS Config recorder, delivery channel and managed rules of the region.
   * @default - no recorder
   */
  readonly config?: ConfigRecorderProps;
  /**
   * GuardDuty detector with its protection features.
   * @default false
   */
  readonly guardDuty?: boolean;
  /**
   * Security Hub with its standards (and, in the primary region, the finding aggregator).
   * @default - no Security Hub
   */
  readonly securityHub?: SecurityHubProps;
}

/**
 * Detection in one region: AWS Config (global resources recorded in the primary region only) delivering to the
 * account's Config bucket, GuardDuty with its protection plans, and Security Hub; the primary region aggregates the
 * findings of the others (every region with the enterprise preset).
 */
export class RegionalDetection extends Construct {
  public readonly config?: ConfigRecorder;
  public readonly guardDuty?: GuardDuty;
  public readonly securityHub?: SecurityHub;

  constructor(scope: Construct, id: string, props: RegionalDetectionProps) {
    super(scope, id);
    if (props.config) this.config = new ConfigRecorder(this, 'config', props.config);
    if (props.guardDuty) this.guardDuty = new GuardDuty(this, 'guardduty');
    if (props.securityHub) this.securityHub = new SecurityHub(this, 'security-hub', props.securityHub);
  }
}
