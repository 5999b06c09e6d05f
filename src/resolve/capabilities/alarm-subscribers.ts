import { EMAIL } from './capability-checks';
import { PlatformCapabilityOptions } from './capability-options';

/**
 * Who the alarm topics notify. The no-flags repository uses placeholder account ids (`111111111111`, …) so that it
 * plans offline; only environments with a real account id deploy, so only they must have a subscriber.
 */

export { isPlaceholderAccountId } from '../../kernel/account-ids';

/** SNS protocol of an alarm endpoint: an HTTPS URL, an SQS queue ARN or a Lambda function ARN. */
export function alarmEndpointProtocol(endpoint: string): 'https' | 'sqs' | 'lambda' | undefined {
  if (/^https:\/\/[^\s/]+(\/\S*)?$/.test(endpoint)) return 'https';
  if (/^arn:aws[a-z-]*:sqs:[a-z0-9-]+:\d{12}:[\w-]+(\.fifo)?$/.test(endpoint)) return 'sqs';
  if (/^arn:aws[a-z-]*:lambda:[a-z0-9-]+:\d{12}:function:[\w-]+(:[\w$-]+)?$/.test(endpoint)) return 'lambda';
  return undefined;
}

export interface AlarmSubscriberContext {
  readonly name: string;
  readonly profile: string;
  readonly accountId: string;
  readonly capabilities: { readonly operations: { readonly alarmEmails: readonly string[]; readonly alarmEndpoints: readonly string[] } };
}

/** True when the environment's alarm topics have no subscriber. */
export function hasNoAlarmSubscriber(environment: AlarmSubscriberContext): boolean {
  const { alarmEmails, alarmEndpoints } = environment.capabilities.operations;
  return alarmEmails.length === 0 && alarmEndpoints.length === 0;
}

/**
 * Warning lines, printed by `npx projen`, for environments whose alarms notify nobody and that are not refused for it
 * (production environments with a real account id are: see `resolveCapabilities`).
 */
export function alarmSubscriberWarnings(environments: readonly AlarmSubscriberContext[]): string[] {
  return environments
    .filter((env) => hasNoAlarmSubscriber(env))
    .map(
      (env) =>
        `environment ${env.name}: the alarm topics have no subscriber, so the CIS and workload alarms notify nobody; set alarmEmails (projen new --alarm-emails <address>), capabilities.operations.alarmEmails or alarmEndpoints`,
    );
}

/**
 * `capabilities` with the valid addresses of the top-level `alarmEmails` as the default of `operations.alarmEmails`;
 * an invalid address is reported once, naming `alarmEmails`, and left out.
 */
export function withAlarmEmails(
  capabilities: PlatformCapabilityOptions | undefined,
  alarmEmails: readonly string[] | undefined,
  problem: (option: string, value: unknown, expected: string) => void,
): PlatformCapabilityOptions | undefined {
  for (const email of alarmEmails ?? []) if (!EMAIL.test(email)) problem('alarmEmails', email, 'is not an email address');
  if (alarmEmails === undefined || capabilities?.operations?.alarmEmails !== undefined) return capabilities;
  return { ...capabilities, operations: { ...capabilities?.operations, alarmEmails: alarmEmails.filter((email) => EMAIL.test(email)) } };
}
