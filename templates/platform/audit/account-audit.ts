import { IamServiceLinkedRole } from '@cdktf/provider-aws/lib/iam-service-linked-role';
import { Construct } from 'constructs';
import { AccountTrail } from './account-trail';
import { AuditBuckets } from './audit-buckets';
import { CisAlarms } from './cis-alarms';
import { SecurityFindingRoutes, SecurityFindingSource } from './security-finding-routes';
import { AccountKeys } from '../encryption/account-keys';
import { trailArn } from '../naming';
import { AlarmTopic } from '../operations/alarm-topic';
import { BucketRetention } from '../storage/regional-buckets';

/** Names of the account-wide audit resources (`accountAuditNames` builds them from settings). */
export interface AccountAuditNames {
  readonly trailName: string;
  /** AWS Config's service-linked role, which the recorders of every region use. */
  readonly configRoleArn: string;
  readonly configBucket: string;
  readonly trailBucket: string;
  readonly accessLogBucket: string;
  readonly securityTopicName: string;
}

export interface AccountAuditProps {
  readonly accountId: string;
  /** The account stack's region (the environment's primary region): trail, buckets and topic live there. */
  readonly region: string;
  readonly keys: AccountKeys;
  readonly names: AccountAuditNames;
  /** Prefix of the finding routes (`<prefix>-security`) and CIS alarms (`<prefix>-cis`), `<project>-<environment>`. */
  readonly namePrefix: string;
  /** CloudWatch namespace of the CIS metric filters. */
  readonly cisMetricNamespace: string;
  readonly retention: BucketRetention;
  /** A multi-region trail with CIS metric filters and alarms. */
  readonly cloudTrail: boolean;
  /** Retention of the trail's log group. */
  readonly trailLogRetentionInDays: number;
  /** The Config bucket (and role), for recorders this environment creates. */
  readonly recordsConfig: boolean;
  /** Create AWS Config's service-linked role (with `recordsConfig`). */
  readonly createConfigServiceLinkedRole: boolean;
  /** Route this account's Security Hub findings to the security topic (where the platform runs Security Hub). */
  readonly routeSecurityHubFindings: boolean;
  /**
   * The organisation's topic for CIS alarms and findings, instead of the platform's own.
   * @default - the platform's own security topic
   */
  readonly organizationSecurityTopicArn?: string;
  /** Subscribers of the platform's security topic. */
  readonly alarmEmails: readonly string[];
  readonly alarmEndpoints: readonly string[];
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
    const { keys, names, recordsConfig } = props;
    if (!props.cloudTrail && !recordsConfig) return;
    const primary = props.region;
    const trail = trailArn(names.trailName, primary, props.accountId);

    const buckets = new AuditBuckets(this, 'buckets', {
      accountId: props.accountId,
      names: {
        trail: props.cloudTrail ? names.trailBucket : undefined,
        config: recordsConfig ? names.configBucket : undefined,
        accessLogs: names.accessLogBucket,
      },
      kmsKeyArn: keys.audit.arn,
      trailArn: trail,
      region: primary,
      storage: props.retention,
    });
    this.buckets = buckets;

    if (props.cloudTrail) {
      this.trail = new AccountTrail(this, 'trail', {
        trailName: names.trailName,
        accountId: props.accountId,
        region: primary,
        bucketName: buckets.trail!.name,
        kmsKeyArn: keys.audit.arn,
        logRetentionInDays: props.trailLogRetentionInDays,
        dependsOn: [buckets.trail!.policy],
      });
      const organizationTopicArn = props.organizationSecurityTopicArn;
      if (!organizationTopicArn) {
        this.topic = new AlarmTopic(this, 'security-topic', {
          topicName: names.securityTopicName,
          accountId: props.accountId,
          region: primary,
          kmsKeyArn: keys.alerts.arn,
          emailSubscriptions: props.alarmEmails,
          endpointSubscriptions: props.alarmEndpoints,
        });
      }
      this.securityTopicArn = organizationTopicArn ?? this.topic!.arn;
      // Security Hub findings are this account's to route only where the platform runs Security Hub (`managed`).
      const sources: SecurityFindingSource[] = [];
      if (props.routeSecurityHubFindings) sources.push('securityHub');
      if (sources.length > 0) {
        new SecurityFindingRoutes(this, 'findings', { namePrefix: `${props.namePrefix}-security`, topicArn: this.securityTopicArn, sources });
      }
      new CisAlarms(this, 'cis', {
        logGroupName: this.trail.logGroup.name,
        metricNamespace: props.cisMetricNamespace,
        namePrefix: `${props.namePrefix}-cis`,
        topicArn: this.securityTopicArn,
      });
    }

    if (recordsConfig && props.createConfigServiceLinkedRole) {
      // Delivery to the Config bucket goes through the bucket policy and the audit key's policy (config.amazonaws.com).
      this.configRole = new IamServiceLinkedRole(this, 'config-service-linked-role', {
        awsServiceName: 'config.amazonaws.com',
        description: 'AWS Config recorders of every region',
      });
    }
  }
}

/** `accountAuditNames(settings, environment)` reads settings, so it lives with the audit assembler. */
export { accountAuditNames } from '../capabilities/audit';
