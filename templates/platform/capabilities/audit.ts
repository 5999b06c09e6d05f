import { Construct } from 'constructs';
import { alarmSubscribers } from './operations';
import { EnvironmentScope, RegionScope } from './scope';
import { bucketRetention } from './storage';
import { AccountAudit, AccountAuditNames } from '../audit/account-audit';
import { RegionalDetection } from '../audit/regional-detection';
import { SecurityFindingRoutes, SecurityFindingSource } from '../audit/security-finding-routes';
import { AccountKeys } from '../encryption/account-keys';
import { bucketName, keyAliasArn, regionalPrefix, resourcePrefix, securityAlarmTopicName, serviceLinkedRoleArn, trailName } from '../naming';
import { createsSecurityServices } from '../org/account-singletons';
import { EnvironmentSettings, PlatformSettings } from '../settings-model';
import { requiredTags } from '../tagging/required-tags';
import { RequiredTagsConfigRules } from '../tagging/required-tags-config-rules';

/** Names of the account-wide audit resources, shared with the regional stacks that refer to them. */
export function accountAuditNames(settings: PlatformSettings, environment: EnvironmentSettings): AccountAuditNames {
  const primary = environment.regions[0];
  return {
    trailName: trailName(settings, environment),
    /** AWS Config records with its service-linked role in every region (FSBP Config.1). */
    configRoleArn: serviceLinkedRoleArn(environment, 'config.amazonaws.com', 'AWSServiceRoleForConfig'),
    configBucket: bucketName(settings, environment, 'config', primary),
    trailBucket: bucketName(settings, environment, 'trail', primary),
    accessLogBucket: bucketName(settings, environment, 'audit-logs', primary),
    securityTopicName: securityAlarmTopicName(settings, environment),
  };
}

/**
 * AWS Config, GuardDuty and Security Hub of the region (`detection`), as `audit` switches them: once per account and
 * region, and only with a managed baseline (see org/account-singletons.ts).
 */
export function assembleRegionalDetection(scope: Construct, { settings, environment, region }: RegionScope): RegionalDetection {
  const audit = environment.capabilities.audit;
  const primary = environment.regions[0];
  if (!createsSecurityServices(settings, environment)) return new RegionalDetection(scope, 'detection', {});
  const names = accountAuditNames(settings, environment);
  const others = environment.regions.filter((r) => r !== region);
  return new RegionalDetection(scope, 'detection', {
    config: audit.config
      ? {
        namePrefix: regionalPrefix(settings, environment, region),
        roleArn: names.configRoleArn,
        bucketName: names.configBucket,
        kmsKeyArn: keyAliasArn(settings, environment, 'audit', primary),
        recordGlobalResources: region === primary,
      }
      : undefined,
    guardDuty: audit.guardDuty,
    securityHub: audit.securityHub
      ? { region, aggregateRegions: region !== primary ? undefined : settings.preset === 'enterprise' ? 'ALL' : others }
      : undefined,
  });
}

/**
 * AWS Config rules (`required-tags`) that report resources of the region, Terraform's or not, that break the tagging
 * convention. They need a recorder: this stack's, the account owner's or the organisation's.
 */
export function assembleRequiredTagsRules(
  scope: Construct,
  { settings, environment, region }: RegionScope,
  detection: RegionalDetection,
): RequiredTagsConfigRules | undefined {
  if (!environment.capabilities.audit.config) return undefined;
  return new RequiredTagsConfigRules(scope, 'required-tags', {
    namePrefix: regionalPrefix(settings, environment, region),
    tags: requiredTags(settings, environment),
    dependsOn: detection.config ? [detection.config.status] : [],
  });
}

/**
 * GuardDuty findings and Config compliance changes of the region (`security-findings`) to the region's alarm topic
 * (EventBridge cannot target a topic of another region); Security Hub's aggregated findings go to the account's
 * security topic.
 */
export function assembleRegionalFindingRoutes(
  scope: Construct,
  { settings, environment, region }: RegionScope,
  detection: RegionalDetection,
  topicArn: string,
): SecurityFindingRoutes | undefined {
  const sources: SecurityFindingSource[] = [];
  if (detection.guardDuty) sources.push('guardDuty');
  if (detection.config) sources.push('config');
  if (sources.length === 0) return undefined;
  return new SecurityFindingRoutes(scope, 'security-findings', { namePrefix: regionalPrefix(settings, environment, region), topicArn, sources });
}

/** The account's trail, CIS alarms, audit buckets and Config role (`audit`), in the account stack's region. */
export function assembleAccountAudit(scope: Construct, { settings, environment }: EnvironmentScope, keys: AccountKeys): AccountAudit {
  const audit = environment.capabilities.audit;
  const managed = createsSecurityServices(settings, environment);
  const subscribers = alarmSubscribers(environment);
  return new AccountAudit(scope, 'audit', {
    accountId: environment.accountId,
    region: environment.regions[0],
    keys,
    names: accountAuditNames(settings, environment),
    namePrefix: resourcePrefix(settings, environment),
    cisMetricNamespace: `${settings.project}/${environment.name}/CIS`,
    retention: bucketRetention(environment),
    cloudTrail: audit.cloudTrail,
    trailLogRetentionInDays: audit.trailLogRetentionDays,
    // The Config bucket and role serve this environment's recorders, which exist only where it creates the services.
    recordsConfig: audit.config && managed,
    createConfigServiceLinkedRole: audit.createConfigServiceLinkedRole,
    // Security Hub findings are this account's to route only where the platform runs Security Hub (`managed`).
    routeSecurityHubFindings: audit.securityHub && managed,
    organizationSecurityTopicArn: environment.orgFit?.securityTopicArn,
    alarmEmails: subscribers.emails,
    alarmEndpoints: subscribers.endpoints,
  });
}
