import { Construct } from 'constructs';
import { EnvironmentScope, RegionScope } from './scope';
import { AccountSecurityContact } from '../identity/security-contact';
import { budgetName, budgetTopicName, regionalPrefix } from '../naming';
import { AlarmTopic } from '../operations/alarm-topic';
import { CostBudget } from '../operations/cost-budget';
import { RegionalOperations } from '../operations/regional-operations';
import { EnvironmentSettings } from '../settings-model';

/** Retention of the environment's application and service log groups. */
export function logRetentionDays(environment: EnvironmentSettings): number {
  return environment.capabilities.operations.logRetentionDays;
}

/** Who the alarm topics notify: email addresses and other endpoints (HTTPS, SQS, Lambda). */
export function alarmSubscribers(environment: EnvironmentSettings): { emails: readonly string[]; endpoints: readonly string[] } {
  const { alarmEmails, alarmEndpoints } = environment.capabilities.operations;
  return { emails: alarmEmails, endpoints: alarmEndpoints };
}

/** The region's alarm topic, patching, workload alarms and dashboard (`operations`). */
export function assembleRegionalOperations(
  scope: Construct,
  { settings, environment, region }: RegionScope,
  keys: { readonly sns: string; readonly logs: string },
): RegionalOperations {
  const operations = environment.capabilities.operations;
  return new RegionalOperations(scope, 'operations', {
    namePrefix: regionalPrefix(settings, environment, region),
    accountId: environment.accountId,
    region,
    kmsKeyArn: keys.sns,
    logsKmsKeyArn: keys.logs,
    alarmEmails: operations.alarmEmails,
    alarmEndpoints: operations.alarmEndpoints,
    logRetentionInDays: operations.logRetentionDays,
    patching: operations.patching,
    patchingSchedule: operations.patchingSchedule,
  });
}

/**
 * The account's monthly cost budget (`operations.monthlyBudgetUsd`, none when 0) and the encrypted topic its alerts go
 * to (`budget-topic`), with `operations.budgetAlertEmails` subscribed.
 */
export function assembleCostBudget(
  scope: Construct,
  { settings, environment }: EnvironmentScope,
  kmsKeyArn: string,
): { topic: AlarmTopic; budget: CostBudget } | undefined {
  const operations = environment.capabilities.operations;
  if (operations.monthlyBudgetUsd <= 0) return undefined;
  const topic = new AlarmTopic(scope, 'budget-topic', {
    topicName: budgetTopicName(settings, environment),
    accountId: environment.accountId,
    region: environment.regions[0],
    kmsKeyArn,
    emailSubscriptions: operations.budgetAlertEmails,
  });
  const budget = new CostBudget(scope, 'budget', {
    budgetName: budgetName(settings, environment),
    accountId: environment.accountId,
    monthlyLimitUsd: operations.monthlyBudgetUsd,
    topicArn: topic.arn,
  });
  return { topic, budget };
}

/** The account's security alternate contact (`security-contact`), when the environment names one. */
export function assembleSecurityContact(scope: Construct, { environment }: EnvironmentScope): AccountSecurityContact | undefined {
  const contact = environment.capabilities.operations.securityContact;
  return contact ? new AccountSecurityContact(scope, 'security-contact', { contact }) : undefined;
}
