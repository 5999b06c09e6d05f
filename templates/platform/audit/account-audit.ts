import { IamServiceLinkedRole } from '@cdktf/provider-aws/lib/iam-service-linked-role';
import { Construct } from 'constructs';
import { AccountTrail } from './account-trail';
import { AuditBuckets } from './audit-buckets';
import { CisAlarms } from './cis-alarms';
import { SecurityFindingRoutes, SecurityFindingSource } from './security-finding-routes';
import { AccountKeys } from '../encryption/account-keys';
import { bucketName, resourcePrefix, serviceLinkedRoleArn, trailArn, trailName } from '../naming';
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
    trailName: trailName(settings, environment),
    /** AWS Config records with its service-linked role in every region (FSBP Config.1). */
    configRoleArn: serviceLinkedRoleArn(environment, 'config.amazonaws.com', 'AWSServiceRoleForConfig'),
    configBucket: bucketName(settings, environment, 'config', primary),
    trailBucket: bucketName(settings, environment, 'trail', primary),
    accessLogBucket: bucketName(settings, environment, 'audit-logs', primary),
    securityTopicName: `${prefix}-security-alarms`,
  };
}

/**
 * Account-wide audit of an environment, in its primary region: the audit buckets, the multi-region trail with S3
 * data events of every bucket but its own, the CIS metric filters and alarms to an encrypted topic, and AWS Config's
 * service-linked role, which the recorders of every region use.
 */
export class AccountAudit extends Construct {
  public readonly buckets?: AuditBuckets;
  public readonly trail?: AccountTrail;
  public readonly topic?: AlarmTopic;
  /** AWS Config's service-linked role, when this stack creates it (`audit.createConfigServiceLinkedRole`). */
  public readonly configRole?: IamServiceLinkedRole;
  /** Where the CIS alarms and security findings go: the organisation's topic (`orgFit.securityTopicArn`) or `topic`. */
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
    const trail = trailArn(names.trailName, primary, environment.accountId);

    const buckets = new AuditBuckets(this, 'buckets', {
      accountId: environment.accountId,
      names: {
        trail: audit.cloudTrail ? names.trailBucket : undefined,
        config: recordsConfig ? names.configBucket : undefined,
        accessLogs: names.accessLogBucket,
      },
      kmsKeyArn: keys.audit.arn,
      trailArn: trail,
      region: primary,
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
        dependsOn: [buckets.trail!.policy],
      });
      const organizationTopicArn = environment.orgFit?.securityTopicArn;
      if (!organizationTopicArn) {
        this.topic = new AlarmTopic(this, 'security-topic', {
          topicName: names.securityTopicName,
          accountId: environment.accountId,
          region: primary,
          kmsKeyArn: keys.alerts.arn,
          emailSubscriptions: operations.alarmEmails,
          endpointSubscriptions: operations.alarmEndpoints,
        });
      }
      this.securityTopicArn = organizationTopicArn ?? this.topic!.arn;
      // Security Hub findings are this account's to route only where the platform runs Security Hub (`managed`).
      const sources: SecurityFindingSource[] = [];
      if (audit.securityHub && createsSecurityServices(settings, environment)) sources.push('securityHub');
      if (sources.length > 0) {
        new SecurityFindingRoutes(this, 'findings', { namePrefix: `${resourcePrefix(settings, environment)}-security`, topicArn: this.securityTopicArn, sources });
      }
      new CisAlarms(this, 'cis', {
        logGroupName: this.trail.logGroup.name,
        metricNamespace: `${settings.project}/${environment.name}/CIS`,
        namePrefix: `${resourcePrefix(settings, environment)}-cis`,
        topicArn: this.securityTopicArn,
      });
    }

    if (recordsConfig && audit.createConfigServiceLinkedRole) {
      // Delivery to the Config bucket goes through the bucket policy and the audit key's policy (config.amazonaws.com).
      this.configRole = new IamServiceLinkedRole(this, 'config-service-linked-role', {
        awsServiceName: 'config.amazonaws.com',
        description: 'AWS Config recorders of every region',
      });
    }
  }
}
