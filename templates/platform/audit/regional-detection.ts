import { Construct } from 'constructs';
import { accountAuditNames } from './account-audit';
import { ConfigRecorder } from './config-recorder';
import { GuardDuty } from './guardduty';
import { SecurityHub } from './security-hub';
import { keyAliasArn, regionalPrefix } from '../naming';
import { createsSecurityServices } from '../org/account-singletons';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

export interface RegionalDetectionProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  readonly region: string;
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
    const { settings, environment, region } = props;
    const audit = environment.capabilities.audit;
    const primary = environment.regions[0];
    const names = accountAuditNames(settings, environment);
    // Once per account and region, and only with a managed baseline: see org/account-singletons.ts.
    if (!createsSecurityServices(settings, environment)) return;

    if (audit.config) {
      this.config = new ConfigRecorder(this, 'config', {
        namePrefix: regionalPrefix(settings, environment, region),
        roleArn: names.configRoleArn,
        bucketName: names.configBucket,
        kmsKeyArn: keyAliasArn(settings, environment, 'audit', primary),
        recordGlobalResources: region === primary,
      });
    }
    if (audit.guardDuty) this.guardDuty = new GuardDuty(this, 'guardduty');
    if (audit.securityHub) {
      const others = environment.regions.filter((r) => r !== region);
      this.securityHub = new SecurityHub(this, 'security-hub', {
        region,
        aggregateRegions: region !== primary ? undefined : settings.preset === 'enterprise' ? 'ALL' : others,
      });
    }
  }
}
