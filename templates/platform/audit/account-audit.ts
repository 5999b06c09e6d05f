import { Construct } from 'constructs';
import { AccountTrail } from './account-trail';
import { AuditBuckets } from './audit-buckets';
import { CisAlarms } from './cis-alarms';
import { ConfigRole } from './config-role';
import { AccountKeys } from '../encryption/account-keys';
import { bucketName, resourcePrefix } from '../naming';
import { AlarmTopic } from '../operations/alarm-topic';
import { createsSecurityServices } from '../org/account-singletons';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';

export interface AccountAuditProps {
  readonly settings: PlatformSettings;
  readonly environment: EnvironmentSettings;
  readonly keys: AccountKeys;
}

/** Names of the account-wide audit resources, shared with the regional stacks that refer to them. */
export function accountAuditNames(settings: PlatformSettings, environment: EnvironmentSettings) {
  const prefix = resourcePrefix(settings, environment);
  const primary = environment.regions[0];
  return {
    trailName: `${prefix}-trail`,
    configRoleName: `${prefix}-config`,
    configRoleArn: `arn:aws:iam::${environment.accountId}:role/${prefix}-config`,
    configBucket: bucketName(settings, environment, 'config', primary),
    trailBucket: bucketName(settings, environment, 'trail', primary),
    accessLogBucket: bucketName(settings, environment, 'audit-logs', primary),
    securityTopicName: `${prefix}-security-alarms`,
  };
}

/**
 * Account-wide audit of an environment, in its primary region: the audit buckets, the multi-region trail with S3
 * data events of every region's data bucket, the CIS metric filters and alarms to an encrypted topic, and the role
 * AWS Config records with in every region.
 */
export class AccountAudit extends Construct {
  public readonly buckets?: AuditBuckets;
  public readonly trail?: AccountTrail;
  public readonly topic?: AlarmTopic;
  public readonly configRole?: ConfigRole;
  /** Where the CIS alarms go: the organisation's topic (`orgFit.securityTopicArn`) or `topic`. */
  public readonly securityTopicArn?: string;

  constructor(scope: Construct, id: string, props: AccountAuditProps) {
    super(scope, id);
    const { settings, environment, keys } = props;
    const { audit, storage, operations } = environment.capabilities;
    // The Config bucket and role serve this environment's recorders, which exist only where it creates the services.
    const recordsConfig = audit.config && createsSecurityServices(settings, environment);
    if (!audit.cloudTrail && !recordsConfig) return;
    const names = accountAuditNames(settings, environment);
    const primary = environment.regions[0];
    const trailArn = `arn:aws:cloudtrail:${primary}:${environment.accountId}:trail/${names.trailName}`;

    const buckets = new AuditBuckets(this, 'buckets', {
      accountId: environment.accountId,
      names: {
        trail: audit.cloudTrail ? names.trailBucket : undefined,
        config: recordsConfig ? names.configBucket : undefined,
        accessLogs: names.accessLogBucket,
      },
      kmsKeyArn: keys.audit.arn,
      trailArn,
      storage,
    });
    this.buckets = buckets;

    if (audit.cloudTrail) {
      this.trail = new AccountTrail(this, 'trail', {
        trailName: names.trailName,
        accountId: environment.accountId,
        region: primary,
        bucketName: buckets.trail!.name,
        kmsKeyArn: keys.audit.arn,
        logRetentionInDays: audit.trailLogRetentionDays,
        dataEventBucketNames: environment.regions.map((region) => bucketName(settings, environment, 'data', region)),
        dependsOn: [buckets.trail!.policy],
      });
      const organizationTopicArn = environment.orgFit?.securityTopicArn;
      if (!organizationTopicArn) {
        this.topic = new AlarmTopic(this, 'security-topic', {
          topicName: names.securityTopicName,
          accountId: environment.accountId,
          kmsKeyArn: keys.alerts.arn,
          emailSubscriptions: operations.alarmEmails,
        });
      }
      this.securityTopicArn = organizationTopicArn ?? this.topic!.topic.arn;
      new CisAlarms(this, 'cis', {
        logGroupName: this.trail.logGroup.name,
        metricNamespace: `${settings.project}/${environment.name}/CIS`,
        namePrefix: `${resourcePrefix(settings, environment)}-cis`,
        topicArn: this.securityTopicArn,
      });
    }

    if (recordsConfig) {
      this.configRole = new ConfigRole(this, 'config-role', {
        roleName: names.configRoleName,
        accountId: environment.accountId,
        bucketName: buckets.config!.name,
        bucketRegion: primary,
        kmsKeyArn: keys.audit.arn,
      });
    }
  }
}
